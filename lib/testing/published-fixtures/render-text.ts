import type { FixtureReport } from "./fixture-report";
import { cellOrigins, printReport, type PrintedCell, type PrintedReport, type PrintedTable, type PrintVariants } from "./print-layout";

/**
 * A report as text pasted from a web page or a Word file. Three shapes:
 * - "flattened": what copying a web page's tables gives (the reference's shape): every table cell on a
 *   line of its own prefixed by a tab, a cell's further lines without the tab, rows separated by a blank
 *   line, a cell continued from the row above (rowspan) as an empty tab line; colspan leaves no trace;
 * - "tabs": one row per line, cells separated by tabs, merged cells empty after their first (as Excel pastes);
 * - "pipes": one row per line between pipes, as Markdown and some wikis write tables.
 */

export type TextShape = "flattened" | "tabs" | "pipes";

export interface TextOptions {
  shape?: TextShape;
  variants?: PrintVariants;
}

/** Each grid position of a row: the text of the cell that starts there, or null where a cell from above continues. */
function rowPositions(table: PrintedTable): ({ cell: PrintedCell } | { continued: PrintedCell } | null)[][] {
  const origins = cellOrigins(table);
  const grid: ({ cell: PrintedCell } | { continued: PrintedCell } | null)[][] = table.rows.map(() => Array.from({ length: table.columnCount }, () => null));
  origins.forEach((cells) => {
    for (const { row, col, cell } of cells) {
      grid[row][col] = { cell };
      for (let dr = 1; dr < cell.rowSpan; dr++) if (grid[row + dr]) grid[row + dr][col] = { continued: cell };
    }
  });
  return grid;
}

function flattenedTable(table: PrintedTable): string[] {
  const lines: string[] = [];
  for (const row of rowPositions(table)) {
    for (const position of row) {
      if (!position) continue;
      if ("continued" in position) lines.push("\t");
      else {
        const [first, ...rest] = position.cell.text.split("\n");
        lines.push(`\t${first}`, ...rest);
      }
    }
    lines.push("");
  }
  return lines;
}

function cellsOf(table: PrintedTable): string[][] {
  return rowPositions(table).map((row) => row.map((p) => (p && "cell" in p ? p.cell.text.replace(/\n/g, "") : "")));
}

function tableLines(table: PrintedTable, shape: TextShape): string[] {
  if (shape === "flattened") return [...flattenedTable(table), ""];
  const rows = cellsOf(table).map((cells) => (shape === "tabs" ? cells.join("\t") : `| ${cells.join(" | ")} |`));
  return [...rows, ""];
}

function textLines(printed: PrintedReport, shape: TextShape): string[] {
  const lines: string[] = [printed.unitName, `${printed.year}年政府信息公开工作年度报告`, ...printed.preamble];
  for (const section of printed.sections) {
    lines.push(section.heading);
    for (const p of section.paragraphs) lines.push(p, "");
    for (const block of section.blocks) {
      if (block.heading) lines.push(block.heading);
      for (const table of block.tables) lines.push(...tableLines(table, shape));
    }
  }
  return lines;
}

export function renderReportText(report: FixtureReport, { shape = "flattened", variants }: TextOptions = {}): string {
  return `${textLines(printReport(report, variants), shape).join("\n")}\n`;
}
