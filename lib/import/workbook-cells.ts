/**
 * A workbook as the import worker hands it back: per sheet, the cells that hold something, as
 * [row, column, text, number format] (1-based, like Excel). Plain data, cheap to pass between threads.
 */
export interface WorkbookCells {
  sheets: { name: string; cells: [row: number, col: number, text: string, numFmt: string][] }[];
}

/** A read, or why the file was refused. */
export type CellsRead = { ok: true; workbook: WorkbookCells } | { ok: false; problem: string };

/** One sheet's cells by position. */
export class SheetCells {
  private readonly byPosition = new Map<number, { text: string; numFmt: string }>();

  constructor(
    readonly name: string,
    cells: WorkbookCells["sheets"][number]["cells"],
  ) {
    for (const [r, c, text, numFmt] of cells) this.byPosition.set(r * 100_000 + c, { text, numFmt });
  }

  text(row: number, col: number): string {
    return this.byPosition.get(row * 100_000 + col)?.text ?? "";
  }

  numFmt(row: number, col: number): string {
    return this.byPosition.get(row * 100_000 + col)?.numFmt ?? "";
  }

  /** Rows that hold something, in order, as [row, first cell's text, second cell's text]. */
  rows(): [number, string, string][] {
    const rows = [...new Set([...this.byPosition.keys()].map((k) => Math.floor(k / 100_000)))].sort((a, b) => a - b);
    return rows.map((r) => [r, this.text(r, 1), this.text(r, 2)]);
  }
}

/** "C7" for row 7, column 3. */
export function cellAddress(row: number, col: number): string {
  let letters = "";
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row}`;
}
