import "server-only";
import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db/client";
import { cellValues, narratives, reportYearUnits, reportYears, reports, units, users } from "@/db/schema";
import { canReadReport, isOfficeRole } from "@/lib/access/report-access";
import { runChecks } from "@/lib/checks/run-checks";
import { mayMakeRules, type UnitKind } from "@/lib/domain";
import { daysUntil } from "@/lib/deadlines";
import { beijingDate } from "@/lib/format-date";
import {
  countByState,
  filterRows,
  isLate,
  sortRows,
  type DashboardRow,
  type StateCounts,
} from "@/lib/dashboard/dashboard-rows";
import type { AmountUnit } from "@/lib/report-format";
import { resolveFormat, sectionCells } from "@/lib/report-format";
import type { DashboardQuery } from "@/lib/validation/dashboard-input";
import { buildCheckContext, readPreviousReportData, type ReportSnapshotData } from "./internal/report-context";
import type { CurrentUser } from "./types";
import type { Reader } from "./internal/db-types";
import { governmentLevelColumn, governmentLevelOf } from "./internal/government-level";


export interface Dashboard {
  year: number;
  formatVersion: string;
  unitDeadline: string;
  /** Today in the district (YYYY-MM-DD) and the days from it to the unit deadline. */
  today: string;
  daysLeft: number;
  /** Every expected unit: how many there are, in each state, and late. */
  expected: number;
  counts: StateCounts;
  late: number;
  /** The rows the query asks for, filtered and sorted. */
  rows: DashboardRow[];
}

/**
 * The office's view of a report year: every expected unit with its state, completeness, findings, last
 * change and deadline. Office roles only (null for anyone else, and for a year that does not exist).
 * Two queries in all: the units with their reports, then every cell and section of this year's and the
 * previous year's reports; the check engine then runs in memory on each started report.
 */
export function getDashboard(user: CurrentUser, year: number, query: DashboardQuery, now = Date.now()): Dashboard | null {
  if (!isOfficeRole(user.role)) return null;
  const all = loadDashboardRows(getDb(), user, year, now);
  if (!all) return null;
  const late = all.rows.filter((r) => r.late).length;
  return {
    ...all.head,
    today: beijingDate(now),
    daysLeft: daysUntil(all.head.unitDeadline, now),
    expected: all.rows.length,
    counts: countByState(all.rows),
    late,
    rows: sortRows(filterRows(all.rows, query), query),
  };
}

const prevYear = alias(reportYears, "prev_year");

