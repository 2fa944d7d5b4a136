import ExcelJS from "exceljs";
import { buildSnapshot } from "@/lib/publishing/snapshot";
import { INFO_SHEET, placeCells, tableSheetPlans } from "@/lib/publishing/export-xlsx";
import { computeDerived, parseCellInput, type AmountUnit, type CellDef, type ReportFormat, type TableDef } from "@/lib/report-format";
import { emptyImport, type ImportedReport } from "./imported-report";

/**
 * Reads a workbook laid out like the application's own Excel download (a published report's, or the
 * editor's working copy): the same sheets, labels and cell positions, generated from the same format. A
 * table whose labels differ from the format's is not imported at all: a shifted row would put numbers
 * under the wrong labels.
 */

const UNIT_SUFFIX = /（(?:万元|元)）$/;

function normalizeLabel(text: string): string {
  return text.replace(/\s+/g, "").replace(/\(/g, "（").replace(/\)/g, "）").replace(/:/g, "：");
}

function cellText(cell: ExcelJS.Cell): string {
  return valueText(cell.value);
}

function valueText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(15)));
  if (typeof v === "string") return v.trim();
  if (typeof v === "boolean") return String(v);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "object") {
    if ("result" in v && v.result !== undefined && v.result !== null && typeof v.result !== "object") return valueText(v.result);
    if ("richText" in v) return v.richText.map((t) => t.text).join("").trim();
    if ("text" in v && typeof v.text === "string") return v.text.trim();
  }
  return "";
}

/** The unit of an amount as the file gives it: written after the number, in the cell's number format, or in the column header. */
function amountUnit(cell: ExcelJS.Cell, text: string, headerText: string): { text: string; unit?: AmountUnit } {
  const suffix = /^(.*?)\s*(万元|元)$/.exec(text);
  if (suffix) return { text: suffix[1], unit: suffix[2] as AmountUnit };
  const fmt = cell.numFmt ?? "";
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

function readInfo(wb: ExcelJS.Workbook, result: ImportedReport) {
  const ws = wb.getWorksheet(INFO_SHEET);
  if (!ws) return;
  ws.eachRow((row) => {
    const label = cellText(row.getCell(1));
    const value = cellText(row.getCell(2));
    if (label === "报告年度" && /^\d{4}$/.test(value)) result.fileYear = Number(value);
    if (label === "发布机关" || label === "填报单位") result.fileOrganisation = value || undefined;
  });
}

export async function readReportWorkbook(bytes: ArrayBuffer | Uint8Array, format: ReportFormat): Promise<ImportedReport> {
  const result = emptyImport("xlsx");
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load((bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)) as unknown as ExcelJS.Buffer);
  } catch {
    result.problems.push("无法读取该文件：不是有效的 Excel（.xlsx）文件。");
    return result;
  }
  readInfo(wb, result);

  // The layout of an empty report of this format: where every label and every value sits.
  const empty = buildSnapshot({ kind: "unit", year: 0, organisation: "", format, values: {}, narratives: {}, publishedAt: 0 });
  const fileDerived = new Map<string, { text: string; where: string }>();
  for (const plan of tableSheetPlans(empty)) {
    const ws = wb.getWorksheet(plan.name);
    if (!ws) {
      result.problems.push(`文件中没有工作表“${plan.name}”，该表未导入。`);
      continue;
    }
    const placed = placeCells(plan.model, plan.top);
    const aliases = accepted(plan.model.table);
    const mismatch = placed.find(({ row, col, spec }) => {
      if (spec.kind === "value" || spec.kind === "unit" || spec.kind === "corner") return false;
      const want = normalizeLabel(spec.text);
      const got = normalizeLabel(cellText(ws.getCell(row, col)));
      const strip = (t: string) => (spec.kind === "header" ? t.replace(UNIT_SUFFIX, "") : t);
      return strip(got) !== strip(want) && !aliases.get(want)?.has(got);
    });
    if (mismatch) {
      const address = ws.getCell(mismatch.row, mismatch.col).address;
      result.problems.push(`工作表“${plan.name}”的 ${address} 单元格应为“${mismatch.spec.text}”，与本系统的表格格式不一致，该表未导入。`);
      continue;
    }
    // The leaf header text above each column, for an amount's unit.
    const headerOf = (col: number) => {
      let text = "";
      for (const p of placed) if (p.header && p.col <= col && col < p.col + p.spec.colSpan) text = cellText(ws.getCell(p.row, p.col));
      return text;
    };
    for (const { row, col, spec } of placed) {
      if (spec.kind !== "value" || !spec.key) continue;
      const cell = format.cellByKey.get(spec.key) as CellDef;
      const excelCell = ws.getCell(row, col);
      const raw = cellText(excelCell);
      const where = `工作表“${plan.name}”${excelCell.address}`;
      if (cell.sumOf) {
        if (raw) fileDerived.set(cell.key, { text: raw, where });
        continue;
      }
      const { text, unit } = cell.kind === "amount" ? amountUnit(excelCell, raw, headerOf(col)) : { text: raw, unit: undefined };
      const parsed = parseCellInput(cell, text);
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
