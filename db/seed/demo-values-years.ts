/**
 * 2019 and 2021-format demo values, built unit by unit around the unit's 2020 values so that the
 * years join up: applications carried forward one year are carried over the next, and the
 * items of 第二十条 counted at the end of 2019 are the 上一年项目数量 of 2020.
 */
import { resolveFormat, resultRowKeys, tableById } from "@/lib/report-format";
import type { AmountUnit } from "@/lib/report-format";
import { type DemoGrid, UNIT_COUNT, zeros } from "./demo-grid";
import { type Rng, between, intBetween, rngFor, roundRandom } from "./prng";
import { T3_COLUMNS } from "./reference-2020";
import { profileOf } from "./unit-profiles";
import { DEMO_REPORTING_UNITS } from "./units";

const T4_CELLS = ["review", "suitDirect", "suitAfterReview"].flatMap((g) =>
  ["upheld", "corrected", "other", "pending"].map((c) => `t4.${g}.${c}`),
);

function emptyGrid(keys: readonly string[]): DemoGrid {
  const cells: Record<string, number[]> = {};
  for (const key of keys) cells[key] = zeros();
  return { cells, amountUnits: {} };
}

const hasTag = (unit: number, tag: string) => profileOf(DEMO_REPORTING_UNITS[unit].code).tags.split(" ").includes(tag);
const hasApplications = (unit: number) => hasTag(unit, "A") || hasTag(unit, "a");

/**
 * One unit's table 三 for a year: result rows scaled from its 2020 rows, carriedOver given,
 * carriedForward chosen, received = handled + carriedForward − carriedOver (T3-BALANCE).
 */
function table3For(
  rng: Rng,
  resultRows: readonly string[],
  from2020: (row: string, col: string) => number,
  carriedOver: (col: string) => number,
  carriedForward: (col: string, handled: number) => number,
  factor: number,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const col of T3_COLUMNS) {
    let handled = 0;
    for (const row of resultRows) {
      const v = roundRandom(rng, from2020(row, col) * factor * between(rng, 0.8, 1.2));
      out[`t3.${row}.${col}`] = v;
      handled += v;
    }
    const over = carriedOver(col);
    const forward = carriedForward(col, handled);
    if (handled + forward < over) {
      // Everything carried over was settled this year: count it as granted.
      out[`t3.granted.${col}`] += over - handled - forward;
      handled = over - forward;
    }
    out[`t3.carriedOver.${col}`] = over;
    out[`t3.carriedForward.${col}`] = forward;
    out[`t3.received.${col}`] = handled + forward - over;
  }
  return out;
}

function handledTotal(values: Record<string, number>, resultRows: readonly string[]): number {
  let n = 0;
  for (const row of resultRows) for (const col of T3_COLUMNS) n += values[`t3.${row}.${col}`];
  return n;
}

/** A few table 四 cases for a unit with applications. */
function table4For(rng: Rng, applications: number): Record<string, number> {
  const out: Record<string, number> = {};
  const chance = applications >= 5 ? 0.12 : applications > 0 ? 0.03 : 0;
  for (const key of T4_CELLS) out[key] = rng() < chance ? 1 : 0;
  return out;
}

export function generate2019(g20: DemoGrid): DemoGrid {
  const format = resolveFormat("2019");
  const resultRows = resultRowKeys(tableById(format, "t3"));
  const grid = emptyGrid(format.inputCells.map((c) => c.key));
  const c20 = g20.cells;
  const set = (key: string, i: number, v: number) => (grid.cells[key][i] = v);

  for (let i = 0; i < UNIT_COUNT; i++) {
    const rng = rngFor("2019", DEMO_REPORTING_UNITS[i].code);
    const growth = between(rng, 0.75, 1.15);

    // 规范性文件: the stock before 2020's publications; made and published in 2019 fit in it.
    const stock = c20["b1.normative.total"][i] - c20["b1.normative.published"][i];
    let made = c20["b1.normative.made"][i];
    made = hasTag(i, "P") ? roundRandom(rng, (made || between(rng, 0, 1.5)) * between(rng, 0.6, 1.4)) : 0;
    made = Math.min(made, stock);
    set("b1.normative.made", i, made);
    set("b1.normative.published", i, made);
    set("b1.normative.total", i, stock);

    // Items at the end of 2019 = 2020's 上一年项目数量: prevCount(2019) + change(2019) = prevCount(2020).
    for (const row of ["b5.licensing", "b5.otherServices", "b6.penalty", "b6.enforcement", "b8.fees"]) {
      const prev20 = c20[`${row}.prevCount`][i];
      const change = prev20 === 0 ? 0 : roundRandom(rng, prev20 * between(rng, -0.08, 0.25));
      set(`${row}.change`, i, change);
      set(`${row}.prevCount`, i, prev20 - change);
      if (row !== "b8.fees") {
        set(`${row}.decisions`, i, roundRandom(rng, c20[`${row}.decisions`][i] * growth * between(rng, 0.9, 1.1)));
      }
    }

    // 政府集中采购, all recorded in 万元 (the 元 slip is a 2020 event).
    const projects20 = c20["b9.procurement.projects"][i];
    const projects = roundRandom(rng, projects20 * between(rng, 0.8, 1.2));
    set("b9.procurement.projects", i, projects);
    const perProject = projects20 > 0 ? c20["b9.procurement.amount"][i] / projects20 : 0;
    set("b9.procurement.amount", i, Math.round(projects * perProject * between(rng, 0.85, 1.15)));

    const t3 = table3For(
      rng,
      resultRows,
      (row, col) => c20[`t3.${row}.${col}`][i],
      (col) => (col === "natural" && hasApplications(i) && rng() < 0.15 ? 1 : 0),
      (col) => c20[`t3.carriedOver.${col}`][i],
      between(rng, 0.5, 1.2),
    );
    for (const [key, v] of Object.entries(t3)) set(key, i, v);
    for (const [key, v] of Object.entries(table4For(rng, handledTotal(t3, resultRows)))) set(key, i, v);
  }
  grid.amountUnits["b9.procurement.amount"] = DEMO_REPORTING_UNITS.map((): AmountUnit => "万元");
  return grid;
}

