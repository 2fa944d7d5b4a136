import "server-only";
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { cellValues, consolidationOverrides, reportYearUnits, reportYears, reports, units, users } from "@/db/schema";
import { type ReportState } from "@/lib/domain";
import type { CheckedReport } from "@/lib/checks/types";
import { consolidate, type Consolidation, type ExpectedUnit, type OverrideInput, type UnitReportInput } from "@/lib/consolidation";
import { resolveFormat, type AmountUnit, type ReportFormat, type ReportValues } from "@/lib/report-format";
import { readReportData } from "./report-context";
import type { CurrentUser } from "../types";
import type { Reader } from "./db-types";
import type { YearSettings } from "./year-settings";

/**
 * What the consolidated report of a year is made of, read in a handful of queries (not one per unit).
 * No access checks here: lib/dal/consolidated.ts and consolidated-save.ts check the person first.
 */


/** Reports that count in the consolidated report: approved by the office (a published report was approved). */
export const COUNTED_STATES: readonly ReportState[] = ["approved", "published"];


export interface OfficeUnit {
  unitId: number;
  unitName: string;
}

export interface OfficeReportRow {
  id: number;
  state: ReportState;
  version: number;
  updatedAt: number | null;
}

export interface ConsolidationInputs {
  year: YearSettings;
  format: ReportFormat;
  office: OfficeUnit;
  /** The office's own report for the year (own entries and the consolidated narrative); null until first saved. */
  officeReport: OfficeReportRow | null;
  officeValues: ReportValues;
  officeNarratives: Record<string, string>;
  unitReports: (UnitReportInput & { reportId: number })[];
  expected: ExpectedUnit[];
  overrides: OverrideInput[];
}

/** The disclosure office's unit: the person's own where they belong to it, otherwise the first office unit. */
export function officeUnitOf(db: Reader, user: CurrentUser): OfficeUnit | null {
  if (user.unitKind === "office") return { unitId: user.unitId, unitName: user.unitName };
  const row = db.select({ unitId: units.id, unitName: units.name }).from(units).where(eq(units.kind, "office")).orderBy(asc(units.id)).get();
  return row ?? null;
}

export function readYear(db: Reader, year: number): YearSettings | null {
  return db.select().from(reportYears).where(eq(reportYears.year, year)).get() ?? null;
}

export function readOfficeReport(db: Reader, office: OfficeUnit, year: number): OfficeReportRow | null {
  return (
    db
      .select({ id: reports.id, state: reports.state, version: reports.version, updatedAt: reports.updatedAt })
      .from(reports)
      .where(and(eq(reports.unitId, office.unitId), eq(reports.year, year)))
      .get() ?? null
  );
}

export function loadInputs(db: Reader, year: number, office: OfficeUnit): ConsolidationInputs | null {
  const y = readYear(db, year);
  if (!y) return null;
  const format = resolveFormat(y.formatVersion, y.localTables);

  // Every counted report's cells in one query, units in their listed order.
  const byReport = new Map<number, UnitReportInput & { reportId: number }>();
  for (const r of db
    .select({ reportId: reports.id, unitId: reports.unitId, unitName: units.name, key: cellValues.key, value: cellValues.value, unit: cellValues.unit })
    .from(reports)
    .innerJoin(units, eq(units.id, reports.unitId))
    .leftJoin(cellValues, eq(cellValues.reportId, reports.id))
    .where(and(eq(reports.year, year), inArray(reports.state, [...COUNTED_STATES]), ne(reports.unitId, office.unitId)))
    .orderBy(asc(units.sortOrder), asc(units.id))
    .all()) {
    let entry = byReport.get(r.reportId);
    if (!entry) byReport.set(r.reportId, (entry = { unitId: r.unitId, unitName: r.unitName, reportId: r.reportId, values: {} }));
    if (r.key !== null && r.value !== null) entry.values[r.key] = { value: r.value, ...(r.unit ? { unit: r.unit as AmountUnit } : {}) };
  }

  const expected = db
    .select({ unitId: units.id, unitName: units.name })
    .from(reportYearUnits)
    .innerJoin(units, eq(units.id, reportYearUnits.unitId))
    .where(and(eq(reportYearUnits.year, year), ne(reportYearUnits.unitId, office.unitId)))
    .orderBy(asc(units.sortOrder), asc(units.id))
    .all();

  const overrides: OverrideInput[] = db
    .select({
      cellKey: consolidationOverrides.cellKey,
      value: consolidationOverrides.value,
      unit: consolidationOverrides.unit,
      reason: consolidationOverrides.reason,
      updatedAt: consolidationOverrides.updatedAt,
      updatedByName: users.displayName,
    })
    .from(consolidationOverrides)
    .leftJoin(users, eq(users.id, consolidationOverrides.updatedBy))
    .where(eq(consolidationOverrides.year, year))
    .orderBy(asc(consolidationOverrides.cellKey))
    .all()
    .map((o) => ({ ...o, unit: (o.unit as AmountUnit | null) ?? null }));

  const officeReport = readOfficeReport(db, office, year);
  const own = officeReport ? readReportData(db, officeReport.id) : null;
  return {
    year: y,
    format,
    office,
    officeReport,
    officeValues: own?.values ?? {},
    officeNarratives: own?.narratives ?? {},
    unitReports: [...byReport.values()],
    expected,
    overrides,
  };
}

export function consolidateInputs(inputs: ConsolidationInputs): Consolidation {
  return consolidate(inputs.format, inputs.unitReports, inputs.officeValues, inputs.overrides, inputs.expected);
}

/** The previous year's consolidated report, as the cross-year checks read it; undefined where there is no such year. */
export function previousConsolidated(db: Reader, year: number, office: OfficeUnit): CheckedReport | undefined {
  const inputs = loadInputs(db, year - 1, office);
  if (!inputs) return undefined;
  const c = consolidateInputs(inputs);
  return { year: year - 1, format: c.format, values: c.values, narratives: inputs.officeNarratives };
}
