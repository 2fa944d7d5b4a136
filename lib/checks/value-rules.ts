import { type CellDef, type CellEntry, isValidStoredValue, parseCellInput, type ReportFormat } from "@/lib/report-format";
import { VALUE_RULES } from "./declarations";
import { type Env, report } from "./env";
import { cellNames, formatNumber, sectionName } from "./labels";

/** VAL-TYPE, VAL-BLANK and VAL-OUTLIER: checks over every value of a report. */
export function runValueRules(env: Env): void {
  valueTypes(env);
  blanks(env);
  outliers(env);
}

const COUNT = /^(?:0|[1-9]\d{0,9})$/;
const SIGNED = /^(?:0|-?[1-9]\d{0,9})$/;

/** Cheap acceptance of the common case; anything else goes through isValidStoredValue. */
function plainlyValid(cell: CellDef, entry: CellEntry): boolean {
  if (entry.unit !== undefined || cell.kind === "amount") return false;
  const pattern = cell.kind === "signed" ? SIGNED : COUNT;
  return pattern.test(entry.value) && Math.abs(Number(entry.value)) <= 1_000_000_000;
}

function typeProblem(cell: CellDef, entry: CellEntry): string | null {
  if (plainlyValid(cell, entry) || isValidStoredValue(cell, entry)) return null;
  const parsed = parseCellInput(cell, entry.value, entry.unit);
  if (!parsed.ok) return `“${entry.value}”无效：${parsed.message}`;
  if (parsed.value === null) return "存有空值";
  if (parsed.value !== entry.value) return `“${entry.value}”格式不规范，应为“${parsed.value}”`;
  if (cell.kind === "amount") {
    if (entry.unit === undefined) return "缺少金额单位";
    return `金额单位“${entry.unit}”无效，应为${(cell.units ?? []).join("或")}`;
  }
  return "该单元格不应带单位";
}

function valueTypes(env: Env): void {
  const values = env.ctx.report.values;
  for (const key in values) {
    const cell = env.format.cellByKey.get(key);
    if (!cell) continue;
    const problem = typeProblem(cell, values[key]);
    if (problem) report(env, VALUE_RULES.type.id, `${cellNames(env.format, key).cell}：${problem}`, [key]);
  }
}

const inputsBySection = new Map<string, { sectionKey: string; keys: string[] }[]>();

function sectionInputs(format: ReportFormat): { sectionKey: string; keys: string[] }[] {
  let hit = inputsBySection.get(format.id);
  if (!hit) {
    const sectionOf = new Map<string, string>();
    for (const s of format.sections) for (const t of s.tableIds) sectionOf.set(t, s.key);
    hit = format.sections
      .map((s) => ({ sectionKey: s.key, keys: format.inputCells.filter((c) => sectionOf.get(c.tableId) === s.key).map((c) => c.key) }))
      .filter((s) => s.keys.length > 0);
    inputsBySection.set(format.id, hit);
  }
  return hit;
}

function blanks(env: Env): void {
  const values = env.ctx.report.values;
  const { id, listed } = VALUE_RULES.blank;
  for (const { sectionKey, keys } of sectionInputs(env.format)) {
    const blank = keys.filter((k) => values[k] === undefined);
    if (blank.length === 0) continue;
    const names = blank.slice(0, listed).map((k) => cellNames(env.format, k).cell);
    const more = blank.length > listed ? "等" : "";
    const message = `${sectionName(env.format, sectionKey)}：有${blank.length}个单元格未填写（没有发生的请填0）：${names.join("、")}${more}`;
    report(env, id, message, blank);
  }
}

/** Input cells that mean the same in both formats (same key, same kind), per pair of formats. */
const comparable = new Map<string, CellDef[]>();

function comparableCells(format: ReportFormat, previous: ReportFormat): CellDef[] {
  const id = `${format.id}>${previous.id}`;
  let hit = comparable.get(id);
  if (!hit) {
    hit = format.inputCells.filter((c) => c.kind !== "signed" && previous.cellByKey.get(c.key)?.kind === c.kind);
    comparable.set(id, hit);
  }
  return hit;
}

function outliers(env: Env): void {
  const prev = env.prev;
  if (!prev) return;
  const { id, factor, minPrevious } = VALUE_RULES.outlier;
  for (const cell of comparableCells(env.format, prev.format)) {
    const amount = cell.kind === "amount";
    const before = amount ? prev.wan(cell.key) : prev.get(cell.key);
    if (before === null || !(before >= minPrevious)) continue;
    const now = amount ? env.cur.wan(cell.key) : env.cur.get(cell.key);
    if (now === null || Number.isNaN(now) || (now <= before * factor && now * factor >= before)) continue;
    const unit = amount ? "万元" : "";
    const message = `${cellNames(env.format, cell.key).cell}：本年${formatNumber(now)}${unit}，上年${formatNumber(before)}${unit}，相差${factor}倍以上`;
    report(env, id, message, [cell.key]);
  }
}
