import "server-only";
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { cellValues, explanations, narratives, reportYears, reports, units, users } from "@/db/schema";
import type { Rejection } from "@/lib/checks/submission-gate";
import { mayMakeRules } from "@/lib/domain";
import { consolidate } from "@/lib/consolidation/consolidate";
import type { CheckContext, CheckedReport } from "@/lib/checks/types";
import { resolveFormat, type AmountUnit, type ReportValues } from "@/lib/report-format";
import type { Reader } from "./db-types";
import { readGovernmentLevel } from "./government-level";


/** What the check engine needs of one stored report, in its plain form (also sent to the browser). */
export interface ReportSnapshotData {
  year: number;
  formatVersion: string;
  localTables: string[];
  values: ReportValues;
  narratives: Record<string, string>;
  /** The unit may count 规章 of its own (lib/domain/rule-making.ts: its government's level and its kind). */
  canMakeRules: boolean;
}

export function readReportData(db: Reader, reportId: number): ReportSnapshotData | null {
  const row = db
    .select({ year: reports.year, formatVersion: reportYears.formatVersion, localTables: reportYears.localTables, unitKind: units.kind })
    .from(reports)
    .innerJoin(reportYears, eq(reportYears.year, reports.year))
    .innerJoin(units, eq(units.id, reports.unitId))
    .where(eq(reports.id, reportId))
    .get();
  if (!row) return null;
  const { unitKind, ...rest } = row;
  const head = { ...rest, canMakeRules: mayMakeRules(readGovernmentLevel(db), unitKind) };
  const values: ReportValues = {};
  for (const c of db
    .select({ key: cellValues.key, value: cellValues.value, unit: cellValues.unit })
    .from(cellValues)
    .where(and(eq(cellValues.reportId, reportId), isNotNull(cellValues.value)))
    .all()) {
    values[c.key] = { value: c.value!, ...(c.unit ? { unit: c.unit as AmountUnit } : {}) };
  }
  const texts: Record<string, string> = {};
  for (const n of db.select({ key: narratives.sectionKey, text: narratives.text }).from(narratives).where(eq(narratives.reportId, reportId)).all()) {
    texts[n.key] = n.text;
  }
  return { ...head, values, narratives: texts };
}

/** Units merged into this one, directly or through others (机构改革), whose past is now this unit's. */
export function predecessorUnitIds(db: Reader, unitId: number): number[] {
  const found: number[] = [];
  let frontier = [unitId];
  while (frontier.length) {
    const next = db.select({ id: units.id }).from(units).where(inArray(units.mergedIntoId, frontier)).all().map((u) => u.id).filter((id) => id !== unitId && !found.includes(id));
    found.push(...next);
    frontier = next;
  }
  return found;
}

/**
 * The unit's report of the year before, for the cross-year checks. After a merge, the previous year is
 * the unit's own report plus those of the units merged into it, cell by cell; the narrative stays the
 * unit's own (another unit's text is no model for 内容雷同).
 */
export function readPreviousReportData(db: Reader, unitId: number, year: number): ReportSnapshotData | null {
  const own = db.select({ id: reports.id }).from(reports).where(and(eq(reports.unitId, unitId), eq(reports.year, year - 1))).get();
  const predecessors = predecessorUnitIds(db, unitId);
  const merged = predecessors.length
    ? db.select({ id: reports.id }).from(reports).where(and(inArray(reports.unitId, predecessors), eq(reports.year, year - 1))).all()
    : [];
  if (merged.length === 0) return own ? readReportData(db, own.id) : null;
  const parts = [...(own ? [own] : []), ...merged].map((r) => readReportData(db, r.id)!).filter(Boolean);
  const head = parts[0];
  const format = resolveFormat(head.formatVersion, head.localTables);
  const values = consolidate(format, parts.map((p, i) => ({ unitId: i, unitName: "", values: p.values })), {}, []).values;
  return { ...head, values, narratives: own ? parts[0].narratives : {} };
}

export function toCheckedReport(data: ReportSnapshotData): CheckedReport {
  return { year: data.year, format: resolveFormat(data.formatVersion, data.localTables), values: data.values, narratives: data.narratives };
}

export function buildCheckContext(current: ReportSnapshotData, previous: ReportSnapshotData | null): CheckContext {
  return {
    report: toCheckedReport(current),
    ...(previous ? { previous: toCheckedReport(previous) } : {}),
    canMakeRules: current.canMakeRules,
  };
}

/** Explanations the office did not accept (不认可) and the unit has not rewritten since: rewriting resets the verdict. */
export function readRejections(db: Reader, reportId: number): Record<string, Rejection> {
  return Object.fromEntries(
    db
      .select({ key: explanations.findingKey, note: explanations.reviewNote, by: users.displayName, at: explanations.reviewedAt })
      .from(explanations)
      .leftJoin(users, eq(users.id, explanations.reviewedBy))
      .where(and(eq(explanations.reportId, reportId), eq(explanations.review, "rejected")))
      .all()
      .map((e) => [e.key, { note: e.note, by: e.by, at: e.at }]),
  );
}

export function readExplanations(db: Reader, reportId: number): Record<string, string> {
  return Object.fromEntries(
    db.select({ key: explanations.findingKey, text: explanations.text }).from(explanations).where(eq(explanations.reportId, reportId)).all().map((e) => [e.key, e.text]),
  );
}
