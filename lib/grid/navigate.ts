import type { ReportFormat } from "@/lib/report-format";
import { positionIn, tableGrid } from "./rectangle";

export type Move = "up" | "down" | "left" | "right" | "home" | "end";

/**
 * The input cell a key takes the person to, as in a spreadsheet: derived (总计) cells are passed over, and
 * at the edge of the table focus stays where it is (null).
 */
export function nextCell(format: ReportFormat, key: string, move: Move): string | null {
  const cell = format.cellByKey.get(key);
  const table = cell && format.tables.find((t) => t.id === cell.tableId);
  if (!table) return null;
  const grid = tableGrid(table);
  const at = positionIn(grid, key);
  if (!at) return null;
  const isInput = (k: string | undefined) => k !== undefined && !format.cellByKey.get(k)?.sumOf;
  const row = grid[at.row];
  if (move === "home" || move === "end") {
    const inputs = row.filter(isInput);
    const target = move === "home" ? inputs[0] : inputs.at(-1);
    return target && target !== key ? target : null;
  }
  const [dr, dc] = { up: [-1, 0], down: [1, 0], left: [0, -1], right: [0, 1] }[move];
  for (let r = at.row + dr, c = at.col + dc; r >= 0 && r < grid.length && c >= 0 && c < grid[r].length; r += dr, c += dc) {
    if (isInput(grid[r][c])) return grid[r][c];
  }
  return null;
}
