/**
 * The published-report worker: reads one uploaded report (read-file.ts) off the request thread, under the
 * heap and time limits the spawning side sets (read-upload.ts). `{ kind, bytes }` arrives as the first
 * message; the read document or the refusal goes back, and the worker is ended.
 *
 * What goes back is copied into the request thread's heap, outside this worker's limit: so a document larger
 * than any report is refused here rather than sent (a merged cell of a page's table is one string here and
 * one copy per spanned cell there).
 */
import { parentPort } from "node:worker_threads";
import { PUBLISHED_LIMITS, PUBLISHED_READ_REFUSALS } from "../import-limits";
import type { ReadDocument } from "./document";
import type { PublishedKind } from "./file-kind";
import { readPublishedFile, type PublishedFileRead } from "./read-file";

function tooMuch(document: ReadDocument): boolean {
  let cells = 0;
  let chars = 0;
  for (const block of document.blocks) {
    if (block.kind === "text") chars += block.text.length;
    else
      for (const row of block.rows) {
        cells += row.cells.length;
        for (const cell of row.cells) chars += cell.text.length;
        if (cells > PUBLISHED_LIMITS.maxCells || chars > PUBLISHED_LIMITS.maxTextChars) return true;
      }
  }
  return document.blocks.length > PUBLISHED_LIMITS.maxBlocks || cells > PUBLISHED_LIMITS.maxCells || chars > PUBLISHED_LIMITS.maxTextChars;
}

const refused = (problem: string): PublishedFileRead => ({ outcome: { ok: false, problem }, notices: [] });

async function read(kind: PublishedKind, bytes: Uint8Array): Promise<PublishedFileRead> {
  try {
    const file = await readPublishedFile(kind, bytes);
    return file.outcome.ok && tooMuch(file.outcome.document) ? refused(PUBLISHED_READ_REFUSALS.tooMuch) : file;
  } catch (error) {
    // The readers refuse what they recognise as bad; anything thrown is a file they could not walk (too deep for the stack, say).
    console.error("published report reader failed:", error);
    return refused(PUBLISHED_READ_REFUSALS.unreadable);
  }
}

parentPort!.once("message", ({ kind, bytes }: { kind: PublishedKind; bytes: ArrayBuffer }) => {
  void read(kind, new Uint8Array(bytes)).then((result) => parentPort!.postMessage(result));
});
