/**
 * A published report as its readers see it, before anything is matched to the format: the paragraphs and
 * tables in the order they are printed. Every reader (pasted text, HTML, Word, PDF) produces this shape and
 * nothing else; matching it to the format's keys is one step for all of them (map-document.ts).
 */

export interface DocCell {
  /** The cell's text as printed, line breaks inside it kept as "\n". */
  text: string;
  /**
   * Horizontal centre of the cell's text, in the reader's own units (PDF points): only a reader that has no
   * table structure (PDF) sets it, so that a row with blank cells can be placed against the columns of the
   * rows that are full.
   */
  x?: number;
}

export interface DocRow {
  cells: DocCell[];
}

export type DocBlock =
  | { kind: "text"; text: string }
  /** A table with merged cells already expanded: a cell spanning n columns or rows appears n times. */
  | { kind: "table"; rows: DocRow[] };

export interface ReadDocument {
  /** Where it came from: "docx", "html", "pdf", "text". */
  source: "docx" | "html" | "pdf" | "text";
  blocks: DocBlock[];
}

/** A reader's refusal: the file could not be read at all (not a report, damaged, too large once inflated). */
export interface ReadRefusal {
  ok: false;
  problem: string;
}

export type ReadOutcome = { ok: true; document: ReadDocument } | ReadRefusal;

export const textBlock = (text: string): DocBlock => ({ kind: "text", text });

export const tableBlock = (rows: string[][]): DocBlock => ({ kind: "table", rows: rows.map((cells) => ({ cells: cells.map((text) => ({ text })) })) });
