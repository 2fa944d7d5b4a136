import fs from "node:fs";
import path from "node:path";
import type { DocBlock, ReadOutcome, ReadRefusal } from "./document";
import { alignColumns, continues, joinLines, pageBlocks, textPieces, type PageBlock, type PageText, type PdfTextItem } from "./read-pdf-layout";
import { pageRulings, tableGrids, type DrawingOps, type OperatorList } from "./read-pdf-rulings";

/**
 * Reads a published report from a PDF: its text layer (pdf.js, legacy build, in-process "fake" worker,
 * nothing fetched, no eval) into paragraphs and tables. Tables are found from the lines that draw their
 * borders, so a blank cell stays an empty cell and a wrapped label stays one cell; a table without borders
 * falls back to rows grouped by position, each cell with its centre x. A scanned PDF has no text to read
 * and is refused, as are files too large, too long or too slow to read.
 */

export const PDF_LIMITS = { maxBytes: 20 * 1024 * 1024, maxPages: 300, timeBudgetMs: 10_000 } as const;

const PAGES_AT_ONCE = 4;

export const PDF_PROBLEMS = {
  tooLarge: "PDF 文件过大（超过 20 MB），无法读取，请改用 Word 或网页版本。",
  tooManyPages: (pages: number) => `PDF 文件页数过多（共 ${pages} 页，最多 ${PDF_LIMITS.maxPages} 页），无法读取，请改用 Word 或网页版本。`,
  tooSlow: `PDF 文件过于复杂，未能在 ${PDF_LIMITS.timeBudgetMs / 1000} 秒内读完，请改用 Word 或网页版本。`,
  damaged: "无法读取该 PDF 文件：文件已损坏或不是有效的 PDF。",
  encrypted: "该 PDF 文件设有密码保护，无法读取，请提供未加密的文件或改用 Word 版本。",
  scanned: "该 PDF 没有可提取的文字（可能是扫描件），请改用 Word 或网页版本。",
} as const;

export interface ReadPdfOptions {
  /** Stop and refuse after this long (default PDF_LIMITS.timeBudgetMs). */
  timeBudgetMs?: number;
  /** Called after each page with the time it took (pages are read a few at a time, so times overlap), for benchmarks. */
  onPage?: (page: number, ms: number) => void;
}

interface PdfPage {
  getTextContent(params: { disableNormalization: boolean }): Promise<{ items: (PdfTextItem | { type: string })[] }>;
  getOperatorList(): Promise<OperatorList>;
  cleanup(): void;
}

interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}

interface PdfJs {
  getDocument(params: Record<string, unknown>): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
  OPS: DrawingOps & Record<string, number>;
}

let loaded: Promise<PdfJs> | undefined;

/**
 * pdf.js in-process: the worker's message handler registered on globalThis is what its fake worker uses,
 * so no worker file is looked up or started.
 */
function loadPdfJs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const worker = await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
    return (await import("pdfjs-dist/legacy/build/pdf.mjs")) as unknown as PdfJs;
  })();
  return loaded;
}

/** pdf.js's own data files, read from disk when present: CMaps for CJK fonts that are not embedded. */
function localData(): { cMapUrl?: string; standardFontDataUrl?: string } {
  const base = path.join(process.cwd(), "node_modules", "pdfjs-dist");
  const dir = (name: string) => (fs.existsSync(path.join(base, name)) ? `${path.join(base, name)}${path.sep}` : undefined);
  return { cMapUrl: dir("cmaps"), standardFontDataUrl: dir("standard_fonts") };
}

const refuse = (problem: string): ReadRefusal => ({ ok: false, problem });

class OutOfTime extends Error {}

function beforeDeadline<T>(promise: Promise<T>, deadline: number): Promise<T> {
  // Given up on, the promise may still reject (the document is destroyed under it): that is expected.
  promise.catch(() => undefined);
  const left = deadline - performance.now();
  if (left <= 0) return Promise.reject(new OutOfTime());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new OutOfTime()), left);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return head.includes("%PDF-");
}

