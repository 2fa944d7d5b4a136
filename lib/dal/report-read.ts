import "server-only";
import { and, count, desc, eq, inArray, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { cellValues, narratives, reportChanges, reportYears, reports, units, users } from "@/db/schema";
import { daysUntil } from "@/lib/deadlines";
import { type ReportState } from "@/lib/domain";
import { canEditReport, isUnitRole } from "@/lib/access/report-access";
import { mayMakeRules } from "@/lib/domain";
import { resolveFormat, type AmountUnit } from "@/lib/report-format";
import { predecessorUnitIds, readExplanations, readPreviousReportData, readRejections, type ReportSnapshotData } from "./internal/report-context";
import type { Rejection } from "@/lib/checks/submission-gate";
import { readComments, readStateEvents, type ReviewComment, type StateEvent } from "./internal/review-records";
import { findReadableReport, type ReportHeader } from "./report-gate";
import type { CurrentUser } from "./types";
import { readGovernmentLevel } from "./internal/government-level";

export type { ReportSnapshotData };

function lastReturn(events: StateEvent[]): { reason: string; by: string | null; at: number } | null {
  const e = events.findLast((x) => x.to === "returned");
  return e ? { reason: e.note ?? "", by: e.who, at: e.at } : null;
}

export interface StoredCell {
  value: string | null;
  unit?: AmountUnit;
  rev: number;
}

export interface StoredNarrative {
  text: string;
  rev: number;
}

export interface EditableReport {
  header: ReportHeader;
  cells: Record<string, StoredCell>;
  narratives: Record<string, StoredNarrative>;
  canEdit: boolean;
  /** The unit approver may sign off and submit (the checks decide whether it goes through). */
  canSubmit: boolean;
  /** The same unit's previous year, for the cross-year checks run in the browser. */
  previous: ReportSnapshotData | null;
  /** The unit may count 规章 of its own (T2-RULES-LEVEL, run in the browser too). */
  canMakeRules: boolean;
  explanations: Record<string, string>;
  /** Explanations the office did not accept, with its note (until the unit rewrites them). */
  rejections: Record<string, Rejection>;
  submittedByName: string | null;
  /** The office's open comments, shown at their cells and sections while the unit revises. */
  comments: ReviewComment[];
  /** The latest 退回 or 重新打开, while the report is back with the unit. */
  returned: { reason: string; by: string | null; at: number } | null;
  /** Days from today to the units' deadline of the year (negative once passed). */
  daysLeft: number;
}

export function getReportForEditing(user: CurrentUser, reportId: number, now = Date.now()): EditableReport | null {
  const header = findReadableReport(user, reportId);
  if (!header) return null;
  const db = getDb();
  const cells: Record<string, StoredCell> = {};
  for (const c of db.select().from(cellValues).where(eq(cellValues.reportId, reportId)).all()) {
    cells[c.key] = { value: c.value, rev: c.rev, ...(c.unit ? { unit: c.unit as AmountUnit } : {}) };
  }
  const texts: Record<string, StoredNarrative> = {};
  for (const n of db.select().from(narratives).where(eq(narratives.reportId, reportId)).all()) {
    texts[n.sectionKey] = { text: n.text, rev: n.rev };
  }
  const canEdit = canEditReport(user, header);
  const submitter = header.submittedBy
    ? (db.select({ name: users.displayName }).from(users).where(eq(users.id, header.submittedBy)).get()?.name ?? null)
    : null;
  return {
    header,
    cells,
    narratives: texts,
    canEdit,
    canSubmit: canEdit && user.role === "approver",
    previous: readPreviousReportData(db, header.unitId, header.year),
    canMakeRules: mayMakeRules(readGovernmentLevel(db), header.unitKind),
    explanations: readExplanations(db, reportId),
    rejections: readRejections(db, reportId),
    submittedByName: submitter,
    comments: readComments(db, reportId, true),
    returned: header.state === "returned" ? lastReturn(readStateEvents(db, reportId)) : null,
    daysLeft: daysUntil(header.unitDeadline, now),
  };
}

export interface OwnReportSummary {
  id: number;
  year: number;
  state: ReportState;
  unitDeadline: string;
  formatVersion: string;
  filled: number;
  total: number;
  updatedAt: number | null;
  /** Days from today to the units' deadline (negative once passed). */
  daysLeft: number;
  /** Set for a report of a unit merged into this one (read-only). */
  mergedUnitName?: string;
}

/** The signed-in unit's reports, newest year first, with how much of each is filled; then those of units merged into it. */
export function listOwnReports(user: CurrentUser, now = Date.now()): OwnReportSummary[] {
  if (!isUnitRole(user.role)) return [];
  const db = getDb();
  const rows = db
    .select({
      id: reports.id,
      year: reports.year,
      state: reports.state,
      updatedAt: reports.updatedAt,
      unitDeadline: reportYears.unitDeadline,
      formatVersion: reportYears.formatVersion,
      localTables: reportYears.localTables,
      unitId: reports.unitId,
      unitName: units.name,
    })
    .from(reports)
    .innerJoin(reportYears, eq(reportYears.year, reports.year))
    .innerJoin(units, eq(units.id, reports.unitId))
    .where(inArray(reports.unitId, [user.unitId, ...predecessorUnitIds(db, user.unitId)]))
    .orderBy(desc(reports.year))
    .all()
    .sort((a, b) => Number(a.unitId !== user.unitId) - Number(b.unitId !== user.unitId));
  if (rows.length === 0) return [];
  const counts = new Map(
    db
      .select({ reportId: cellValues.reportId, n: count() })
      .from(cellValues)
      .where(and(inArray(cellValues.reportId, rows.map((r) => r.id)), isNotNull(cellValues.value)))
      .groupBy(cellValues.reportId)
      .all()
      .map((c) => [c.reportId, c.n]),
  );
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    state: r.state,
    unitDeadline: r.unitDeadline,
    formatVersion: r.formatVersion,
    filled: counts.get(r.id) ?? 0,
    total: resolveFormat(r.formatVersion, r.localTables).inputCells.length,
    updatedAt: r.updatedAt,
    daysLeft: daysUntil(r.unitDeadline, now),
    ...(r.unitId !== user.unitId ? { mergedUnitName: r.unitName } : {}),
  }));
}

export interface HistoryEntry {
  id: number;
  at: number;
  who: string | null;
  kind: "cell" | "narrative" | "state";
  target: string;
  oldValue: string | null;
  newValue: string | null;
  note: string | null;
}

/** The change history of a report the person may read, newest first. */
export function getReportHistory(user: CurrentUser, reportId: number, limit = 500): HistoryEntry[] | null {
  if (!findReadableReport(user, reportId)) return null;
  return getDb()
    .select({
      id: reportChanges.id,
      at: reportChanges.at,
      who: users.displayName,
      kind: reportChanges.kind,
      target: reportChanges.target,
      oldValue: reportChanges.oldValue,
      newValue: reportChanges.newValue,
      note: reportChanges.note,
    })
    .from(reportChanges)
    .leftJoin(users, eq(users.id, reportChanges.userId))
    .where(eq(reportChanges.reportId, reportId))
    .orderBy(desc(reportChanges.id))
    .limit(limit)
    .all();
}
