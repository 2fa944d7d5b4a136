import type { AmountUnit } from "@/lib/report-format";
import type { CheckedUpload } from "./published/check-read";

/**
 * What a file offered for import holds, read against the report's format. Nothing is written here: the
 * editor shows the differences, and on confirmation saves them through its ordinary save path (per-cell
 * conflict checks, history).
 */
export interface ImportedCell {
  /** Canonical value, or null for a cell the file leaves blank. */
  value: string | null;
  unit?: AmountUnit;
}

export interface ImportedReport {
  source: "xlsx" | "json" | "docx" | "html" | "pdf" | "text";
  /** Input cells of every table the file holds in full, keyed by the format's keys. */
  cells: Record<string, ImportedCell>;
  /** "preamble" and section keys → text (JSON files, and the 正文 sheet of the editor's Excel 填报稿). */
  narratives: Record<string, string>;
  /** What was not imported, and why. */
  problems: string[];
  /** Imported, but worth a look (another year's file, totals in the file that do not add up). */
  notices: string[];
  /**
   * Input cells the file leaves blank ("", "/", "—", "无"), for a published report: imported as blanks,
   * never as 0, unless the person chooses "空白按 0 处理" in the preview.
   */
  blanks?: string[];
  /** A published report's whole reading (its tables as read, the official layout, the findings), for the preview. */
  reading?: CheckedUpload;
  /** What the file says about itself, when it says it. */
  fileYear?: number;
  fileOrganisation?: string;
}

export const emptyImport = (source: ImportedReport["source"]): ImportedReport => ({ source, cells: {}, narratives: {}, problems: [], notices: [] });
