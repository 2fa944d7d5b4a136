import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { reports, reportYears, units } from "@/db/schema";
import { officialName, type ReportState } from "@/lib/domain";
import { canReadReport, isUnitRole } from "@/lib/access/report-access";
import { refused, reportTarget } from "./access-refusals";
import { prepared } from "./internal/prepared";
import { predecessorUnitIds } from "./internal/report-context";
import type { CurrentUser, UnitKind } from "./types";

/**
 * The gate every report feature passes first (reading, saving, importing, submitting, reviewing): who may
 * read which report. A refusal is audited; the caller answers "not found" either way.
 */

export interface ReportHeader {
  id: number;
  year: number;
  state: ReportState;
  version: number;
  unitId: number;
  unitName: string;
  /** The unit's full official name, for the report's title (the short name when it has none). */
  officialName: string;
  unitKind: UnitKind;
  formatVersion: string;
  localTables: string[];
  unitDeadline: string;
  updatedAt: number | null;
  submittedAt: number | null;
  submittedBy: number | null;
}

/** A report's header if the person may read it; null otherwise (callers answer "not found" either way). */
const headerRow = prepared((db) =>
  db
    .select({
      id: reports.id,
      year: reports.year,
      state: reports.state,
      version: reports.version,
      unitId: reports.unitId,
      unitName: units.name,
      fullName: units.fullName,
      unitKind: units.kind,
      formatVersion: reportYears.formatVersion,
      localTables: reportYears.localTables,
      unitDeadline: reportYears.unitDeadline,
      updatedAt: reports.updatedAt,
      submittedAt: reports.submittedAt,
      submittedBy: reports.submittedBy,
    })
    .from(reports)
    .innerJoin(units, eq(units.id, reports.unitId))
    .innerJoin(reportYears, eq(reportYears.year, reports.year))
    .where(eq(reports.id, sql.placeholder("id")))
    .prepare(),
);

export function findReadableReport(user: CurrentUser, reportId: number): ReportHeader | null {
  const db = getDb();
  const row = headerRow(db).get({ id: reportId });
  if (!row) return null;
  // A unit merged into the person's own (机构改革): its reports are the unit's past, to read, never to change.
  const inherited = isUnitRole(user.role) && row.unitId !== user.unitId && predecessorUnitIds(db, user.unitId).includes(row.unitId);
  if (!canReadReport(user, row) && !inherited) return refused(user, "无权访问该报告", null, reportTarget(row));
  const { fullName, ...header } = row;
  return { ...header, officialName: officialName({ name: row.unitName, fullName }) };
}

