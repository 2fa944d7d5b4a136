import "server-only";
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { cellValues, narratives, reports, units } from "@/db/schema";
import { type ReportState } from "@/lib/domain";
import { canEditConsolidated, canReadConsolidated } from "@/lib/access/consolidated-access";
import type { Finding } from "@/lib/checks/types";
import { checkConsolidated, drillDown, type ConsolidatedCell, type Consolidation, type DrillDown } from "@/lib/consolidation";
import { resolveFormat, sectionHeading, withDerived, type AmountUnit, type CellDef, type ReportFormat, type ReportValues } from "@/lib/report-format";
import { consolidateInputs, loadInputs, officeUnitOf, previousConsolidated, readOfficeReport, readYear, type ConsolidationInputs, type OfficeUnit } from "./internal/consolidated-load";
import type { YearSettings } from "./internal/year-settings";
import { narrativeKeys } from "./report-save";
import type { CurrentUser } from "./types";
import type { UnitDataInput } from "@/lib/consolidation/unit-data-xlsx";
import { mayMakeRules } from "@/lib/domain";
import { readGovernmentLevel } from "./internal/government-level";

/**
 * The consolidated (本级政府) report, for the disclosure office only: every function answers null to
 * anyone else (pages turn that into 404). Writes are in consolidated-save.ts.
 */

export interface ConsolidatedReportView {
  inputs: ConsolidationInputs;
  consolidation: Consolidation;
  /** Input and derived cells as the report prints them. */
  shown: ReportValues;
  /** AGG-* first, then every check of lib/checks on the consolidated report. */
  findings: Finding[];
  /** The previous year has a consolidated report too (the cross-year checks used it). */
  hasPrevious: boolean;
  canEdit: boolean;
}

function officeContext(user: CurrentUser): { db: ReturnType<typeof getDb>; office: OfficeUnit } | null {
  if (!canReadConsolidated(user)) return null;
  const db = getDb();
  const office = officeUnitOf(db, user);
  return office ? { db, office } : null;
}

export function getConsolidatedReport(user: CurrentUser, year: number): ConsolidatedReportView | null {
  const ctx = officeContext(user);
  const inputs = ctx && loadInputs(ctx.db, year, ctx.office);
  if (!ctx || !inputs) return null;
  const consolidation = consolidateInputs(inputs);
  const previous = previousConsolidated(ctx.db, year, ctx.office);
  const findings = checkConsolidated(consolidation, year, inputs.officeNarratives, previous, mayMakeRules(readGovernmentLevel(ctx.db), "office"));
  const shown = withDerived(inputs.format, consolidation.values);
  return { inputs, consolidation, shown, findings, hasPrevious: previous !== undefined, canEdit: canEditConsolidated(user, inputs.officeReport) };
}

/** Every expected unit's numbers for the year, for the office's spreadsheet (office roles only). */
export function getUnitDataTable(user: CurrentUser, year: number): UnitDataInput | null {
  const ctx = officeContext(user);
  const inputs = ctx && loadInputs(ctx.db, year, ctx.office);
  if (!ctx || !inputs) return null;
  return { year, format: inputs.format, expected: inputs.expected, unitReports: inputs.unitReports, officeName: ctx.office.unitName, officeValues: inputs.officeValues, overrides: inputs.overrides };
}

export interface CellDrillDownView {
  year: YearSettings;
  format: ReportFormat;
  cell: CellDef;
  drill: DrillDown;
  /** The number the consolidated report prints for the cell. */
  shown: string | null;
  /** For input cells: the sum, the override and its difference. */
  total?: ConsolidatedCell;
  findings: Finding[];
  unitCount: number;
  missing: number;
  canEdit: boolean;
}

