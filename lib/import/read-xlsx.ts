import { buildSnapshot } from "@/lib/publishing/snapshot";
import { INFO_SHEET, placeCells, tableSheetPlans } from "@/lib/publishing/export-xlsx";
import { NARRATIVE_SHEET, narrativeRows } from "@/lib/publishing/fill-in-sheet";
import { computeDerived, parseCellInput, type AmountUnit, type CellDef, type ReportFormat, type TableDef } from "@/lib/report-format";
import { emptyImport, type ImportedReport } from "./imported-report";
import { cellAddress, SheetCells, type WorkbookCells } from "./workbook-cells";
import { readXlsxInWorker } from "./xlsx-worker-client";
import { readZipDirectory } from "./zip-directory";

/**
 * Reads a workbook laid out like the application's own Excel download (a published report's, or the
 * editor's working copy): the same sheets, labels and cell positions, generated from the same format. A
 * table whose labels differ from the format's is not imported at all: a shifted row would put numbers
 * under the wrong labels.
 *
 * The file itself is read in a worker (xlsx-worker-client.ts), after checks that refuse a file built to
 * exhaust the reader; this module sees only the cells' text.
 */

const UNIT_SUFFIX = /（(?:万元|元)）$/;

function normalizeLabel(text: string): string {
  return text.replace(/\s+/g, "").replace(/\(/g, "（").replace(/\)/g, "）").replace(/:/g, "：");
}

/** The unit of an amount as the file gives it: written after the number, in the cell's number format, or in the column header. */
function amountUnit(fmt: string, text: string, headerText: string): { text: string; unit?: AmountUnit } {
  const suffix = /^(.*?)\s*(万元|元)$/.exec(text);
  if (suffix) return { text: suffix[1], unit: suffix[2] as AmountUnit };
  if (fmt.includes("万元")) return { text, unit: "万元" };
  if (fmt.includes("元")) return { text, unit: "元" };
  if (headerText.endsWith("（万元）")) return { text, unit: "万元" };
  if (headerText.endsWith("（元）")) return { text, unit: "元" };
  return { text };
}

function accepted(table: TableDef): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const row of table.rows) {
    for (const alias of row.aliases ?? []) {
      const key = normalizeLabel(row.label);
      map.set(key, new Set([...(map.get(key) ?? []), normalizeLabel(alias)]));
    }
  }
  return map;
}

function readInfo(sheets: Map<string, SheetCells>, result: ImportedReport) {
  const ws = sheets.get(INFO_SHEET);
  if (!ws) return;
  for (const [, label, value] of ws.rows()) {
    if (label === "报告年度" && /^\d{4}$/.test(value)) result.fileYear = Number(value);
    if (label === "发布机关" || label === "填报单位") result.fileOrganisation = value || undefined;
  }
}

/**
 * The 正文 sheet of the editor's 填报稿: column A names each narrative, column B holds its text (a blank
 * cell is a blank narrative). A file without the sheet (the published Excel) says nothing about narratives;
 * a sheet whose titles differ from the format's is not read at all, as a table whose labels differ.
 */
function readNarratives(sheets: Map<string, SheetCells>, format: ReportFormat, result: ImportedReport) {
  const ws = sheets.get(NARRATIVE_SHEET);
  if (!ws) return;
  const rows = narrativeRows(format.sections);
  const mismatch = rows.findIndex(([, title], i) => normalizeLabel(ws.text(i + 2, 1)) !== normalizeLabel(title));
  if (mismatch >= 0) {
    result.problems.push(`工作表“${NARRATIVE_SHEET}”的 ${cellAddress(mismatch + 2, 1)} 单元格应为“${rows[mismatch][1]}”，与本系统的报告格式不一致，正文未导入。`);
    return;
  }
  // Excel keeps a line break typed as Alt+Enter as \n; files from elsewhere may carry \r\n.
  rows.forEach(([key], i) => (result.narratives[key] = ws.text(i + 2, 2).replace(/\r\n?/g, "\n")));
}

/** A file's contents against the report's format, or why the file was refused without being read. */
export type WorkbookRead = { ok: true; data: ImportedReport } | { ok: false; problem: string };

