import { cellKey, parseCellInput, rowGroupColumns, type AmountUnit, type ReportFormat, type TableDef } from "@/lib/report-format";
import type { Block } from "./clipboard";

/**
 * A table as the grid it is printed in: rows of cell keys, derived (总计) cells in their places. A block
 * pasted from the same official table in Excel lines up with it column for column.
 */
export function tableGrid(table: TableDef): string[][] {
  if (table.layout === "row-groups-as-columns") return [rowGroupColumns(table).map((c) => cellKey(table, c.rowKey, c.key))];
  if (table.layout === "list") return table.rows.map((r) => [cellKey(table, r.key, table.columns[0].key)]);
  return table.rows.map((r) => table.columns.map((c) => cellKey(table, r.key, c.key)));
}

export function positionIn(grid: string[][], key: string): { row: number; col: number } | null {
  for (let row = 0; row < grid.length; row++) {
    const col = grid[row].indexOf(key);
    if (col >= 0) return { row, col };
  }
  return null;
}

export interface PasteTarget {
  key: string;
  name: string;
  /** The cell's text now and the text pasted. */
  before: string;
  after: string;
  /** Why the pasted text is not a value of this cell (from parseCellInput). */
  error?: string;
}

export type PastePlan =
  | { ok: true; targets: PasteTarget[]; changes: PasteTarget[]; invalid: PasteTarget[]; derivedSkipped: string[]; rows: number; cols: number }
  | { ok: false; message: string };

/**
 * Lays a pasted rectangle onto the table from the focused cell rightwards and downwards. A value that lands
 * on a derived cell is not pasted (the form computes it); an empty pasted cell leaves its cell as it is.
 * A rectangle that does not fit is refused whole, saying how far it reaches.
 */
export function planPaste(
  format: ReportFormat,
  startKey: string,
  block: Block,
  textOf: (key: string) => string,
  unitOf: (key: string) => AmountUnit | undefined = () => undefined,
): PastePlan {
  const start = format.cellByKey.get(startKey);
  const table = start && format.tables.find((t) => t.id === start.tableId);
  if (!start || !table) return { ok: false, message: "无法确定粘贴的起始单元格" };
  const grid = tableGrid(table);
  const at = positionIn(grid, startKey)!;
  const rows = block.length;
  const cols = Math.max(0, ...block.map((r) => r.length));
  const overRows = at.row + rows - grid.length;
  const overCols = at.col + cols - grid[at.row].length;
  if (overRows > 0 || overCols > 0) {
    const over = [overRows > 0 ? `向下超出表格 ${overRows} 行` : "", overCols > 0 ? `向右超出表格 ${overCols} 列` : ""].filter(Boolean).join("、");
    return {
      ok: false,
      message: `粘贴的内容有 ${rows} 行 ${cols} 列，从“${start.name}”起${over}，未粘贴。请从更靠左上的单元格开始粘贴，或少复制几行几列。`,
    };
  }
  const targets: PasteTarget[] = [];
  const derivedSkipped: string[] = [];
  block.forEach((line, r) =>
    line.forEach((raw, c) => {
      const key = grid[at.row + r][at.col + c];
      const cell = format.cellByKey.get(key)!;
      const text = raw.trim();
      if (cell.sumOf) {
        if (text !== "") derivedSkipped.push(cell.name);
        return;
      }
      if (text === "") return;
      const parsed = parseCellInput(cell, text, unitOf(key));
      targets.push({ key, name: cell.name, before: textOf(key), after: parsed.ok ? (parsed.value ?? "") : text, ...(parsed.ok ? {} : { error: parsed.message }) });
    }),
  );
  const invalid = targets.filter((t) => t.error);
  const changes = targets.filter((t) => !t.error && t.before !== t.after);
  return { ok: true, targets, changes, invalid, derivedSkipped, rows, cols };
}