const isFurniture = (b: PageBlock) => b.kind === "text" && b.furniture;

/**
 * The pages' blocks in order. A paragraph cut by a page break (page numbers between) is joined again; a
 * table cut by one stays two tables, their columns made to agree.
 */
function assemble(pages: PageBlock[][]): DocBlock[] {
  const out: PageBlock[] = [];
  for (const blocks of pages) {
    const first = blocks.findIndex((b) => !isFurniture(b));
    blocks.forEach((block, i) => {
      const last = i === first ? [...out].reverse().find((b) => !isFurniture(b)) : undefined;
      if (last?.kind === "text" && block.kind === "text" && continues(last, block)) {
        last.text = joinLines(last.text, block.text);
        last.room = block.room;
        return;
      }
      if (last?.kind === "table" && block.kind === "table") alignColumns(last, block);
      out.push(block.kind === "text" ? ({ ...block } satisfies PageText) : block);
    });
  }
  return out.map((b): DocBlock => (b.kind === "text" ? { kind: "text", text: b.text } : { kind: "table", rows: b.rows }));
}

export async function readPdf(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<ReadOutcome> {
  if (bytes.byteLength > PDF_LIMITS.maxBytes) return refuse(PDF_PROBLEMS.tooLarge);
  if (!looksLikePdf(bytes)) return refuse(PDF_PROBLEMS.damaged);
  const deadline = performance.now() + (options.timeBudgetMs ?? PDF_LIMITS.timeBudgetMs);
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js takes the buffer over; the caller keeps its own.
    data: new Uint8Array(bytes),
    ...localData(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    useWasm: false,
    enableXfa: false,
    disableAutoFetch: true,
    disableStream: true,
    // Images are never decoded: only their presence matters, and a scan's pages would cost seconds each.
    maxImageSize: 1,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    verbosity: 0,
  });
  let doc: PdfDocument;
  try {
    doc = await beforeDeadline(task.promise, deadline);
  } catch (error) {
    await task.destroy();
    if (error instanceof OutOfTime) return refuse(PDF_PROBLEMS.tooSlow);
    if ((error as { name?: string })?.name === "PasswordException") return refuse(PDF_PROBLEMS.encrypted);
    return refuse(PDF_PROBLEMS.damaged);
  }
  try {
    if (doc.numPages > PDF_LIMITS.maxPages) return refuse(PDF_PROBLEMS.tooManyPages(doc.numPages));
    const pages: PageBlock[][] = Array.from({ length: doc.numPages }, () => []);
    let anyText = false;
    const readPage = async (n: number) => {
      const started = performance.now();
      const page = await beforeDeadline(doc.getPage(n), deadline);
      const content = await beforeDeadline(page.getTextContent({ disableNormalization: true }), deadline);
      const pieces = textPieces(content.items.filter((item): item is PdfTextItem => "str" in item));
      if (pieces.length > 0) {
        anyText = true;
        const ops = await beforeDeadline(page.getOperatorList(), deadline);
        pages[n - 1] = pageBlocks(pieces, tableGrids(pageRulings(ops, pdfjs.OPS)));
      }
      page.cleanup();
      options.onPage?.(n, performance.now() - started);
    };
    // A few pages at a time: pdf.js inflates streams asynchronously, and pages waiting on it overlap.
    let nextPage = 1;
    const lane = async () => {
      while (nextPage <= doc.numPages) await readPage(nextPage++);
    };
    await Promise.all(Array.from({ length: Math.min(PAGES_AT_ONCE, doc.numPages) }, lane));
    if (!anyText) return refuse(PDF_PROBLEMS.scanned);
    return { ok: true, document: { source: "pdf", blocks: assemble(pages) } };
  } catch (error) {
    if (error instanceof OutOfTime) return refuse(PDF_PROBLEMS.tooSlow);
    return refuse(PDF_PROBLEMS.damaged);
  } finally {
    await task.destroy();
  }
}