function loadDashboardRows(db: Reader, user: CurrentUser, year: number, now: number) {
  const list = db
    .select({
      formatVersion: reportYears.formatVersion,
      localTables: reportYears.localTables,
      unitDeadline: reportYears.unitDeadline,
      prevFormatVersion: prevYear.formatVersion,
      prevLocalTables: prevYear.localTables,
      unitId: units.id,
      unitName: units.name,
      unitKind: units.kind,
      sortOrder: units.sortOrder,
      // Units merged into this one (机构改革): their past counts as this unit's previous year.
      hasPredecessors: sql<number>`exists (select 1 from units as merged where merged.merged_into_id = ${units.id})`,
      reportId: reports.id,
      state: reports.state,
      updatedAt: reports.updatedAt,
      updatedBy: users.displayName,
      // Read here rather than on its own: the dashboard stays at two queries however many units.
      governmentLevel: governmentLevelColumn,
    })
    .from(reportYears)
    .leftJoin(prevYear, eq(prevYear.year, year - 1))
    .leftJoin(reportYearUnits, eq(reportYearUnits.year, reportYears.year))
    .leftJoin(units, eq(units.id, reportYearUnits.unitId))
    .leftJoin(reports, and(eq(reports.unitId, reportYearUnits.unitId), eq(reports.year, reportYears.year)))
    .leftJoin(users, eq(users.id, reports.updatedBy))
    .where(eq(reportYears.year, year))
    .orderBy(units.sortOrder, units.id)
    .all();
  if (list.length === 0) return null;
  const head = { year, formatVersion: list[0].formatVersion, unitDeadline: list[0].unitDeadline };
  const expectedUnits = list.filter((r) => r.unitId !== null);

  const contents = loadContents(db, year);
  const format = resolveFormat(head.formatVersion, list[0].localTables);
  const inputKeys = new Set(format.inputCells.map((c) => c.key));
  const sectionKeys = format.sections
    .map((s) => ({ number: s.number, keys: new Set(sectionCells(format, s.key).filter((c) => !c.sumOf).map((c) => c.key)) }))
    .filter((s) => s.keys.size > 0);
  const level = governmentLevelOf(list[0].governmentLevel);
  const snapshot = (unitId: number, kind: UnitKind, y: number, formatVersion: string, localTables: string[]): ReportSnapshotData | null => {
    const c = contents.get(`${unitId}:${y}`);
    return c ? { year: y, formatVersion, localTables, values: c.values, narratives: c.narratives, canMakeRules: mayMakeRules(level, kind) } : null;
  };
  const daysLeft = daysUntil(head.unitDeadline, now);

  const rows = expectedUnits.map((r): DashboardRow => {
    const unitId = r.unitId!;
    const state = r.state ?? "not_started";
    const current = snapshot(unitId, r.unitKind!, year, head.formatVersion, list[0].localTables);
    let errors = 0;
    let warnings = 0;
    let filled = 0;
    const bySection = sectionKeys.map((s) => ({ number: s.number, filled: 0, total: s.keys.size }));
    if (current) {
      for (const key of Object.keys(current.values)) {
        if (!inputKeys.has(key)) continue;
        filled++;
        const at = sectionKeys.findIndex((s) => s.keys.has(key));
        if (at >= 0) bySection[at].filled++;
      }
      // Merged units are rare: their combined previous year is read on its own, the others come from the two queries.
      const previous = r.hasPredecessors
        ? readPreviousReportData(db, unitId, year)
        : r.prevFormatVersion
          ? snapshot(unitId, r.unitKind!, year - 1, r.prevFormatVersion, r.prevLocalTables ?? [])
          : null;
      for (const f of runChecks(buildCheckContext(current, previous))) {
        if (f.onSubmit) continue;
        if (f.severity === "error") errors++;
        else if (f.severity === "warning") warnings++;
      }
    }
    return {
      unitId,
      unitName: r.unitName!,
      unitKind: r.unitKind!,
      sortOrder: r.sortOrder!,
      reportId: r.reportId,
      reviewable: r.reportId !== null && canReadReport(user, { unitId, state }),
      state,
      filled,
      total: inputKeys.size,
      bySection,
      errors,
      warnings,
      lastChangeAt: r.updatedAt,
      lastChangeBy: r.updatedAt === null ? null : r.updatedBy,
      daysLeft,
      late: isLate(state, daysLeft),
    };
  });
  return { head, rows };
}

interface Contents {
  values: ReportSnapshotData["values"];
  narratives: Record<string, string>;
}

/**
 * One query for the filled cells and the sections of every expected unit's report of the year and of the
 * year before, keyed "unitId:year". A report with neither has no entry (nothing to check).
 */
function loadContents(db: Reader, year: number): Map<string, Contents> {
  const expected = db.select({ unitId: reportYearUnits.unitId }).from(reportYearUnits).where(eq(reportYearUnits.year, year));
  const ofYears = and(inArray(reports.year, [year, year - 1]), inArray(reports.unitId, expected));
  const cells = db
    .select({ unitId: reports.unitId, year: reports.year, isCell: sql<number>`1`.as("is_cell"), key: cellValues.key, text: sql<string>`${cellValues.value}`.as("text"), unit: cellValues.unit })
    .from(cellValues)
    .innerJoin(reports, eq(reports.id, cellValues.reportId))
    .where(and(ofYears, isNotNull(cellValues.value)));
  const sections = db
    .select({ unitId: reports.unitId, year: reports.year, isCell: sql<number>`0`, key: narratives.sectionKey, text: narratives.text, unit: sql<string | null>`null` })
    .from(narratives)
    .innerJoin(reports, eq(reports.id, narratives.reportId))
    .where(ofYears);
  const out = new Map<string, Contents>();
  for (const row of cells.unionAll(sections).all()) {
    const id = `${row.unitId}:${row.year}`;
    let c = out.get(id);
    if (!c) out.set(id, (c = { values: {}, narratives: {} }));
    if (row.isCell) c.values[row.key] = { value: row.text, ...(row.unit ? { unit: row.unit as AmountUnit } : {}) };
    else c.narratives[row.key] = row.text;
  }
  return out;
}