/** One number of the consolidated report with every unit's contribution (the drill-down). */
export function getConsolidatedCell(user: CurrentUser, year: number, key: string): CellDrillDownView | null {
  const ctx = officeContext(user);
  const inputs = ctx && loadInputs(ctx.db, year, ctx.office);
  const cell = inputs?.format.cellByKey.get(key);
  if (!ctx || !inputs || !cell) return null;
  const c = consolidateInputs(inputs);
  const office = { ...ctx.office, ...(inputs.officeReport ? { reportId: inputs.officeReport.id } : {}), values: inputs.officeValues };
  return {
    year: inputs.year,
    format: inputs.format,
    cell,
    drill: drillDown(inputs.format, inputs.unitReports, office, key)!,
    shown: withDerived(inputs.format, c.values)[key]?.value ?? null,
    ...(c.cells[key] ? { total: c.cells[key] } : {}),
    findings: c.findings.filter((f) => f.cells.includes(key)),
    unitCount: c.unitCount,
    missing: c.missing.length,
    canEdit: canEditConsolidated(user, inputs.officeReport),
  };
}

export interface OfficeEntriesView {
  year: YearSettings;
  office: OfficeUnit;
  reportId: number | null;
  version: number;
  cells: Record<string, { value: string | null; unit?: AmountUnit; rev: number }>;
  canEdit: boolean;
}

/** The office's own entries (本级自有数据) with each cell's rev, for the entries form. */
export function getOfficeEntries(user: CurrentUser, year: number): OfficeEntriesView | null {
  const ctx = officeContext(user);
  const y = ctx && readYear(ctx.db, year);
  if (!ctx || !y) return null;
  const report = readOfficeReport(ctx.db, ctx.office, year);
  const cells: OfficeEntriesView["cells"] = {};
  if (report) {
    for (const c of ctx.db.select().from(cellValues).where(eq(cellValues.reportId, report.id)).all()) {
      cells[c.key] = { value: c.value, rev: c.rev, ...(c.unit ? { unit: c.unit as AmountUnit } : {}) };
    }
  }
  return { year: y, office: ctx.office, reportId: report?.id ?? null, version: report?.version ?? 0, cells, canEdit: canEditConsolidated(user, report) };
}

export interface UnitNarrative {
  unitId: number;
  unitName: string;
  reportId: number;
  state: ReportState;
  text: string;
}

export interface NarrativeSourcesView {
  year: YearSettings;
  sectionKey: string;
  title: string;
  hint?: string;
  text: string;
  rev: number;
  /** Every unit's text for the same section, from the reports the office may read. */
  units: UnitNarrative[];
  canEdit: boolean;
}

const OFFICE_READABLE: ReportState[] = ["submitted", "returned", "approved", "published", "imported"];

/** The office's narrative for one section, with every unit's narrative for the same section beside it. */
export function getNarrativeSources(user: CurrentUser, year: number, sectionKey: string): NarrativeSourcesView | null {
  const ctx = officeContext(user);
  const y = ctx && readYear(ctx.db, year);
  if (!ctx || !y || !narrativeKeys(y.formatVersion, y.localTables).includes(sectionKey)) return null;
  const report = readOfficeReport(ctx.db, ctx.office, year);
  const own = report
    ? ctx.db.select({ text: narratives.text, rev: narratives.rev }).from(narratives).where(and(eq(narratives.reportId, report.id), eq(narratives.sectionKey, sectionKey))).get()
    : undefined;
  const unitTexts = ctx.db
    .select({ unitId: units.id, unitName: units.name, reportId: reports.id, state: reports.state, text: narratives.text })
    .from(reports)
    .innerJoin(units, eq(units.id, reports.unitId))
    .leftJoin(narratives, and(eq(narratives.reportId, reports.id), eq(narratives.sectionKey, sectionKey)))
    .where(and(eq(reports.year, year), inArray(reports.state, OFFICE_READABLE), ne(reports.unitId, ctx.office.unitId)))
    .orderBy(asc(units.sortOrder), asc(units.id))
    .all()
    .map((u) => ({ ...u, text: u.text ?? "" }));
  const section = sectionTitle(y, sectionKey);
  return { year: y, sectionKey, ...section, text: own?.text ?? "", rev: own?.rev ?? 0, units: unitTexts, canEdit: canEditConsolidated(user, report) };
}

function sectionTitle(y: YearSettings, key: string): { title: string; hint?: string } {
  const s = resolveFormat(y.formatVersion, y.localTables).narrativeSections.find((x) => x.key === key);
  // The office writes the preamble for the whole government: the units' hint does not apply to it.
  return s ? { title: sectionHeading(s), ...(s.hint && s.number ? { hint: s.hint } : {}) } : { title: key };
}
