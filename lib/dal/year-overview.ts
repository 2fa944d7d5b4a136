import "server-only";
import { count, desc, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { reportYears, reportYearUnits, reports } from "@/db/schema";
import { isOfficeRole } from "@/lib/access/report-access";
import type { CurrentUser } from "./types";

export interface YearOverview {
  year: number;
  formatVersion: string;
  unitDeadline: string;
  expected: number;
  byState: Record<string, number>;
}

/** Report years with the number of expected units' reports in each state. Office roles only. */
export function listYearOverview(user: CurrentUser): YearOverview[] {
  if (!isOfficeRole(user.role)) return [];
  const db = getDb();
  const years = db
    .select({
      year: reportYears.year,
      formatVersion: reportYears.formatVersion,
      unitDeadline: reportYears.unitDeadline,
      // Qualified by hand: in a single-table select drizzle prints bare column names ("year" = "year").
      expected: sql<number>`(select count(*) from ${reportYearUnits} where ${reportYearUnits}.year = ${reportYears}.year)`,
    })
    .from(reportYears)
    .orderBy(desc(reportYears.year))
    .all();
  const states = db
    .select({ year: reports.year, state: reports.state, n: count() })
    .from(reports)
    .innerJoin(reportYearUnits, sql`${reportYearUnits.year} = ${reports.year} and ${reportYearUnits.unitId} = ${reports.unitId}`)
    .groupBy(reports.year, reports.state)
    .all();
  return years.map((y) => ({
    ...y,
    byState: Object.fromEntries(states.filter((s) => s.year === y.year).map((s) => [s.state, s.n])),
  }));
}