export async function readReportWorkbook(bytes: Uint8Array, format: ReportFormat): Promise<WorkbookRead> {
  // The zip's directory is checked here too, before a worker is started for a file refused in microseconds.
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return directory;
  const cells = await readXlsxInWorker(bytes);
  return cells.ok ? { ok: true, data: importWorkbook(cells.workbook, format) } : cells;
}

/** The report's cells from a workbook's text. */
export function importWorkbook(workbook: WorkbookCells, format: ReportFormat): ImportedReport {
  const result = emptyImport("xlsx");
  // The first sheet of a name, as Excel finds it.
  const sheets = new Map<string, SheetCells>();
  for (const sheet of [...workbook.sheets].reverse()) sheets.set(sheet.name, new SheetCells(sheet.name, sheet.cells));
  readInfo(sheets, result);
  readNarratives(sheets, format, result);

  // The layout of an empty report of this format: where every label and every value sits.
  const empty = buildSnapshot({ kind: "unit", year: 0, organisation: "", format, values: {}, narratives: {}, publishedAt: 0 });
  const fileDerived = new Map<string, { text: string; where: string }>();
  for (const plan of tableSheetPlans(empty)) {
    const ws = sheets.get(plan.name);
    if (!ws) {
      result.problems.push(`文件中没有工作表“${plan.name}”，该表未导入。`);
      continue;
    }
    const placed = placeCells(plan.model, plan.top);
    const aliases = accepted(plan.model.table);
    const mismatch = placed.find(({ row, col, spec }) => {
      if (spec.kind === "value" || spec.kind === "unit" || spec.kind === "corner") return false;
      const want = normalizeLabel(spec.text);
      const got = normalizeLabel(ws.text(row, col));
      const strip = (t: string) => (spec.kind === "header" ? t.replace(UNIT_SUFFIX, "") : t);
      return strip(got) !== strip(want) && !aliases.get(want)?.has(got);
    });
    if (mismatch) {
      const address = cellAddress(mismatch.row, mismatch.col);
      result.problems.push(`工作表“${plan.name}”的 ${address} 单元格应为“${mismatch.spec.text}”，与本系统的表格格式不一致，该表未导入。`);
      continue;
    }
    // The leaf header text above each column, for an amount's unit.
    const headerOf = (col: number) => {
      let text = "";
      for (const p of placed) if (p.header && p.col <= col && col < p.col + p.spec.colSpan) text = ws.text(p.row, p.col);
      return text;
    };
    for (const { row, col, spec } of placed) {
      if (spec.kind !== "value" || !spec.key) continue;
      const cell = format.cellByKey.get(spec.key) as CellDef;
      const raw = ws.text(row, col);
      const where = `工作表“${plan.name}”${cellAddress(row, col)}`;
      if (cell.sumOf) {
        if (raw) fileDerived.set(cell.key, { text: raw, where });
        continue;
      }
      const { text, unit } = cell.kind === "amount" ? amountUnit(ws.numFmt(row, col), raw, headerOf(col)) : { text: raw, unit: undefined };
      const parsed = parseCellInput(cell, text, unit ?? cell.units?.[0]);
      if (!parsed.ok) {
        result.problems.push(`“${cell.name}”（${where}）：${parsed.message}该格未导入。`);
        continue;
      }
      result.cells[cell.key] = parsed.value !== null && cell.kind === "amount" ? { value: parsed.value, unit: unit ?? cell.units?.[0] } : { value: parsed.value };
    }
  }

  // Totals are computed here, never imported; a file whose totals do not add up deserves a second look.
  const values = Object.fromEntries(
    Object.entries(result.cells)
      .filter(([, c]) => c.value !== null)
      .map(([k, c]) => [k, { value: c.value!, ...(c.unit ? { unit: c.unit } : {}) }]),
  );
  const derived = computeDerived(format, values);
  for (const [key, { text, where }] of fileDerived) {
    const computed = derived[key];
    if (computed !== null && computed !== undefined && Number(text) !== Number(computed)) {
      result.notices.push(`文件中“${format.cellByKey.get(key)!.name}”（${where}）为 ${text}，按各项相加应为 ${computed}；系统自动计算合计，不导入文件中的合计。`);
    }
  }
  return result;
}
