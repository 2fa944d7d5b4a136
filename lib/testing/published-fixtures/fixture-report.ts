import { demoNarratives } from "@/db/seed/demo-narratives";
import { demoFormat, demoValues } from "@/db/seed/demo-values";
import { DISTRICT_NARRATIVE_2020 } from "@/db/seed/district-narrative-2020";
import { REFERENCE_2020_AMOUNT_UNIT, REFERENCE_2020_DERIVED, REFERENCE_2020_INPUTS, REFERENCE_FORMAT, REFERENCE_YEAR } from "@/db/seed/reference-2020";
import { DEMO_GOVERNMENT_NAME, demoUnit } from "@/db/seed/units";
import { computeDerived, resolveFormat, type AmountUnit, type ReportFormat, type ReportValues } from "@/lib/report-format";

/**
 * A published report as the fixtures print it: what is on the page, not what the app stores. Every renderer
 * (HTML, Word, PDF via HTML, text) prints from this, so one report gives the same figures in every shape.
 */
export interface FixtureReport {
  format: ReportFormat;
  unitName: string;
  year: number;
  /** Printed text per cell key, totals included; a missing key prints blank. */
  cells: Record<string, string>;
  /** The unit each amount is in; the renderers print it in the column header (or after the number). */
  amountUnits: Record<string, AmountUnit>;
  /** Narrative per section key (preamble, one, two, five, six); paragraphs separated by "\n". */
  narratives: Record<string, string>;
}

/** A report printed from stored values: the totals are computed, as the app's own exports print them. */
export function fixtureFromValues(
  format: ReportFormat,
  unitName: string,
  year: number,
  values: ReportValues,
  narratives: Record<string, string>,
): FixtureReport {
  const cells: Record<string, string> = {};
  const amountUnits: Record<string, AmountUnit> = {};
  for (const [key, entry] of Object.entries(values)) {
    cells[key] = entry.value;
    if (entry.unit) amountUnits[key] = entry.unit;
  }
  for (const [key, value] of Object.entries(computeDerived(format, values))) if (value !== null) cells[key] = value;
  return { format, unitName, year, cells, amountUnits, narratives: { ...narratives } };
}

/**
 * The district's real 2020 report: its numbers (reference-2020.ts, totals as printed there) with our own
 * narrative for them. The amount is in 万元 here; only the reference itself prints it under a 元 header.
 */
export function reference2020Fixture(): FixtureReport {
  const format = resolveFormat(REFERENCE_FORMAT.version, REFERENCE_FORMAT.localTables);
  const cells = { ...REFERENCE_2020_INPUTS, ...REFERENCE_2020_DERIVED };
  return {
    format,
    unitName: DEMO_GOVERNMENT_NAME,
    year: REFERENCE_YEAR,
    cells,
    amountUnits: { "b9.procurement.amount": REFERENCE_2020_AMOUNT_UNIT },
    narratives: { ...DISTRICT_NARRATIVE_2020 },
  };
}

/** The demo unit the 2021 fixtures print: it has applications of most kinds, a lawsuit and fees. */
export const DEMO_2021_UNIT = "scjg";

/**
 * A demo unit's 2021 report in the 2021 format, printed the way small units print theirs: 规章 as "/"
 * (no rule-making power) and the applicant columns nobody used left blank. Totals still print as numbers.
 */
export function demo2021Fixture(unitCode: string = DEMO_2021_UNIT): FixtureReport {
  const format = demoFormat(2021);
  const unit = demoUnit(unitCode);
  const report = fixtureFromValues(format, `宁波市北仑${unit.name}`, 2021, demoValues(unitCode, 2021), demoNarratives(unitCode, 2021));
  for (const col of ["issued", "repealed", "inForce"]) report.cells[`b1.rules.${col}`] = "/";
  for (const cell of format.inputCells) {
    if (cell.tableId === "t3" && ["research", "publicWelfare", "legal"].includes(cell.colKey) && report.cells[cell.key] === "0") delete report.cells[cell.key];
  }
  return report;
}
