import type { AmountUnit, ReportFormat, ReportValues } from "@/lib/report-format";
import { amountToScaled, baseUnitOf, countOf, formatValue, minus, scaledOf, signed } from "./decimal";
import { aggMissingFinding, overrideFinding, rejectedOverrideFinding } from "./findings";
import type { ConsolidatedCell, Consolidation, ExpectedUnit, OverrideInput, UnitReportInput } from "./types";

/**
 * The consolidated (本级政府) report of a year: every input cell is the sum of the approved units'
 * values plus the office's own entry, unless the office overrides it with a recorded reason (the
 * difference from the sum stays visible). Amounts are summed in 万元, 元 converted. Pure: the caller
 * decides which reports are approved and which units were expected.
 *
 * Linear in the number of filled cells: one pass over each report's values.
 */
export function consolidate(
  format: ReportFormat,
  unitReports: readonly UnitReportInput[],
  officeValues: ReportValues,
  overrides: readonly OverrideInput[],
  expected: readonly ExpectedUnit[] = [],
): Consolidation {
  const inputs = format.inputCells;
  const n = inputs.length;
  const index = new Map<string, number>();
  inputs.forEach((c, i) => index.set(c.key, i));
  const base: (AmountUnit | undefined)[] = inputs.map((c) => (c.kind === "amount" ? baseUnitOf(c) : undefined));
  const counts = new Float64Array(n);
  const amounts = new Map<number, bigint>();
  const filled = new Uint32Array(n);

  const add = (values: ReportValues) => {
    for (const key in values) {
      const i = index.get(key);
      if (i === undefined) continue;
      const entry = values[key];
      const unit = base[i];
      if (unit) {
        const v = amountToScaled(entry, unit);
        if (v === null) continue;
        amounts.set(i, (amounts.get(i) ?? 0n) + v);
      } else {
        const v = countOf(entry.value);
        if (v === null) continue;
        counts[i] += v;
      }
      filled[i]++;
    }
  };
  for (const r of unitReports) add(r.values);
  add(officeValues);

  const cells: Record<string, ConsolidatedCell> = {};
  const values: ReportValues = {};
  for (let i = 0; i < n; i++) {
    const key = inputs[i].key;
    const unit = base[i];
    const sum = filled[i] === 0 ? null : unit ? formatValue(amounts.get(i) ?? 0n) : String(counts[i]);
    cells[key] = { key, sum, value: sum, filledBy: filled[i], ...(unit ? { unit } : {}) };
    if (sum !== null) values[key] = { value: sum, ...(unit ? { unit } : {}) };
  }

  const findings = [];
  for (const o of overrides) {
    const cell = format.cellByKey.get(o.cellKey);
    const target = cells[o.cellKey];
    const v = cell && target ? scaledOf(cell, { value: o.value, ...(o.unit ? { unit: o.unit } : {}) }) : null;
    if (!cell || !target || v === null) {
      findings.push(rejectedOverrideFinding(format, o));
      continue;
    }
    const sumScaled = target.sum === null ? (cell.kind === "amount" ? 0n : 0) : scaledOf(cell, values[o.cellKey])!;
    const value = formatValue(v);
    target.value = value;
    target.override = {
      value: o.value,
      ...(o.unit ? { unit: o.unit } : {}),
      reason: o.reason,
      difference: signed(formatValue(minus(v, sumScaled))),
      ...(o.updatedAt !== undefined ? { updatedAt: o.updatedAt } : {}),
      ...(o.updatedByName !== undefined ? { updatedByName: o.updatedByName } : {}),
    };
    values[o.cellKey] = { value, ...(target.unit ? { unit: target.unit } : {}) };
    findings.push(overrideFinding(format, cell, target));
  }

  const included = new Set(unitReports.map((r) => r.unitId));
  const missing = expected.filter((u) => !included.has(u.unitId));
  if (missing.length > 0) findings.push(aggMissingFinding(missing));

  return { format, values, cells, findings, missing, unitCount: unitReports.length };
}
