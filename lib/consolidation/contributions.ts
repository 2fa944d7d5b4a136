import type { CellDef, ReportFormat, ReportValues } from "@/lib/report-format";
import { baseUnitOf, compare, formatValue, scaledOf, type Scaled } from "./decimal";
import type { Contribution, DrillDown, UnitReportInput } from "./types";

/** The input cells a cell adds up (itself for an input cell), each as often as it counts. */
function leavesOf(format: ReportFormat, key: string, out: CellDef[] = []): CellDef[] {
  const cell = format.cellByKey.get(key);
  if (!cell) return out;
  if (!cell.sumOf) out.push(cell);
  else for (const part of cell.sumOf) leavesOf(format, part, out);
  return out;
}

function plus(a: Scaled | null, b: Scaled | null): Scaled | null {
  if (a === null) return b;
  if (b === null) return a;
  return typeof a === "bigint" || typeof b === "bigint" ? BigInt(a) + BigInt(b) : a + b;
}

/**
 * Every unit's part of one consolidated number (input or derived cell), largest first, blanks last;
 * the office's own entry is one of the lines. The total is the sum of the lines: it equals the
 * consolidated number unless the office overrode it.
 */
export function drillDown(
  format: ReportFormat,
  unitReports: readonly UnitReportInput[],
  office: { unitId: number; unitName: string; reportId?: number; values: ReportValues },
  key: string,
): DrillDown | null {
  const cell = format.cellByKey.get(key);
  if (!cell) return null;
  const leaves = leavesOf(format, key);
  const line = (r: UnitReportInput, isOffice: boolean): Contribution & { n: Scaled | null } => {
    let n: Scaled | null = null;
    for (const leaf of leaves) n = plus(n, scaledOf(leaf, r.values[leaf.key]));
    const entry = cell.sumOf ? undefined : r.values[key];
    const converted = entry?.unit !== undefined && entry.unit !== baseUnitOf(cell);
    return {
      unitId: r.unitId,
      unitName: r.unitName,
      ...(r.reportId !== undefined ? { reportId: r.reportId } : {}),
      office: isOffice,
      value: n === null ? null : formatValue(n),
      ...(converted ? { entered: `${entry.value} ${entry.unit}` } : {}),
      n,
    };
  };
  const lines = [...unitReports.map((r) => line(r, false)), line(office, true)];
  const order = lines.map((l, i) => ({ l, i }));
  order.sort((a, b) => {
    if (a.l.n === null || b.l.n === null) return a.l.n === null ? (b.l.n === null ? a.i - b.i : 1) : -1;
    return compare(b.l.n, a.l.n) || a.i - b.i;
  });
  let total: Scaled | null = null;
  for (const l of lines) total = plus(total, l.n);
  return {
    key,
    contributions: order.map(({ l }) => {
      const { n: _n, ...rest } = l;
      return rest;
    }),
    total: total === null ? null : formatValue(total),
    ...(cell.kind === "amount" ? { unit: baseUnitOf(cell) } : {}),
  };
}
