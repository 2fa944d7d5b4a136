import ExcelJS from "exceljs";
import type { PublicationMeta } from "./export-json";
import { beijingMidnight, chineseDate } from "@/lib/format-date";
import { sectionHeading, tableCaption, tableLayout, type LayoutCell, type TableLayoutModel } from "./export-layout";
import { snapshotTableBlocks } from "./report-model";
import type { PublishedReport } from "./snapshot";
import { cellRules, makeFillIn, NARRATIVE_SHEET, narrativeSheet, protectSheet } from "./fill-in-sheet";
import { spreadsheetText, spreadsheetValue } from "./spreadsheet-text";

/**
 * The Excel workbook of a published version: a first sheet 报告信息, then one sheet per table with the
 * official labels, merged header cells and the values as numbers (amounts carry their unit in the header,
 * or in the cell's number format when a column mixes units). Rendered from the snapshot alone. Text is
 * written through spreadsheetText, never as a formula.
 *
 * A unit's working copy (version 0: the editor's 填报稿, filled in offline and imported back) is also a
 * workbook to fill in (fill-in-sheet.ts): a 正文 sheet, SUM formulas in the totals, protected labels,
 * validated inputs. Published files and the consolidated report's 送审稿 stay plain data.
 */

export const INFO_SHEET = "报告信息";

const THIN = { style: "thin", color: { argb: "FF000000" } } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };

