import path from "node:path";
import { Worker } from "node:worker_threads";
import { IMPORT_BUSY, IMPORT_MAX_BYTES, IMPORT_TOO_LARGE, PUBLISHED_LIMITS, PUBLISHED_READ_REFUSALS } from "../import-limits";
import { importSlots } from "../import-slots";
import { runInWorker } from "../worker-client";
import type { ReportFormat } from "@/lib/report-format";
import { PREAMBLE_KEY } from "@/lib/report-format";
import { mapDocument } from "./map-document";
import type { PublishedRead } from "./published-read";
import { kindOf, OLD_OFFICE, type PublishedKind } from "./file-kind";
import type { PublishedFileRead } from "./read-file";

/**
 * An uploaded published report, from bytes to a read report: refused when empty, too large, an old
 * Office file, or not a report at all; read one file per user and two in all at a time (as the Excel
 * import); placed against the given format, or the one its tables are in.
 *
 * Every kind is read in a worker (published-read.worker.ts), text included: a web page nested a few
 * thousand elements deep already takes the HTML reader seconds, and a text file of tab lines becomes
 * millions of cells; the worker's heap and time limits bound both, and what it sends back is bounded too.
 */

export const NOTHING_READ = "文件中没有找到年度报告的表格或各部分标题（如“一、总体情况”），未导入。请确认上传的是年度报告全文。";
export const NOT_A_PUBLISHED_REPORT = "请上传年度报告的 Word（.docx）、网页（.html）、PDF 或文本（.txt）文件。";

export type UploadRead = { ok: true; read: PublishedRead } | { ok: false; problem: string };

export function publishedKind(name: string, bytes: Uint8Array): PublishedKind | { problem: string } {
  const kind = kindOf(name, bytes);
  if (kind === null) return { problem: OLD_OFFICE };
  if (kind === "xlsx" || kind === "json") return { problem: NOT_A_PUBLISHED_REPORT };
  return kind;
}

export interface PublishedWorkerOptions {
  timeoutMs?: number;
  heapMb?: number;
}

/** The file read as readPublishedFile reads it, in a worker: a refusal of the worker's own comes as the outcome's problem. */
export async function readPublishedInWorker(kind: PublishedKind, bytes: Uint8Array, options: PublishedWorkerOptions = {}): Promise<PublishedFileRead> {
  const read = await runInWorker<PublishedFileRead>(
    // Written out here, path and options, for Turbopack to build the worker as an entry (see worker-client.ts).
    (o) => new Worker(path.join(process.cwd(), "lib", "import", "published", "published-read.worker.ts"), { execArgv: o.execArgv, resourceLimits: o.resourceLimits }),
    bytes,
    {
      timeoutMs: options.timeoutMs ?? PUBLISHED_LIMITS.workerTimeoutMs,
      heapMb: options.heapMb ?? PUBLISHED_LIMITS.workerHeapMb,
      refusals: PUBLISHED_READ_REFUSALS,
    },
    { kind },
  );
  return read.ok ? read.value : { outcome: { ok: false, problem: read.problem }, notices: [] };
}

/** Reads without taking a slot: for a caller that holds one already (the editor's import). */
export async function readPublishedBytes(kind: PublishedKind, bytes: Uint8Array, format?: ReportFormat): Promise<UploadRead> {
  const file = await readPublishedInWorker(kind, bytes);
  if (!file.outcome.ok) return { ok: false, problem: file.outcome.problem };
  const read = mapDocument(file.outcome.document, format ? { format } : {});
  if (Object.keys(read.cells).length === 0 && !Object.keys(read.narratives).some((k) => k !== PREAMBLE_KEY)) return { ok: false, problem: NOTHING_READ };
  read.notices.unshift(...file.notices);
  return { ok: true, read };
}

export async function readUpload(userId: number, file: { name: string; bytes: Uint8Array }, format?: ReportFormat): Promise<UploadRead> {
  if (file.bytes.length === 0) return { ok: false, problem: "文件是空的。" };
  if (file.bytes.length > IMPORT_MAX_BYTES) return { ok: false, problem: IMPORT_TOO_LARGE };
  const kind = publishedKind(file.name, file.bytes);
  if (typeof kind !== "string") return { ok: false, problem: kind.problem };
  const release = importSlots().tryAcquire(userId);
  if (!release) return { ok: false, problem: IMPORT_BUSY };
  try {
    return await readPublishedBytes(kind, file.bytes, format);
  } finally {
    release();
  }
}
