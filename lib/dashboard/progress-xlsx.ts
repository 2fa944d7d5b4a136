import ExcelJS from "exceljs";
import { STATE_LABELS, UNIT_KIND_LABELS } from "@/lib/domain";
import { beijingMinute } from "@/lib/format-date";
import type { Dashboard } from "@/lib/dal/dashboard";
import { spreadsheetText, spreadsheetValue } from "@/lib/publishing/spreadsheet-text";
import type { DashboardQuery } from "@/lib/validation/dashboard-input";
import { completeness, deadlineText } from "./dashboard-rows";

/**
 * The progress list as an Excel sheet: what an office forwards to its leaders or uses to phone the late
 * units. The same rows, filters and order as on screen.
 */

const HEADERS = ["序号", "单位", "类型", "状态", "已填单元格", "应填单元格", "完成度", "错误", "警告", "最近修改时间", "最近修改人", "报送期限"];

/** The filters in force, in words ("全部单位" when none). */
export function filterNote(query: DashboardQuery): string {
  const parts = [query.kind ? UNIT_KIND_LABELS[query.kind] : null, query.state ? `状态为“${STATE_LABELS[query.state]}”` : null, query.late ? "已逾期" : null].filter(Boolean);
  return parts.length ? `筛选：${parts.join("，")}` : "全部单位";
}

export function buildProgressWorkbook(dashboard: Pick<Dashboard, "year" | "unitDeadline" | "rows">, exportedAt: number, filterNote: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(exportedAt);
  const ws = wb.addWorksheet(`${dashboard.year}年度报送进度`, { views: [{ state: "frozen", ySplit: 3 }] });
  // Text through spreadsheetText (unit and user names are typed by people), numbers as numbers.
  ws.getCell("A1").value = `${dashboard.year}年度政府信息公开工作年度报告 各单位报送进度`;
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, HEADERS.length);
  ws.getCell("A2").value = spreadsheetText(`单位报送截止日期 ${dashboard.unitDeadline}；导出时间 ${beijingMinute(exportedAt)}；${filterNote}`);
  ws.mergeCells(2, 1, 2, HEADERS.length);
  const header = ws.getRow(3);
  HEADERS.forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
  });
  dashboard.rows.forEach((r, i) => {
    const row = ws.getRow(4 + i);
    row.values = [
      i + 1,
      r.unitName,
      UNIT_KIND_LABELS[r.unitKind],
      STATE_LABELS[r.state],
      r.filled,
      r.total,
      completeness(r),
      r.errors,
      r.warnings,
      r.lastChangeAt ? beijingMinute(r.lastChangeAt) : "",
      r.lastChangeBy ?? "",
      deadlineText(r),
    ].map(spreadsheetValue);
    row.getCell(7).numFmt = "0%";
    if (r.late) row.getCell(12).font = { bold: true, color: { argb: "FFB91C1C" } };
  });
  ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3 + dashboard.rows.length, column: HEADERS.length } };
  [6, 28, 10, 10, 11, 11, 9, 7, 7, 18, 20, 14].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return wb;
}
