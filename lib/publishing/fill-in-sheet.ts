import type ExcelJS from "exceljs";
import { cellKey, MAX_VALUE, PREAMBLE_KEY, PREAMBLE_TITLE, type CellEntry, type SectionDef, type TableDef, type ValueKind } from "@/lib/report-format";
import type { LayoutCell } from "./export-layout";
import { sectionHeading } from "./export-layout";
import type { PublishedReport } from "./snapshot";
import { spreadsheetText } from "./spreadsheet-text";

/**
 * What makes the editor's Excel 填报稿 a workbook to fill in, not just a copy of the data: 总计 cells are
 * SUM formulas (with the total as the cached result, for a reader that does not calculate), labels and
 * totals are locked and input cells unlocked under a sheet protection without a password (a guide against
 * typing over a label, not security: 审阅 → 撤销工作表保护 lifts it), input cells carry Excel data
 * validation by kind with Chinese messages and the cell's accessible name as the prompt, and a 正文 sheet
 * holds the narratives. The published report's Excel stays a plain data file and uses none of this.
 */

export const NARRATIVE_SHEET = "正文";
/** The narratives of the 正文 sheet in order: [narrative key, title as printed in column A]. Also for frozen reports, which keep their sections but not the preamble's definition. */
export function narrativeRows(sections: SectionDef[]): [key: string, title: string][] {
  return [[PREAMBLE_KEY, PREAMBLE_TITLE], ...sections.filter((s) => s.narrative !== "none").map((s): [string, string] => [s.key, sectionHeading(s)])];
}

interface CellRule {
  kind: ValueKind;
  name: string;
  sumOf?: string[];
}

/** Kind, accessible name and parts of every cell, from the snapshot's tables (as resolveFormat reads them). */
export function cellRules(tables: TableDef[]): Map<string, CellRule> {
  const rules = new Map<string, CellRule>();
  for (const table of tables) {
    for (const row of table.rows) {
      for (const col of table.columns) {
        const sumOf = row.sumOf ? row.sumOf.map((r) => cellKey(table, r, col.key)) : col.sumOf?.map((c) => cellKey(table, row.key, c));
        const name = table.layout === "list" ? row.label : `${row.label} · ${col.label}`;
        rules.set(cellKey(table, row.key, col.key), { kind: col.kind ?? "count", name, sumOf });
      }
    }
  }
  return rules;
}

const VALIDATION: Record<ValueKind, Pick<ExcelJS.DataValidation, "type" | "formulae" | "errorTitle" | "error">> = {
  count: { type: "whole", formulae: [0, MAX_VALUE], errorTitle: "应为非负整数", error: "请填写 0 或正整数（不超过 1000000000），不能有小数、负号或文字；不填表示未填写。" },
  signed: { type: "whole", formulae: [-MAX_VALUE, MAX_VALUE], errorTitle: "应为整数", error: "请填写整数，减少用负值表示（如 -8），不能有小数或文字；不填表示未填写。" },
  amount: { type: "decimal", formulae: [0, MAX_VALUE], errorTitle: "应为非负金额", error: "请填写金额数字，不能为负数，单位见表头或单元格格式；不填表示未填写。" },
};

function validation(rule: CellRule): ExcelJS.DataValidation {
  // Excel limits a prompt to 255 characters.
  return { ...VALIDATION[rule.kind], operator: "between", allowBlank: true, showErrorMessage: true, errorStyle: "stop", showInputMessage: true, prompt: rule.name.slice(0, 255) };
}

/** Sheet protection that only guards labels: selecting and resizing rows and columns stay allowed; cell formats stay fixed (an amount's number format carries its unit). */
export function protectSheet(ws: ExcelJS.Worksheet): void {
  // exceljs sets the protection synchronously; without a password nothing is awaited.
  void ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
}

