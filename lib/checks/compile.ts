import { cellKey, type ReportFormat, type TableDef } from "@/lib/report-format";
import type { CheckId } from "./catalogue";
import { type AverageRule, type CompareRule, type ForEach, TABLE_RULES, type TableRule } from "./declarations";
import { cellNames } from "./labels";

/**
 * Table declarations expanded over one format into concrete comparisons of cell keys, once per
 * format (cached by format id): running the checks then only reads numbers.
 */

/** One operand: a cell of this report, or of the previous report (first alternative present there). */
export interface Term {
  keys: string[];
  prev: boolean;
  sign: 1 | -1;
  /** Which part of the cell's name messages use: its row, its column, or both. */
  naming: "row" | "column" | "cell";
}

export interface CompareInstance {
  kind: "compare";
  id: CheckId;
  op: CompareRule["op"];
  lhs: Term[];
  rhs: Term[];
  lhsName?: string;
  rhsName?: string;
  tolerance: number;
  /** "自然人" for a column rule on table 三; absent in list tables. */
  scope?: string;
}

export interface SumInstance {
  kind: "sum";
  id: CheckId;
  total: string;
  parts: string[];
  scope?: string;
  totalName: string;
  partsName: string;
}

export interface PositiveWhileZeroInstance {
  kind: "positiveWhileZero";
  id: CheckId;
  positive: string;
  zero: string[];
  scope: string;
}

export interface ForbiddenInstance {
  kind: "forbiddenRow";
  id: CheckId;
  cells: string[];
  unless: "canMakeRules";
  reason: string;
  rowName: string;
}

/** An average check needs no expanding: the declaration itself, without `requires` (which decided that it applies). */
export type AverageInstance = Omit<AverageRule, "requires">;

export interface CasesInstance {
  kind: "casesWithoutApplications";
  id: CheckId;
  applications: string[];
  cases: string[];
}

export type Instance = CompareInstance | SumInstance | PositiveWhileZeroInstance | ForbiddenInstance | AverageInstance | CasesInstance;

export interface CompiledFormat {
  instances: Instance[];
  /** Table id → section key. */
  sectionOfTable: Map<string, string>;
  /** Section key → display order (preamble first). */
  sectionOrder: Map<string, number>;
}

type Scope = { key: string; name?: string };

/** The columns (or rows) a rule runs over, with the names messages prefix; none for a list table's one column. */
function scopesOf(format: ReportFormat, table: TableDef, forEach: ForEach, includeDerived: boolean): Scope[] {
  if (forEach === "column") {
    const single = table.layout === "list";
    return table.columns
      .filter((c) => includeDerived || !c.sumOf)
      .map((c) => ({ key: c.key, name: single ? undefined : cellNames(format, cellKey(table, table.rows[0].key, c.key)).column }));
  }
  return table.rows
    .filter((r) => includeDerived || !r.sumOf)
    .map((r) => ({ key: r.key, name: cellNames(format, cellKey(table, r.key, table.columns[0].key)).row }));
}

function keyIn(table: TableDef, forEach: ForEach, scope: string, operand: string): string {
  return forEach === "column" ? cellKey(table, operand, scope) : cellKey(table, scope, operand);
}

/** Parses "-prev:a|b" into a term over one scope; null when a current-report operand is not in the format. */
function term(format: ReportFormat, table: TableDef, forEach: ForEach, scope: string, operand: string): Term | null {
  let s = operand;
  const sign = s.startsWith("-") ? -1 : 1;
  if (sign < 0) s = s.slice(1);
  const prev = s.startsWith("prev:");
  if (prev) s = s.slice(5);
  const keys = s.split("|").map((o) => keyIn(table, forEach, scope, o));
  const naming = forEach === "column" ? "row" : "column";
  if (prev) return { keys, prev, sign, naming };
  const present = keys.find((k) => format.cellByKey.has(k));
  return present ? { keys: [present], prev, sign, naming } : null;
}

function terms(format: ReportFormat, table: TableDef, forEach: ForEach, scope: string, operands: readonly string[]): Term[] | null {
  const out: Term[] = [];
  for (const o of operands) {
    const t = term(format, table, forEach, scope, o);
    if (!t) return null;
    out.push(t);
  }
  return out;
}

