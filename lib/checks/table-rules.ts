import type {
  AverageInstance,
  CasesInstance,
  CompareInstance,
  ForbiddenInstance,
  PositiveWhileZeroInstance,
  SumInstance,
  Term,
} from "./compile";
import { type Env, report } from "./env";
import { cellNames, formatNumber } from "./labels";
import type { Num, ValueReader } from "./values";

/** Evaluates the compiled table declarations (compile.ts) of one report. */
export function runTableRules(env: Env): void {
  for (const inst of env.compiled.instances) {
    switch (inst.kind) {
      case "compare":
        compare(env, inst);
        break;
      case "sum":
        sum(env, inst);
        break;
      case "positiveWhileZero":
        positiveWhileZero(env, inst);
        break;
      case "forbiddenRow":
        forbidden(env, inst);
        break;
      case "average":
        average(env, inst);
        break;
      case "casesWithoutApplications":
        casesWithoutApplications(env, inst);
        break;
    }
  }
}

const OP_FAILS = { "=": "不等于", "<=": "大于", ">=": "小于" } as const;

interface Resolved {
  key: string;
  term: Term;
  reader: ValueReader;
  value: Num;
}

function resolve(env: Env, terms: Term[]): Resolved[] | null {
  const out: Resolved[] = [];
  for (const term of terms) {
    const reader = term.prev ? env.prev : env.cur;
    if (!reader) return null;
    const key = term.prev ? term.keys.find((k) => reader.has(k)) : term.keys[0];
    if (key === undefined) return null;
    out.push({ key, term, reader, value: reader.get(key) });
  }
  return out;
}

function total(side: Resolved[]): number {
  let s = 0;
  for (const r of side) s += r.term.sign * (r.value ?? 0);
  return s;
}

function describe(side: Resolved[], name: string | undefined, value: number): string {
  if (side.length === 0) return "0";
  if (name) return `${name}（${formatNumber(value)}）`;
  const parts = side.map((r, i) => {
    const label = cellNames(r.reader.format, r.key)[r.term.naming];
    const text = `${r.term.prev ? "上年报告的" : ""}${label}（${formatNumber(r.value ?? 0)}）`;
    return i === 0 ? (r.term.sign < 0 ? `负${text}` : text) : `${r.term.sign < 0 ? "减" : "加"}${text}`;
  });
  return side.length === 1 && side[0].term.sign > 0 ? parts[0] : `${parts.join("")}，合计${formatNumber(value)}`;
}

function compare(env: Env, inst: CompareInstance): void {
  const lhs = resolve(env, inst.lhs);
  const rhs = resolve(env, inst.rhs);
  if (!lhs || !rhs) return;
  // Last year's report says nothing of these cells (never filled in): there is nothing to compare with, not a 0.
  const previous = lhs.concat(rhs).filter((x) => x.term.prev);
  if (previous.length > 0 && previous.every((x) => x.value === null)) return;
  let anyValue = false;
  for (const r of lhs.concat(rhs)) {
    if (r.value === null) continue;
    if (Number.isNaN(r.value)) return;
    anyValue = true;
  }
  if (!anyValue) return;
  const l = total(lhs);
  const r = total(rhs);
  const ok = inst.op === "=" ? Math.abs(l - r) <= inst.tolerance : inst.op === "<=" ? l <= r : l >= r;
  if (ok) return;
  const listed = !inst.lhsName && (lhs.length > 1 || (lhs.length === 1 && lhs[0].term.sign < 0));
  const message = `${inst.scope ? `${inst.scope}：` : ""}${describe(lhs, inst.lhsName, l)}${listed ? "，" : ""}${OP_FAILS[inst.op]}${describe(rhs, inst.rhsName, r)}`;
  const cells = lhs.concat(rhs).filter((x) => !x.term.prev).map((x) => x.key);
  report(env, inst.id, message, cells);
}

