/**
 * Demo values of every reporting unit for every demo year (2019 on), generated deterministically
 * (seeded PRNG) and cached. Usage:
 *
 *   demoValues("edu", 2020)   // ReportValues of 区教育局's 2020 report: every input cell filled
 *   demoFormat(2021)          // the ReportFormat those values belong to
 *
 * Guarantees (checked by demo-data.test.ts):
 * - 2020: the 77 units add up, cell by cell, to the district's real report (reference-2020.ts).
 *   Exactly one unit reports pressConfLeader > pressConf (PRESS_LEADER_SLIP_UNIT) and exactly
 *   one records 采购总金额 in 元 although the number is in 万元 (AMOUNT_UNIT_SLIP_UNIT).
 * - every year, every unit: table 三 balances (T3-BALANCE, T3-HANDLED-SUM).
 * - each year's carriedForward = the next year's carriedOver;
 *   2019 prevCount + change = 2020 prevCount (第二十条第（五）（六）（八）项).
 * Only input cells are returned; derived cells (总计) are left to computeDerived.
 */
import { type ReportFormat, type ReportValues, resolveFormat } from "@/lib/report-format";
import { type DemoGrid, gridToValues, unitIndex } from "./demo-grid";
import { generate2020 } from "./demo-values-2020";
import { generate2019, generate2021Format } from "./demo-values-years";
import { demoYear } from "./demo-years";

export { AMOUNT_UNIT_SLIP_UNIT, PRESS_LEADER_SLIP_UNIT } from "./demo-values-2020";

let g2020: DemoGrid | undefined;
const grids = new Map<number, DemoGrid>();

/** A year's grid; a 2021-format year is built on the year before it, so the years join up. */
function gridOf(year: number): DemoGrid {
  const hit = grids.get(year);
  if (hit) return hit;
  g2020 ??= generate2020();
  const grid = year === 2020 ? g2020 : year === 2019 ? generate2019(g2020) : generate2021Format(year, g2020, gridOf(year - 1));
  grids.set(year, grid);
  return grid;
}

/** The format of a demo report year (national version plus local tables). */
export function demoFormat(year: number): ReportFormat {
  const y = demoYear(year);
  return resolveFormat(y.formatVersion, y.localTables);
}

/** All input cells of one unit's report for one demo year. Returns a fresh object. */
export function demoValues(unitCode: string, year: number): ReportValues {
  const y = demoYear(year);
  return gridToValues(gridOf(y.year), demoFormat(year), unitIndex(unitCode));
}
