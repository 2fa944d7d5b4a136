import { computeDerived, parseCellInput, type AmountUnit, type CellDef, type ReportFormat, type ReportValues } from "@/lib/report-format";
import { NARRATIVE_MAX_CHARS, narrativeProblem, normalizeNarrative } from "@/lib/validation/report-input";
import { emptyImport, type ImportedReport } from "./imported-report";

/**
 * Reads the application's open-data JSON (a published report's download, from this or another
 * installation): values keyed by the format's keys, units, narratives. The file's format version must be
 * the report's: the same key can mean another cell in another version.
 */

const SCHEMA = "gov-disclosure-annual-report/1";

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The input cells a total adds up, through the totals it adds. */
function inputParts(format: ReportFormat, cell: CellDef, out = new Set<string>()): Set<string> {
  for (const key of cell.sumOf ?? []) {
    const part = format.cellByKey.get(key);
    if (part?.sumOf) inputParts(format, part, out);
    else out.add(key);
  }
  return out;
}

/** The printed total as a number, or why it is not one. */
function printedTotal(cell: CellDef, raw: unknown): { value: number | null } | { problem: string } {
  if (raw === null) return { value: null };
  if (typeof raw === "number") return { value: raw };
  if (typeof raw !== "string") return { problem: "文件中的合计不是数字" };
  const parsed = parseCellInput(cell, raw);
  const chars = [...raw.trim()];
  if (!parsed.ok) return { problem: `文件中的合计“${chars.length > 20 ? `${chars.slice(0, 20).join("")}…` : chars.join("")}”不是数字` };
  return { value: parsed.value === null ? null : Number(parsed.value) };
}

/**
 * Totals are computed from the parts, never imported; a printed total that differs from the parts is said,
 * not dropped. A total over a refused or missing part is not compared: its sum is not the file's.
 */
function checkPrintedTotals(format: ReportFormat, values: Record<string, unknown>, result: ImportedReport) {
  const imported: ReportValues = {};
  for (const [key, c] of Object.entries(result.cells)) if (c.value !== null) imported[key] = { value: c.value, ...(c.unit ? { unit: c.unit } : {}) };
  const derived = computeDerived(format, imported);
  for (const cell of format.cells) {
    if (!cell.sumOf || !Object.hasOwn(values, cell.key)) continue;
    const printed = printedTotal(cell, values[cell.key]);
    if ("problem" in printed) {
      result.problems.push(`“${cell.name}”：${printed.problem}；系统自动计算合计，不导入文件中的合计。`);
      continue;
    }
    if (printed.value === null || ![...inputParts(format, cell)].every((k) => Object.hasOwn(result.cells, k))) continue;
    const computed = derived[cell.key];
    if (computed === null || computed === undefined) {
      if (printed.value !== 0) result.notices.push(`文件中“${cell.name}”为 ${printed.value}，而各项均为空白；系统自动计算合计，不导入文件中的合计。`);
    } else if (printed.value !== Number(computed)) {
      result.notices.push(`文件中“${cell.name}”为 ${printed.value}，按各项相加应为 ${computed}；系统自动计算合计，不导入文件中的合计。`);
    }
  }
}

export function readReportJson(text: string, format: ReportFormat): ImportedReport {
  const result = emptyImport("json");
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    result.problems.push("无法读取该文件：不是有效的 JSON 文件。");
    return result;
  }
  if (!isRecord(data) || data.schema !== SCHEMA || !isRecord(data.values)) {
    result.problems.push("该 JSON 文件不是本系统的年度报告开放数据格式，未导入。");
    return result;
  }
  if (data.formatVersion !== format.version.id) {
    result.problems.push(`该文件使用${String(data.formatVersion ?? "未知")}版格式，本报告使用${format.version.id}版格式（${format.version.name}），无法导入。`);
    return result;
  }
  if (typeof data.year === "number") result.fileYear = data.year;
  if (typeof data.organisation === "string") result.fileOrganisation = data.organisation;

  const values = data.values;
  const units = isRecord(data.units) ? data.units : {};
  let foreign = 0;
  for (const key of Object.keys(values)) if (!format.cellByKey.has(key)) foreign++;
  if (foreign > 0) result.notices.push(`文件中有 ${foreign} 个单元格不属于本报告的表格（如本报告未采用的地方表格），已忽略。`);

  for (const cell of format.inputCells) {
    if (!Object.hasOwn(values, cell.key)) continue;
    const raw = values[cell.key];
    if (raw !== null && typeof raw !== "number" && typeof raw !== "string") {
      result.problems.push(`“${cell.name}”：文件中的值不是数字，该格未导入。`);
      continue;
    }
    const unit = cell.kind === "amount" ? units[cell.key] : undefined;
    if (unit !== undefined && !(cell.units ?? []).includes(unit as AmountUnit)) {
      result.problems.push(`“${cell.name}”：金额单位“${String(unit)}”无效，该格未导入。`);
      continue;
    }
    // An amount's decimals are read in its unit (to the 分: 2 in 元, 6 in 万元).
    const parsed = parseCellInput(cell, raw === null ? "" : String(raw), unit as AmountUnit | undefined);
    if (!parsed.ok) {
      result.problems.push(`“${cell.name}”：${parsed.message}该格未导入。`);
      continue;
    }
    if (parsed.value === null || cell.kind !== "amount") {
      result.cells[cell.key] = { value: parsed.value };
      continue;
    }
    result.cells[cell.key] = { value: parsed.value, unit: (unit as AmountUnit | undefined) ?? cell.units?.[0] };
  }
  checkPrintedTotals(format, values, result);

  if (isRecord(data.narratives)) {
    for (const section of format.narrativeSections) {
      const key = section.key;
      const text = data.narratives[key];
      if (typeof text !== "string" || !text.trim()) continue;
      const problem = text.length > NARRATIVE_MAX_CHARS ? `正文超过 ${NARRATIVE_MAX_CHARS} 字，` : narrativeProblem(text);
      const title = section.number ? `第${section.number}部分正文` : section.title;
      if (problem) result.problems.push(`${title}：${problem}未导入。`);
      else result.narratives[key] = normalizeNarrative(text);
    }
  }
  return result;
}
