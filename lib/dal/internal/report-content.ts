import "server-only";
import { and, inArray, sql } from "drizzle-orm";
import type { Reader } from "./db-types";
import { cellValues, narratives, reportChanges, reports } from "@/db/schema";


/** Report ids among these that have been touched at all: a state change, a cell (even cleared), a narrative. */
export function reportsWithContent(db: Reader, ids: number[]): Set<number> {
  if (ids.length === 0) return new Set();
  const touched = (rows: { id: number }[]) => rows.map((r) => r.id);
  return new Set([
    ...touched(db.select({ id: reports.id }).from(reports).where(and(inArray(reports.id, ids), sql`${reports.state} <> 'not_started'`)).all()),
    ...touched(db.selectDistinct({ id: cellValues.reportId }).from(cellValues).where(inArray(cellValues.reportId, ids)).all()),
    ...touched(db.selectDistinct({ id: narratives.reportId }).from(narratives).where(inArray(narratives.reportId, ids)).all()),
    ...touched(db.selectDistinct({ id: reportChanges.reportId }).from(reportChanges).where(inArray(reportChanges.reportId, ids)).all()),
  ]);
}