function sum(env: Env, inst: SumInstance): void {
  // A total the form computes cannot disagree with its parts: only stored totals are checked.
  if (!env.cur.isStored(inst.total)) return;
  const t = env.cur.get(inst.total)!;
  let s = 0;
  for (const p of inst.parts) {
    const v = env.cur.get(p);
    if (v === null) continue;
    if (Number.isNaN(v)) return;
    s += v;
  }
  if (Number.isNaN(t) || t === s) return;
  const message = `${inst.scope ? `${inst.scope}：` : ""}${inst.totalName}（${formatNumber(t)}）不等于${inst.partsName}（${formatNumber(s)}）`;
  report(env, inst.id, message, [inst.total, ...inst.parts]);
}

function positiveWhileZero(env: Env, inst: PositiveWhileZeroInstance): void {
  const p = env.cur.get(inst.positive);
  if (p === null || !(p > 0)) return;
  for (const z of inst.zero) {
    const v = env.cur.get(z);
    if (v !== null && v !== 0) return;
  }
  const names = cellNames(env.format, inst.positive);
  const zeroNames = inst.zero.map((z) => cellNames(env.format, z).column).join("、");
  const message = `${inst.scope}：${names.column}为${formatNumber(p)}，但${zeroNames}均为0`;
  report(env, inst.id, message, [inst.positive, ...inst.zero]);
}

function forbidden(env: Env, inst: ForbiddenInstance): void {
  if (inst.unless === "canMakeRules" && env.ctx.canMakeRules) return;
  const filled = inst.cells.filter((c) => (env.cur.get(c) ?? 0) > 0);
  if (filled.length === 0) return;
  const listed = filled.map((c) => `${cellNames(env.format, c).column}（${formatNumber(env.cur.get(c)!)}）`).join("、");
  report(env, inst.id, `${inst.reason}，但“${inst.rowName}”填报了数量：${listed}`, filled);
}

function average(env: Env, inst: AverageInstance): void {
  const count = env.cur.get(inst.count);
  const amount = env.cur.get(inst.amount);
  const wan = env.cur.wan(inst.amount);
  if (count === null || amount === null || wan === null || !(count > 0) || !(amount > 0)) return;
  const perWan = wan / count;
  if (perWan >= inst.minWan && perWan <= inst.maxWan) return;
  const unit = env.ctx.report.values[inst.amount]?.unit ?? "万元";
  const toUnit = unit === "元" ? 10_000 : 1;
  const per = perWan * toUnit;
  const perText = per >= 0.01 ? formatNumber(Math.round(per * 100) / 100) : per.toPrecision(2);
  const names = cellNames(env.format, inst.amount);
  const bound = perWan < inst.minWan ? `低于${formatNumber(inst.minWan * toUnit)}${unit}` : `高于${formatNumber(inst.maxWan * toUnit)}${unit}`;
  const message =
    `${names.row}：${names.column}${formatNumber(amount)}${unit}、${cellNames(env.format, inst.count).column}${formatNumber(count)}${inst.countUnit}，` +
    `平均每个项目约${perText}${unit}，${bound}，金额单位可能填错`;
  report(env, inst.id, message, [inst.amount, inst.count]);
}

function casesWithoutApplications(env: Env, inst: CasesInstance): void {
  const apps = (reader: ValueReader) => reader.sum(inst.applications.filter((k) => reader.has(k)));
  // Blank table 三: nothing to compare with yet.
  if (apps(env.cur) !== 0) return;
  if (env.prev && (apps(env.prev) ?? 0) !== 0) return;
  const withCases = inst.cases.filter((k) => (env.cur.get(k) ?? 0) > 0);
  if (withCases.length === 0) return;
  const n = withCases.reduce((s, k) => s + env.cur.get(k)!, 0);
  const years = env.prev ? "本年度和上年度均" : "本年度";
  const message = `${years}没有新收或结转的政府信息公开申请，但有因政府信息公开引起的行政复议、行政诉讼${formatNumber(n)}件`;
  report(env, inst.id, message, [...withCases, ...inst.applications]);
}
