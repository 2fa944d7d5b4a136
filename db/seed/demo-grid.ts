/**
 * A year of demo values for all reporting units at once: cell key → one number per unit
 * (in DEMO_REPORTING_UNITS order). Amounts are integers of 0.0001 (see prng.ts) with a unit each.
 */
import type { AmountUnit, ReportFormat, ReportValues } from "@/lib/report-format";
import { unitsToAmount } from "./prng";
import { DEMO_REPORTING_UNITS } from "./units";

export interface DemoGrid {
  cells: Record<string, number[]>;
  /** For amount cells only: the unit each unit recorded. */
  amountUnits: Record<string, AmountUnit[]>;
}

export const UNIT_COUNT = DEMO_REPORTING_UNITS.length;

export function unitIndex(code: string): number {
  const i = DEMO_REPORTING_UNITS.findIndex((u) => u.code === code);
  if (i < 0) throw new Error(`Not a demo reporting unit: ${code}`);
  return i;
}

export function zeros(): number[] {
  return DEMO_REPORTING_UNITS.map(() => 0);
}

export function sumOf(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** The unit's values in the format's input cells, as stored (canonical strings). */
export function gridToValues(grid: DemoGrid, format: ReportFormat, unit: number): ReportValues {
  const out: ReportValues = {};
  for (const cell of format.inputCells) {
    const column = grid.cells[cell.key];
    if (!column) throw new Error(`Demo data has no values for ${cell.key} (format ${format.id})`);
    const v = column[unit];
    if (cell.kind === "amount") {
      out[cell.key] = { value: unitsToAmount(v), unit: grid.amountUnits[cell.key]?.[unit] ?? "万元" };
    } else {
      out[cell.key] = { value: String(v) };
    }
  }
  return out;
}
