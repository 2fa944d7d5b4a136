import type { ReportFormat, ReportValues } from "@/lib/report-format";

/** Blank (null), a number, or NaN for a value that is not a number at all (VAL-TYPE reports it). */
export type Num = number | null;

function parse(raw: string): number {
  return raw.trim() === "" ? NaN : Number(raw);
}

/**
 * Reads one report's numbers: the stored value of a cell where there is one (inputs, and derived
 * cells of imported or consolidated reports), otherwise, for a derived cell, the sum of its parts
 * read the same way. A derived cell is blank only when all its parts are.
 */
export class ValueReader {
  private readonly memo = new Map<string, Num>();

  constructor(
    readonly format: ReportFormat,
    readonly values: ReportValues,
  ) {}

  has(key: string): boolean {
    return this.format.cellByKey.has(key);
  }

  isStored(key: string): boolean {
    return this.values[key] !== undefined;
  }

  /** Stored or computed value. */
  get(key: string): Num {
    const hit = this.memo.get(key);
    if (hit !== undefined) return hit;
    let result: Num;
    const entry = this.values[key];
    if (entry) result = parse(entry.value);
    else {
      const parts = this.format.cellByKey.get(key)?.sumOf;
      result = parts ? this.sum(parts) : null;
    }
    this.memo.set(key, result);
    return result;
  }

  /** Sum of cells, blanks as 0; null when all are blank. */
  sum(keys: readonly string[]): Num {
    let total = 0;
    let any = false;
    for (const k of keys) {
      const v = this.get(k);
      if (v !== null) {
        total += v;
        any = true;
      }
    }
    return any ? total : null;
  }

  /** An amount converted to 万元 using its stored unit (万元 when none is stored). */
  wan(key: string): Num {
    const v = this.get(key);
    if (v === null) return null;
    return this.values[key]?.unit === "元" ? v / 10_000 : v;
  }
}