/** A legal, unique worksheet name (≤ 31 characters, none of \ / ? * [ ] :). */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[\\/?*[\]:]/g, "").replace(/^'+|'+$/g, "").trim().slice(0, 31) || "表";
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - `（${i}）`.length)}（${i}）`;
  taken.add(name.toLowerCase());
  return name;
}

function infoSheet(wb: ExcelJS.Workbook, report: PublishedReport, meta: PublicationMeta, taken: Set<string>): void {
  const ws = wb.addWorksheet(sheetName(INFO_SHEET, taken));
  const rows: [string, string | number][] = [
    ["报告名称", report.title],
    ["发布机关", report.organisation],
    ["报告年度", report.year],
    ["报告类型", report.kind === "consolidated" ? "本级政府年度报告" : "部门（单位）年度报告"],
    ["报告格式", `${report.formatName}（${report.formatIssuedBy}）`],
    ["地方表格", report.localTables.length ? report.localTables.join("、") : "无"],
    ...(meta.version === 0
      ? ([
          ["版本", "未发布的工作稿"],
          ["导出日期", chineseDate(report.publishedOn)],
          ...(report.kind === "unit"
            ? [["填写说明", "在各表的数值单元格中填写（空白表示未填写），正文在“正文”工作表中填写；总计由公式自动计算，导入时由系统重新计算。标签和总计已锁定（工作表保护，无密码），以免误改。填好后在填报页面的“Excel 填报与导入”中导入，核对后确认。请勿增删行列或修改标签。"]]
            : []),
        ] as [string, string][])
      : ([
          ["版本", `第 ${meta.version} 版${meta.version > 1 ? "（更正版）" : ""}`],
          ["发布日期", chineseDate(report.publishedOn)],
        ] as [string, string][])),
  ];
  if (meta.correctionNote) rows.push(["更正说明", meta.correctionNote]);
  if (meta.contentHash) rows.push(["内容校验值（SHA-256）", meta.contentHash]);
  rows.forEach(([label, value], i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = label;
    row.getCell(1).font = { bold: true };
    row.getCell(2).value = spreadsheetValue(value);
    row.getCell(2).alignment = { horizontal: "left", wrapText: true };
  });
  ws.getColumn(1).width = 24;
  ws.getColumn(2).width = 80;
  if (isFillIn(report, meta)) protectSheet(ws);
}

/** The editor's 填报稿: a unit's working copy, to be filled in offline and imported back. */
const isFillIn = (report: PublishedReport, meta: PublicationMeta) => meta.version === 0 && report.kind === "unit";

function styleCell(cell: ExcelJS.Cell, spec: LayoutCell, header: boolean): void {
  cell.border = BORDER;
  if (header) {
    cell.fill = HEADER_FILL;
    cell.font = { bold: spec.kind !== "corner" };
  }
  if (spec.kind === "value") {
    cell.alignment = { horizontal: "right", vertical: "middle" };
  } else if (spec.kind === "label") {
    cell.alignment = { horizontal: "left", vertical: "middle", wrapText: true, indent: (spec.indent ?? 0) * 2 };
  } else {
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  }
}

function writeValue(cell: ExcelJS.Cell, spec: LayoutCell): void {
  if (spec.kind !== "value" || !spec.entry) {
    cell.value = spec.text ? spreadsheetText(spec.text) : null;
    return;
  }
  cell.value = Number(spec.entry.value);
  // The header names the unit when the column shares one; otherwise the cell's format shows it.
  cell.numFmt = spec.unit ? `General"${spec.unit}"` : "General";
}

/** Where each cell of a layout model lands in a sheet written from (top, 1): cells covered by spans are skipped, like in HTML. */
export function placeCells(model: TableLayoutModel, top: number): { row: number; col: number; spec: LayoutCell; header: boolean }[] {
  const covered = new Set<string>();
  const placed: { row: number; col: number; spec: LayoutCell; header: boolean }[] = [];
  model.rows.forEach((cells, i) => {
    const r = top + i;
    let c = 1;
    for (const spec of cells) {
      while (covered.has(`${r}:${c}`)) c++;
      placed.push({ row: r, col: c, spec, header: i < model.headerRowCount });
      for (let dr = 0; dr < spec.rowSpan; dr++) for (let dc = 0; dc < spec.colSpan; dc++) covered.add(`${r + dr}:${c + dc}`);
      c += spec.colSpan;
    }
  });
  return placed;
}

/** Writes a layout model from (top, 1). */
function writeTable(ws: ExcelJS.Worksheet, model: TableLayoutModel, top: number): void {
  for (const { row: r, col: c, spec, header } of placeCells(model, top)) {
    writeValue(ws.getCell(r, c), spec);
    for (let dr = 0; dr < spec.rowSpan; dr++) {
      for (let dc = 0; dc < spec.colSpan; dc++) styleCell(ws.getCell(r + dr, c + dc), spec, header);
    }
    if (spec.rowSpan > 1 || spec.colSpan > 1) ws.mergeCells(r, c, r + spec.rowSpan - 1, c + spec.colSpan - 1);
  }
}

function columnWidths(ws: ExcelJS.Worksheet, model: TableLayoutModel): void {
  for (let c = 1; c <= model.columnCount; c++) {
    const isLabel = c <= model.labelColumns;
    const leaf = model.table.layout === "list" ? c === 1 : c === model.labelColumns;
    ws.getColumn(c).width = !isLabel ? (model.labelColumns === 0 ? 11 : 14) : leaf ? 50 : model.table.layout === "list" ? 8 : 14;
  }
}

/** Text width in Excel's column units: a CJK character takes about two. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffff]/.test(ch) ? 2.1 : 1.1;
  return w;
}

/** Excel stores no automatic heights for wrapped text (LibreOffice draws such rows one line high): set them. */
function fitRowHeights(ws: ExcelJS.Worksheet, model: TableLayoutModel, top: number): void {
  for (let r = top; r < top + model.rows.length; r++) {
    let lines = 1;
    for (let c = 1; c <= model.columnCount; c++) {
      const cell = ws.getCell(r, c);
      if (typeof cell.value !== "string" || (cell.isMerged && cell.master !== cell)) continue;
      let width = ws.getColumn(c).width ?? 10;
      for (let k = c + 1; k <= model.columnCount && ws.getCell(r, k).isMerged && ws.getCell(r, k).master === cell; k++) width += ws.getColumn(k).width ?? 10;
      lines = Math.max(lines, Math.ceil(textWidth(cell.value) / Math.max(width - 1, 1)));
    }
    if (lines > 1) ws.getRow(r).height = 15 * lines;
  }
}

/** One table's sheet: its name, the caption lines above the table and the table's layout from row `top`. */
export interface TableSheetPlan {
  name: string;
  tableId: string;
  captions: string[];
  top: number;
  model: TableLayoutModel;
}

/** The workbook's table sheets in order, after the info sheet. Import reads files by the same plan. */
export function tableSheetPlans(report: PublishedReport): TableSheetPlan[] {
  const taken = new Set<string>([INFO_SHEET.toLowerCase(), NARRATIVE_SHEET.toLowerCase()]);
  const plans: TableSheetPlan[] = [];
  for (const section of report.sections) {
    for (const block of snapshotTableBlocks(report, section)) {
      for (const table of block.tables) {
        const captions = [sectionHeading(section), block.heading, tableCaption(table, block.heading)].filter((t): t is string => Boolean(t));
        const name = sheetName(table.title || sectionHeading(section), taken);
        plans.push({ name, tableId: table.id, captions, top: captions.length + 2, model: tableLayout(report, table) });
      }
    }
  }
  return plans;
}

function tableSheet(wb: ExcelJS.Workbook, plan: TableSheetPlan, fillIn?: { rules: ReturnType<typeof cellRules>; report: PublishedReport }): void {
  const { model, captions, top } = plan;
  const ws = wb.addWorksheet(plan.name, {
    pageSetup: { paperSize: 9, orientation: model.columnCount > 6 ? "landscape" : "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  captions.forEach((text, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = spreadsheetText(text);
    cell.font = { bold: true, size: i === 0 ? 14 : 12 };
    if (model.columnCount > 1) ws.mergeCells(i + 1, 1, i + 1, model.columnCount);
  });
  writeTable(ws, model, top);
  columnWidths(ws, model);
  fitRowHeights(ws, model, top);
  if (fillIn) makeFillIn(ws, placeCells(model, top), fillIn.rules, fillIn.report.values);
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: top - 1 + model.headerRowCount }];
}

export function buildWorkbook(report: PublishedReport, meta: PublicationMeta): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = report.organisation;
  wb.title = report.title;
  wb.subject = "政府信息公开工作年度报告";
  // Fixed document dates: the same published version always gives the same workbook content.
  wb.created = beijingMidnight(report.publishedOn);
  wb.modified = wb.created;
  infoSheet(wb, report, meta, new Set());
  const fillIn = isFillIn(report, meta) ? { rules: cellRules(report.tables), report } : undefined;
  for (const plan of tableSheetPlans(report)) tableSheet(wb, plan, fillIn);
  if (fillIn) {
    // Last, so the table sheets keep their places (and their sheetN.xml parts) in every Excel file.
    narrativeSheet(wb, report);
    // Excel and WPS recompute the SUM formulas on opening; the cached results serve readers that do not.
    wb.calcProperties.fullCalcOnLoad = true;
  }
  return wb;
}

/** The .xlsx file's bytes. */
export async function exportXlsx(report: PublishedReport, meta: PublicationMeta): Promise<Uint8Array> {
  return new Uint8Array(await buildWorkbook(report, meta).xlsx.writeBuffer());
}
