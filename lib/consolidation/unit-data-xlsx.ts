import ExcelJS from "exceljs";
import { sectionHeading } from "@/lib/publishing/export-layout";
import { spreadsheetText, spreadsheetValue } from "@/lib/publishing/spreadsheet-text";
import type { CellDef, ReportFormat, ReportValues } from "@/lib/report-format";
import { consolidate } from "./consolidate";
import { baseUnitOf, formatValue, scaledOf } from "./decimal";
import type { ExpectedUnit, OverrideInput, UnitReportInput } from "./types";

/**
 * Every expected unit's numbers for a year in one sheet: a row per unit, a column per input cell of the
 * format (table, row and column labels above, the open-data key below them), the office's own entries,
 * and the sum. What an office analyses, or hands to an evaluator. Amounts in the consolidation unit (万元),
 * so that a column adds up. Only reports that count in the consolidated report carry numbers; the others
 * say why they are blank. Text (unit names are typed by people) goes through spreadsheetText, numbers stay numbers.
 */

export interface UnitDataInput {
  year: number;
  format: ReportFormat;
  expected: readonly ExpectedUnit[];
  unitReports: readonly UnitReportInput[];
  officeName: string;
  officeValues: ReportValues;
  /** The office's adjustments: when there are any, a last row gives the numbers the consolidated report uses. */
  overrides?: readonly OverrideInput[];
}

const HEADER_ROWS = 4;
const LEAD = ["单位", "是否计入汇总"];

function tableTitle(format: ReportFormat, cell: CellDef): string {
  const table = format.tables.find((t) => t.id === cell.tableId)!;
  const section = format.sections.find((s) => s.tableIds.includes(table.id));
  return table.title || (section ? sectionHeading(section) : table.id);
}

function columnLabels(format: ReportFormat, cell: CellDef): [string, string] {
  const table = format.tables.find((t) => t.id === cell.tableId)!;
  const row = table.rows.find((r) => r.key === cell.rowKey)!;
  const col = table.columns.find((c) => c.key === cell.colKey)!;
  const unit = cell.kind === "amount" ? `（${baseUnitOf(cell)}）` : "";
  return [[...(row.groups ?? []), row.label].join(" "), `${[...(col.groups ?? []), col.label].join(" ")}${unit}`];
}

function numberOf(cell: CellDef, values: ReportValues): number | null {
  const v = scaledOf(cell, values[cell.key]);
  return v === null ? null : Number(formatValue(v));
}

export function buildUnitDataWorkbook(input: UnitDataInput): ExcelJS.Workbook {
  const { format } = input;
  const cells = format.inputCells;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(`${input.year}年度各单位数据`, { views: [{ state: "frozen", xSplit: LEAD.length, ySplit: HEADER_ROWS }] });

  const header = (r: number, lead: string[], texts: string[]) => {
    const row = ws.getRow(r);
    row.values = [...lead, ...texts].map(spreadsheetText);
    row.font = { bold: r < HEADER_ROWS };
    row.alignment = { wrapText: true, vertical: "top" };
  };
  header(1, ["表格", ""], cells.map((c) => tableTitle(format, c)));
  header(2, ["行", ""], cells.map((c) => columnLabels(format, c)[0]));
  header(3, ["列", ""], cells.map((c) => columnLabels(format, c)[1]));
  header(4, ["键（开放数据）", ""], cells.map((c) => c.key));
  ws.getRow(4).font = { color: { argb: "FF64748B" }, size: 9 };
  LEAD.forEach((label, i) => {
    ws.mergeCells(1, i + 1, HEADER_ROWS - 1, i + 1);
    ws.getCell(1, i + 1).value = spreadsheetText(label);
  });

  const byUnit = new Map(input.unitReports.map((r) => [r.unitId, r]));
  let r = HEADER_ROWS + 1;
  for (const unit of input.expected) {
    const report = byUnit.get(unit.unitId);
    ws.getRow(r).values = [unit.unitName, report ? "是" : "否（尚未审核通过）", ...cells.map((c) => (report ? numberOf(c, report.values) : null))].map(spreadsheetValue);
    r++;
  }
  ws.getRow(r).values = [`${input.officeName}（本级自有数据）`, "是", ...cells.map((c) => numberOf(c, input.officeValues))].map(spreadsheetValue);
  r++;
  // The plain sum of the rows above (the consolidated report may differ where the office adjusted a number).
  const sum = consolidate(format, input.unitReports, input.officeValues, []).values;
  const total = ws.getRow(r);
  total.values = ["合计", "", ...cells.map((c) => numberOf(c, sum))];
  total.font = { bold: true };
  const overrides = input.overrides ?? [];
  if (overrides.length) {
    const used = consolidate(format, input.unitReports, input.officeValues, overrides).values;
    const row = ws.getRow(r + 1);
    row.values = [`汇总报告采用数（含 ${overrides.length} 处调整）`, "", ...cells.map((c) => numberOf(c, used))];
    row.font = { bold: true, color: { argb: "FF9A3412" } };
  }

  ws.getColumn(1).width = 28;
  ws.getColumn(2).width = 16;
  for (let c = LEAD.length + 1; c <= LEAD.length + cells.length; c++) ws.getColumn(c).width = 14;
  ws.getRow(1).height = 45;
  ws.getRow(2).height = 60;
  ws.getRow(3).height = 45;
  return wb;
}
