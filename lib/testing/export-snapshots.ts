import { demoFormat, demoValues } from "@/db/seed/demo-values";
import { demoNarratives } from "@/db/seed/demo-narratives";
import { DISTRICT_NARRATIVE_2020 } from "@/db/seed/district-narrative-2020";
import { REFERENCE_2020_AMOUNT_UNIT, REFERENCE_2020_DERIVED, REFERENCE_2020_INPUTS } from "@/db/seed/reference-2020";
import { DEMO_GOVERNMENT_NAME, demoUnit } from "@/db/seed/units";
import { beijingTime } from "@/lib/format-date";
import type { OpenDataReport } from "@/lib/publishing/export-json";
import type { LayoutCell, TableLayoutModel } from "@/lib/publishing/export-layout";
import { snapshotTableBlocks } from "@/lib/publishing/report-model";
import { buildSnapshot, type PublishedReport } from "@/lib/publishing/snapshot";
import { cellKey, resolveFormat, type ReportValues, type TableDef } from "@/lib/report-format";

/** Snapshots for the export tests, built the way publishing builds them. */

/** A consolidated-like 2020 report holding exactly the reference report's numbers. */
export function referenceSnapshot(): PublishedReport {
  const format = resolveFormat("2019", ["A"]);
  const values: ReportValues = {};
  for (const [key, value] of Object.entries(REFERENCE_2020_INPUTS)) {
    values[key] = format.cellByKey.get(key)?.kind === "amount" ? { value, unit: REFERENCE_2020_AMOUNT_UNIT } : { value };
  }
  return buildSnapshot({
    kind: "consolidated",
    year: 2020,
    organisation: DEMO_GOVERNMENT_NAME,
    format,
    values,
    narratives: { ...DISTRICT_NARRATIVE_2020 },
    publishedAt: beijingTime(2021, 3, 26, 10),
  });
}

/** A demo unit's report of a demo year (2019: national format only; 2021: the 2021 format). */
export function unitSnapshot(code: string, year: number): PublishedReport {
  return buildSnapshot({
    kind: "unit",
    year,
    organisation: demoUnit(code).name,
    format: demoFormat(year),
    values: demoValues(code, year),
    narratives: { ...demoNarratives(code, year) },
    publishedAt: beijingTime(year + 1, 1, 28, 10),
  });
}

/** Every printed value of a snapshot's tables: [cell key, value as printed in a cell]. */
export function printedValues(report: PublishedReport): [string, string][] {
  return report.tables.flatMap((t) =>
    t.rows.flatMap((r) =>
      t.columns
        .map((c) => cellKey(t, r.key, c.key))
        .filter((key) => report.values[key])
        .map((key): [string, string] => [key, report.values[key].value]),
    ),
  );
}

/**
 * Differences between open data and the reference report's printed numbers (inputs and totals):
 * a wrong or missing value, a value the reference leaves blank, or the amount's unit. Empty when equal.
 */
export function referenceMismatches(data: OpenDataReport): string[] {
  const expected: Record<string, string> = { ...REFERENCE_2020_INPUTS, ...REFERENCE_2020_DERIVED };
  const out: string[] = [];
  for (const [key, value] of Object.entries(expected)) {
    if (data.values[key] !== Number(value)) out.push(`${key}: ${data.values[key]} ≠ ${value}`);
  }
  for (const [key, value] of Object.entries(data.values)) {
    if (value !== null && !(key in expected)) out.push(`${key}: ${value} (blank in the reference)`);
  }
  for (const [key, unit] of Object.entries(data.units)) {
    if (key !== "b9.procurement.amount" || unit !== REFERENCE_2020_AMOUNT_UNIT) out.push(`${key}: unit ${unit}`);
  }
  if (data.units["b9.procurement.amount"] !== REFERENCE_2020_AMOUNT_UNIT) out.push("b9.procurement.amount: unit missing");
  return out;
}

/** Grid positions (0-based row and column) of a layout's cells, spans taken into account as in HTML. */
export function placedCells(model: TableLayoutModel): { r: number; c: number; cell: LayoutCell }[] {
  const covered = new Set<string>();
  const out: { r: number; c: number; cell: LayoutCell }[] = [];
  model.rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (covered.has(`${r}:${c}`)) c++;
      out.push({ r, c, cell });
      for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) covered.add(`${r + dr}:${c + dc}`);
      c += cell.colSpan;
    }
  });
  return out;
}

/** The report's tables in printed order, with their block headings. */
export function printedTables(report: PublishedReport): { table: TableDef; heading?: string }[] {
  return report.sections.flatMap((s) =>
    snapshotTableBlocks(report, s).flatMap((b) => b.tables.map((table) => ({ table, heading: b.heading }))),
  );
}