/** Locks every written cell of a sheet except `unlocked` (addresses), then protects the sheet. */
function lockAllBut(ws: ExcelJS.Worksheet, unlocked: Set<string>): void {
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.protection = { locked: !unlocked.has(cell.address) };
    }),
  );
  protectSheet(ws);
}

/** SUM's arguments for cells given as [row, col]: runs of adjacent cells in a row or a column become ranges (D6:I6). */
export function sumArguments(cells: [row: number, col: number][], address: (row: number, col: number) => string): string {
  const runs: [number, number][][] = [];
  for (const cell of cells) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    const across = run && last && cell[0] === last[0] && cell[1] === last[1] + 1 && (run.length === 1 || run[0][0] === cell[0]);
    const down = run && last && cell[1] === last[1] && cell[0] === last[0] + 1 && (run.length === 1 || run[0][1] === cell[1]);
    if (across || down) run!.push(cell);
    else runs.push([cell]);
  }
  return runs.map((run) => (run.length === 1 ? address(...run[0]) : `${address(...run[0])}:${address(...run.at(-1)!)}`)).join(",");
}

/** Turns a written table sheet into its fill-in form: formulas in totals, validation on inputs, protection. */
export function makeFillIn(ws: ExcelJS.Worksheet, placed: { row: number; col: number; spec: LayoutCell }[], rules: Map<string, CellRule>, values: Record<string, CellEntry>): void {
  const position = new Map<string, [number, number]>();
  for (const { row, col, spec } of placed) if (spec.key) position.set(spec.key, [row, col]);
  const unlocked = new Set<string>();
  for (const { row, col, spec } of placed) {
    const rule = spec.key ? rules.get(spec.key) : undefined;
    if (!rule) continue;
    const cell = ws.getCell(row, col);
    const parts = rule.sumOf?.map((k) => position.get(k));
    if (parts) {
      // Every part sits in the same table; a part missing from the sheet would make the formula wrong, so the number stays.
      if (parts.every(Boolean)) {
        const entry = values[spec.key!];
        const args = sumArguments(parts as [number, number][], (r, c) => ws.getCell(r, c).address);
        cell.value = { formula: `SUM(${args})`, result: entry ? Number(entry.value) : undefined } as ExcelJS.CellFormulaValue;
      }
      continue;
    }
    unlocked.add(cell.address);
    cell.dataValidation = validation(rule);
  }
  lockAllBut(ws, unlocked);
}

const textWidth = (text: string) => [...text].reduce((w, ch) => w + (/[\u2e80-\uffff]/.test(ch) ? 2.1 : 1.1), 0);

/** The 正文 sheet: column A the section's title (locked), column B its text (wrapped, unlocked). */
export function narrativeSheet(wb: ExcelJS.Workbook, report: PublishedReport): void {
  const ws = wb.addWorksheet(NARRATIVE_SHEET);
  ws.getColumn(1).width = 30;
  ws.getColumn(2).width = 100;
  const head = ws.getRow(1);
  head.getCell(1).value = "部分";
  head.getCell(2).value = "正文（每部分一格，可直接修改；单元格内换行按 Alt+Enter）";
  head.font = { bold: true };
  const unlocked = new Set<string>();
  narrativeRows(report.sections).forEach(([key, title], i) => {
    const row = ws.getRow(i + 2);
    row.getCell(1).value = title;
    row.getCell(1).font = { bold: true };
    row.getCell(1).alignment = { vertical: "top", wrapText: true };
    const text = report.narratives[key];
    const cell = row.getCell(2);
    cell.value = text ? spreadsheetText(text) : null;
    cell.alignment = { vertical: "top", wrapText: true };
    unlocked.add(cell.address);
    // Excel stores no automatic heights for wrapped text; 409 points is its largest row.
    const lines = (text ?? "").split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / 98)), 0);
    row.height = Math.min(409, Math.max(30, 15 * lines));
  });
  lockAllBut(ws, unlocked);
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: 1 }];
}
