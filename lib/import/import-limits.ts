/**
 * What a file offered for import may be. Shared by the browser (which refuses an oversized file before
 * sending it: the server action's body limit would answer with an error page) and the server, which checks
 * again. Plain constants, no server code: the import panel imports this module.
 *
 * The application's own workbook is about 20 KB (50 KB unpacked, some 500 cells in a dozen sheets); every
 * limit leaves room for a file saved again by Excel or WPS, and none for a file built to exhaust the server.
 */

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_TOO_LARGE = "文件超过 5 MB，不是本系统导出的报告文件。";

/** The zip inside an .xlsx: checked from its central directory before anything is unpacked. */
export const XLSX_LIMITS = {
  maxEntries: 200,
  /** Total unpacked size, as declared and as actually unpacked (a declared size can lie). */
  maxUnpackedBytes: 10 * 1024 * 1024,
  maxSheets: 60,
  /** Cells and rows: the largest table sheet has under 300 cells in under 30 rows. */
  maxCellsPerSheet: 5_000,
  maxRowsPerSheet: 1_000,
  maxCells: 20_000,
  /** Where a cell may sit: far beyond the tables, far short of what makes a reader allocate per cell. */
  maxRow: 10_000,
  maxColumn: 1_000,
  /** Merged ranges and data-validation ranges: the reader expands both into one entry per cell. */
  maxRangeCells: 20_000,
  /** Merged ranges, data validations and column spans, each per sheet. */
  maxMerges: 2_000,
  /** XML elements in all parts together (styles, strings and sheets each become objects when read). */
  maxElements: 200_000,
  /** The reader runs in a worker with its own heap limit and is stopped after this long. */
  workerHeapMb: 96,
  workerTimeoutMs: 5_000,
} as const;

/**
 * A published report (Word, PDF, web page, text) is read in a worker of its own (read-upload.ts). pdf.js
 * needs more heap than exceljs: measured as the least old-generation heap each fixture reads in (run from
 * source, tsx included), a web page or text takes 11 MB, a Word file 19 MB, a PDF 57–59 MB, the same
 * report printed ten times over (350 blocks) 59 MB; a worker with pdf.js loaded and nothing read, 55 MB.
 * The time limit is longer than the PDF reader's own budget (PDF_LIMITS.timeBudgetMs, 10 s, counted from
 * after pdf.js has loaded), so that a PDF slow page by page gets that reader's own message; this one stops
 * what never yields (a parser stuck in one call).
 */
export const PUBLISHED_LIMITS = {
  workerHeapMb: 128,
  workerTimeoutMs: 12_000,
  /**
   * What the worker sends back, counted as it is copied (a merged cell's text once per cell it spans): a
   * report has a few hundred cells, a few dozen tables and paragraphs, and tens of thousands of characters.
   */
  maxBlocks: 20_000,
  maxCells: 20_000,
  maxTextChars: 1_000_000,
} as const;

export const PUBLISHED_READ_REFUSALS = {
  timedOut: `读取文件超时：文件内容过于复杂，未能在 ${PUBLISHED_LIMITS.workerTimeoutMs / 1000} 秒内读完，未导入。请确认上传的是年度报告全文。`,
  outOfMemory: "文件内容过于复杂，读取时超出了内存限制，未导入。请确认上传的是年度报告全文。",
  unavailable: "暂时无法读取该文件，请稍后再试；如一再出现，请联系管理员。",
  /** The file read, but to far more than any report holds. */
  tooMuch: "文件中的文字或表格远多于一份年度报告，不是年度报告全文，未导入。",
  /** The reader itself failed on the file (nesting too deep to walk, say). */
  unreadable: "无法读取该文件：文件结构过于复杂或已损坏，未导入。",
} as const;

/** Imports read at the same time: one per user, two in all (each takes a worker and up to its heap limit, 96 or 128 MB). */
export const IMPORTS_PER_USER = 1;
export const IMPORTS_IN_FLIGHT = 2;
export const IMPORT_BUSY = "正在处理其他导入，请稍后再试。";