function expand(format: ReportFormat, rule: TableRule, tables: Map<string, TableDef>): Instance[] {
  const out: Instance[] = [];
  const has = (k: string) => format.cellByKey.has(k);
  switch (rule.kind) {
    case "compare":
      for (const table of rule.tables.map((t) => tables.get(t)).filter((t) => t !== undefined)) {
        for (const scope of scopesOf(format, table, rule.forEach, false)) {
          const lhs = terms(format, table, rule.forEach, scope.key, rule.lhs);
          const rhs = terms(format, table, rule.forEach, scope.key, rule.rhs);
          if (!lhs || !rhs) continue;
          const base = { kind: "compare", id: rule.id, op: rule.op, rhs, tolerance: rule.tolerance ?? 0, scope: scope.name } as const;
          if (rule.eachLhs) for (const t of lhs) out.push({ ...base, lhs: [t], rhsName: rule.rhsName });
          else out.push({ ...base, lhs, lhsName: rule.lhsName, rhsName: rule.rhsName });
        }
      }
      break;
    case "partOf":
      for (const table of rule.tables.map((t) => tables.get(t)).filter((t) => t !== undefined)) {
        for (const row of table.rows.filter((r) => r.partOf && table.rows.some((w) => w.key === r.partOf))) {
          for (const scope of scopesOf(format, table, "column", false)) {
            const lhs = terms(format, table, "column", scope.key, [row.key]);
            const rhs = terms(format, table, "column", scope.key, [row.partOf!]);
            if (lhs && rhs) out.push({ kind: "compare", id: rule.id, op: "<=", lhs, rhs, tolerance: 0, scope: scope.name });
          }
        }
      }
      break;
    case "sum":
      for (const table of rule.tables.map((t) => tables.get(t)).filter((t) => t !== undefined)) {
        const along = rule.forEach === "column" ? table.rows : table.columns;
        const partOperands = rule.parts ?? along.find((x) => x.key === rule.total)?.sumOf;
        if (!partOperands) continue;
        for (const scope of scopesOf(format, table, rule.forEach, true)) {
          const total = keyIn(table, rule.forEach, scope.key, rule.total);
          const parts = partOperands.map((p) => keyIn(table, rule.forEach, scope.key, p));
          if (!has(total) || !parts.every(has)) continue;
          const axis = rule.forEach === "column" ? "row" : "column";
          const totalName = cellNames(format, total)[axis];
          const partsName = rule.partsName ?? `${parts.map((p) => cellNames(format, p)[axis]).join("、")}之和`;
          out.push({ kind: "sum", id: rule.id, total, parts, scope: scope.name, totalName, partsName });
        }
      }
      break;
    case "positiveWhileZero":
      for (const table of rule.tables.map((t) => tables.get(t)).filter((t) => t !== undefined)) {
        for (const scope of scopesOf(format, table, "row", false)) {
          const positive = keyIn(table, "row", scope.key, rule.positive);
          const zero = rule.zero.map((z) => keyIn(table, "row", scope.key, z));
          if (has(positive) && zero.every(has)) out.push({ kind: rule.kind, id: rule.id, positive, zero, scope: scope.name! });
        }
      }
      break;
    case "forbiddenRow": {
      const table = tables.get(rule.table);
      const row = table?.rows.find((r) => r.key === rule.row);
      if (!table || !row) break;
      const cells = table.columns.filter((c) => !c.sumOf).map((c) => cellKey(table, row.key, c.key));
      out.push({ kind: rule.kind, id: rule.id, cells, unless: rule.unless, reason: rule.reason, rowName: cellNames(format, cells[0]).row });
      break;
    }
    case "average":
      if (has(rule.amount) && has(rule.count)) {
        const { kind, id, amount, count, minWan, maxWan, countUnit } = rule;
        out.push({ kind, id, amount, count, minWan, maxWan, countUnit });
      }
      break;
    case "casesWithoutApplications":
      if (rule.applications.every(has) && rule.cases.every(has)) {
        out.push({ kind: rule.kind, id: rule.id, applications: [...rule.applications], cases: [...rule.cases] });
      }
      break;
  }
  return out;
}

const cache = new Map<string, CompiledFormat>();

export function compileFormat(format: ReportFormat): CompiledFormat {
  const hit = cache.get(format.id);
  if (hit) return hit;
  const tables = new Map(format.tables.map((t) => [t.id, t]));
  const instances = TABLE_RULES.filter((r) => !r.requires || format.version.capabilities.includes(r.requires)).flatMap((r) =>
    expand(format, r, tables),
  );
  const sectionOfTable = new Map<string, string>();
  for (const s of format.sections) for (const t of s.tableIds) sectionOfTable.set(t, s.key);
  const sectionOrder = new Map<string, number>([[format.preamble.key, -1]]);
  format.sections.forEach((s, i) => sectionOrder.set(s.key, i));
  const compiled: CompiledFormat = { instances, sectionOfTable, sectionOrder };
  cache.set(format.id, compiled);
  return compiled;
}