/**
 * A year in the 2021 format: its 行政规范性文件 stock and applications carried over follow on from
 * the year before (2020, in the 2019 format, or a 2021-format year); the year's results are drawn
 * around the unit's 2020 rows, so a unit keeps its size over the years instead of drifting.
 */
export function generate2021Format(year: number, g20: DemoGrid, previous: DemoGrid): DemoGrid {
  const format = resolveFormat("2021");
  const resultRows = resultRowKeys(tableById(format, "t3"));
  const grid = emptyGrid(format.inputCells.map((c) => c.key));
  const c20 = g20.cells;
  const prev = previous.cells;
  // The previous year's 行政规范性文件 stock and issue count, under either format's cell names.
  const stockKey = prev["b1.normative.inForce"] ? "b1.normative.inForce" : "b1.normative.total";
  const issuedKey = prev["b1.normative.issued"] ? "b1.normative.issued" : "b1.normative.made";
  const set = (key: string, i: number, v: number) => (grid.cells[key][i] = v);
  // 2021 kept its looser spread: its values are the ones the end-to-end tests were written against.
  const spread: [number, number] = year === 2021 ? [0.8, 1.5] : [0.85, 1.25];

  for (let i = 0; i < UNIT_COUNT; i++) {
    const rng = rngFor(String(year), DEMO_REPORTING_UNITS[i].code);

    // 行政规范性文件: stock at the end of the previous year, plus issued, minus repealed.
    const stockBefore = prev[stockKey][i];
    const issuedBefore = prev[issuedKey][i];
    const issued = hasTag(i, "P") ? roundRandom(rng, (issuedBefore || between(rng, 0, 1.5)) * between(rng, 0.7, 1.4)) : 0;
    const repealed = stockBefore > 0 ? roundRandom(rng, stockBefore * between(rng, 0, 0.12)) : 0;
    set("b1.normative.issued", i, issued);
    set("b1.normative.repealed", i, repealed);
    set("b1.normative.inForce", i, stockBefore + issued - repealed);

    for (const row of ["b5.licensing", "b6.penalty", "b6.enforcement"]) {
      set(`${row}.decisions`, i, roundRandom(rng, c20[`${row}.decisions`][i] * between(rng, 0.9, 1.25)));
    }
    // 本年收费金额（单位：万元）, in 0.0001 万元.
    const fees = hasTag(i, "F") ? intBetween(rng, 20_000, 600_000) * profileOf(DEMO_REPORTING_UNITS[i].code).size : 0;
    set("b8.fees.amount", i, fees);

    const t3 = table3For(
      rng,
      resultRows,
      (row, col) => (row.startsWith("other.") ? 0 : (c20[`t3.${row}.${col}`]?.[i] ?? 0)),
      (col) => prev[`t3.carriedForward.${col}`][i],
      (col, handled) => (col === "natural" && handled > 0 && rng() < 0.2 ? 1 : 0),
      between(rng, ...spread),
    );
    // A few applicants never supplied what was missing (（六）其他处理 1.).
    const handled = handledTotal(t3, resultRows);
    if (handled >= 3 && rng() < 0.3) {
      t3["t3.other.noCorrection.natural"] += 1;
      t3["t3.received.natural"] += 1;
    }
    for (const [key, v] of Object.entries(t3)) set(key, i, v);
    for (const [key, v] of Object.entries(table4For(rng, handled))) set(key, i, v);
  }
  grid.amountUnits["b8.fees.amount"] = DEMO_REPORTING_UNITS.map((): AmountUnit => "万元");
  return grid;
}
