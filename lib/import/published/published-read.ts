import type { AmountUnit } from "@/lib/report-format";

/**
 * A published report read against the format: what the reader found, where, and what it could not place.
 * Nothing here is stored; the uses (past year, draft, check only) decide what is.
 */

export interface CellSource {
  /** Which table of the document: "第 3 个表格", with its caption when it has one. */
  table: string;
  /** The row's and the column's labels as printed (a table 四 column is named by its groups). */
  row: string;
  column: string;
  /** The cell's text as printed. */
  raw: string;
}

export interface ReadCell {
  key: string;
  /** Canonical value; null when the document leaves the cell blank ("", "/", "—", "无"). */
  value: string | null;
  unit?: AmountUnit;
  /** A printed total (a derived cell of the format): kept to be compared, never stored as an input. */
  derived: boolean;
  source: CellSource;
  /** What reading did to the printed text: "+19 读作 19", a unit converted. */
  note?: string;
  /** Read, but not a valid value for its cell (an amount in 元 with four decimals): shown, not stored. */
  problem?: string;
}

export interface UnmappedCell {
  source: CellSource;
  reason: string;
}

export interface PublishedRead {
  source: "docx" | "html" | "pdf" | "text";
  /** From the title: "宁波市北仑区人民政府", 2020. */
  unitName?: string;
  year?: number;
  /** Detected from the tables' structure, not the year. */
  formatVersion: string;
  localTableIds: string[];
  /** The version the tables' structure says, even when the caller chose the format to read against. */
  detectedVersion: string;
  /** "preamble" and section keys → the narrative as printed, paragraphs joined by line breaks. */
  narratives: Record<string, string>;
  /** Every table cell placed in the format, by key (inputs and printed totals). */
  cells: Record<string, ReadCell>;
  /** Cells and rows that could not be placed, with why. */
  unmapped: UnmappedCell[];
  /** Worth knowing: the encoding inferred, the format detected, totals that do not add up. */
  notices: string[];
  /** The document's tables as read, for the preview: each cell's text and what became of it. */
  tables: ReadTable[];
}

export type CellFate = "read" | "blank" | "unmapped" | "label";

export interface ReadTable {
  name: string;
  rows: { text: string; fate: CellFate; key?: string }[][];
}
