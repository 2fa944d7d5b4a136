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

/** Imports read at the same time: one per user, two in all (each takes a worker and up to ~100 MB). */
export const IMPORTS_PER_USER = 1;
export const IMPORTS_IN_FLIGHT = 2;
export const IMPORT_BUSY = "正在处理其他导入，请稍后再试。";
