/**
 * The demo's consolidated report for 2020 (宁波市北仑区人民政府): the office's own report for the year
 * (no own entries; the district narrative DISTRICT_NARRATIVE_2020) and the one override the office
 * recorded. 区史志研究室 (AMOUNT_UNIT_SLIP_UNIT) entered 采购总金额 3.85 under 元 although it is 3.85 万元:
 * the sum, 元 converted, is 6372.9529 万元; the office overrides it to the reference's 6376.8025 万元 with
 * the reason, so the 2020 consolidated report equals the reference report cell by cell.
 *
 * Call after seedDemo (same transaction or after it), on a database holding the demo organisation.
 */
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { consolidationOverrides, narratives, reportChanges, reports, units, users } from "@/db/schema";
import { AMOUNT_UNIT_SLIP_UNIT } from "./demo-values";
import { DISTRICT_NARRATIVE_2020 } from "./district-narrative-2020";
import { districtNarratives } from "./district-narratives";
import { REFERENCE_2020_AMOUNT_UNIT, REFERENCE_2020_INPUTS } from "./reference-2020";
import { beijingTime } from "@/lib/format-date";
import { DEMO_OFFICE, demoUnit } from "./units";

type Writer = Pick<Db, "select" | "insert">;

export const CONSOLIDATION_DEMO_YEAR = 2020;
export const DEMO_OVERRIDE_KEY = "b9.procurement.amount";
export const DEMO_OVERRIDE_REASON = `${demoUnit(AMOUNT_UNIT_SLIP_UNIT).name}将采购总金额3.85万元误填为3.85元（折合0.0004万元），经与该单位核实，汇总时按3.85万元计入，汇总数为6376.8025万元。`;

export interface ConsolidationDemoSummary {
  officeReportId: number;
  narratives: number;
  overrides: number;
}

export function seedConsolidationDemo(db: Writer): ConsolidationDemoSummary {
  const year = CONSOLIDATION_DEMO_YEAR;
  const { office, reviewer } = officeAndReviewer(db, "seedConsolidationDemo");
  const existing = db.select({ id: reports.id }).from(reports).where(and(eq(reports.unitId, office.id), eq(reports.year, year))).get();
  if (existing) throw new Error(`seedConsolidationDemo: the office already has a ${year} report.`);

  const overriddenAt = beijingTime(2021, 3, 12, 10, 5);
  const texts = Object.entries(DISTRICT_NARRATIVE_2020).filter(([, text]) => text.trim() !== "");
  const reportId = writeOfficeReport(db, office.id, reviewer.id, year, texts, { version: 2, lastAt: overriddenAt });

  const value = REFERENCE_2020_INPUTS[DEMO_OVERRIDE_KEY];
  db.insert(consolidationOverrides)
    .values({ year, cellKey: DEMO_OVERRIDE_KEY, value, unit: REFERENCE_2020_AMOUNT_UNIT, reason: DEMO_OVERRIDE_REASON, updatedAt: overriddenAt, updatedBy: reviewer.id })
    .run();
  db.insert(reportChanges)
    .values({
      reportId,
      userId: reviewer.id,
      at: overriddenAt,
      kind: "cell",
      target: `override:${DEMO_OVERRIDE_KEY}`,
      oldValue: null,
      newValue: `${value} ${REFERENCE_2020_AMOUNT_UNIT}`,
      note: `调整汇总数：${DEMO_OVERRIDE_REASON}`,
    })
    .run();

  return { officeReportId: reportId, narratives: texts.length, overrides: 1 };
}

function officeAndReviewer(db: Writer, caller: string): { office: { id: number }; reviewer: { id: number } } {
  const office = db.select({ id: units.id }).from(units).where(eq(units.code, DEMO_OFFICE.code)).get();
  const reviewer = db.select({ id: users.id }).from(users).where(eq(users.username, "reviewer")).get();
  if (!office || !reviewer) throw new Error(`${caller}: run seedDemo first (no office unit or reviewer account).`);
  return { office, reviewer };
}

/**
 * The office's report of a year as its reviewer wrote it: opened on 1 March after the year, its narrative
 * written on 10 March, each step in the history. Returns the report's id.
 */
function writeOfficeReport(
  db: Writer,
  officeId: number,
  reviewerId: number,
  year: number,
  texts: [string, string][],
  last: { version: number; lastAt?: number },
): number {
  const openedAt = beijingTime(year + 1, 3, 1, 9, 30);
  const writtenAt = beijingTime(year + 1, 3, 10, 15, 20);
  const report = db
    .insert(reports)
    .values({ unitId: officeId, year, state: "draft", version: last.version, updatedAt: last.lastAt ?? writtenAt, updatedBy: reviewerId, createdAt: openedAt })
    .returning({ id: reports.id })
    .get();
  db.insert(narratives)
    .values(texts.map(([sectionKey, text]) => ({ reportId: report.id, sectionKey, text, rev: 1, updatedAt: writtenAt, updatedBy: reviewerId })))
    .run();
  const change = { reportId: report.id, userId: reviewerId };
  db.insert(reportChanges)
    .values([
      { ...change, at: openedAt, kind: "state", target: "state", oldValue: "not_started", newValue: "draft", note: "创建本级汇总报告" },
      ...texts.map(([sectionKey, text]) => ({ ...change, at: writtenAt, kind: "narrative" as const, target: sectionKey, oldValue: null, newValue: text })),
    ])
    .run();
  return report.id;
}

/**
 * The office's own report of each other closed year (from 2021 on): the district's narrative quoting the
 * summed tables (district-narratives.ts), opened on 1 March and written on 10 March after the year, no
 * override. seedPublicationsDemo publishes them with 2020's.
 */
export function seedDistrictReports(db: Writer, years: readonly number[]): number {
  const { office, reviewer } = officeAndReviewer(db, "seedDistrictReports");
  for (const year of years) {
    const texts = Object.entries(districtNarratives(year)).filter(([, text]) => text.trim() !== "");
    writeOfficeReport(db, office.id, reviewer.id, year, texts, { version: 1 });
  }
  return years.length;
}
