import type { AmountUnit, CellDef, CellEntry } from "@/lib/report-format";

/**
 * Exact arithmetic for the consolidated report. Counts are integers (plain numbers); amounts are
 * integers in 0.0001 of the cell's consolidation unit (bigint), so that 77 or 10,000 units' amounts
 * add up without floating-point drift.
 */

/** 0.0001 of a unit: amounts have at most 4 decimals. */
const SCALE = 10_000n;
/** 1 万元 = 10,000 元. */
const YUAN_PER_WAN = 10_000n;

const AMOUNT = /^(-?)(\d+)(?:\.(\d{1,4}))?$/;

/** The unit a consolidated amount is expressed in: 万元 where the cell allows it (the national tables do). */
export function baseUnitOf(cell: Pick<CellDef, "units">): AmountUnit {
  return cell.units?.includes("万元") || !cell.units?.length ? "万元" : cell.units[0];
}

/**
 * An amount in 0.0001 of `base`. 元 → 万元 divides by 10,000 and rounds half away from zero to
 * 0.0001 万元 (each unit's contribution is rounded once, so a drill-down adds up to the total).
 * null for text that is not an amount.
 */
export function amountToScaled(entry: CellEntry, base: AmountUnit): bigint | null {
  const m = AMOUNT.exec(entry.value);
  if (!m) return null;
  let n = BigInt(m[2] + (m[3] ?? "").padEnd(4, "0"));
  const from = entry.unit ?? base;
  if (from === "元" && base === "万元") n = (n + YUAN_PER_WAN / 2n) / YUAN_PER_WAN;
  else if (from === "万元" && base === "元") n *= YUAN_PER_WAN;
  return m[1] ? -n : n;
}

/** Canonical decimal text of a scaled amount: no trailing zeros, at most 4 decimals. */
export function formatScaled(n: bigint): string {
  const neg = n < 0n;
  const abs = neg ? -n : n;
  const frac = (abs % SCALE).toString().padStart(4, "0").replace(/0+$/, "");
  return `${neg ? "-" : ""}${abs / SCALE}${frac ? `.${frac}` : ""}`;
}

/** A count or signed value; null for text that is not an integer. */
export function countOf(value: string): number | null {
  const n = +value;
  return value !== "" && Number.isInteger(n) ? n : null;
}

/** A difference with its sign, as people read it: "+3.8496", "-2", "0". */
export function signed(text: string): string {
  return text.startsWith("-") || text === "0" ? text : `+${text}`;
}

/** One cell's value in the arithmetic of its kind; null when blank or not a number. */
export type Scaled = number | bigint;

export function scaledOf(cell: CellDef, entry: CellEntry | undefined): Scaled | null {
  if (!entry) return null;
  return cell.kind === "amount" ? amountToScaled(entry, baseUnitOf(cell)) : countOf(entry.value);
}

export function formatValue(v: Scaled): string {
  return typeof v === "bigint" ? formatScaled(v) : String(v);
}

/** a − b for two values of the same cell. */
export function minus(a: Scaled, b: Scaled): Scaled {
  return typeof a === "bigint" ? a - BigInt(b) : a - Number(b);
}

export function compare(a: Scaled, b: Scaled): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
