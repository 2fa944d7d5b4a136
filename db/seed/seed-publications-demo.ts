/**
 * The demo's published reports: every unit report of the closed years (approved in the demo), each on
 * 28 January after its year, and the district's consolidated report of each closed year from 2020 on,
 * before the legal deadlines.
 * Runs after seedDemo, in its own transaction; refuses when anything is published already.
 */
import { and, count, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { notifications, publications, reports, units, users } from "@/db/schema";
import { seedPublishConsolidated, seedPublishUnitReport, seedRecordAudit } from "@/lib/dal/seed-entry";
import { beijingTime } from "@/lib/format-date";
import { DEMO_GOVERNMENT_NAME, DEMO_OFFICE } from "./units";

export function seedPublicationsDemo(db: Db): { unitReports: number; consolidated: number } {
  return db.transaction((tx) => {
    const [{ n }] = tx.select({ n: count() }).from(publications).all();
    if (n > 0) throw new Error("已有发布记录，不再导入演示发布数据。");
    const admin = tx.select({ id: users.id, username: users.username }).from(users).where(eq(users.username, "admin")).get();
    const office = tx.select({ unitId: units.id, unitName: units.name }).from(units).where(eq(units.code, DEMO_OFFICE.code)).get();
    if (!admin || !office) throw new Error("seedPublicationsDemo: run seedDemo first.");

    let unitReports = 0;
    const approved = tx
      .select({ id: reports.id, year: reports.year })
      .from(reports)
      .innerJoin(units, eq(units.id, reports.unitId))
      .where(and(eq(reports.state, "approved"), inArray(units.kind, ["agency", "subdistrict"])))
      .orderBy(reports.year, reports.id)
      .all();
    for (const r of approved) {
      const at = beijingTime(r.year + 1, 1, 28, 10);
      const result = seedPublishUnitReport(tx, r.id, admin.id, at, null);
      if (!result.ok) throw new Error(`seedPublicationsDemo: ${result.error}`);
      // The audit has the demo's history too, as the administrator's publishing would have left it.
      seedRecordAudit(tx, { action: "report_published", actor: admin, target: `/reports/${result.data.year}/${result.data.slug}`, detail: "第 1 版", at });
      unitReports++;
    }
    // Every closed year whose consolidated report the office has written (2020, and each year after it
    // but the one in progress), on 26 March after the year, once every unit's report is out.
    const officeYears = tx
      .select({ year: reports.year })
      .from(reports)
      .where(eq(reports.unitId, office.unitId))
      .orderBy(reports.year)
      .all()
      .map((r) => r.year);
    for (const year of officeYears) {
      const at = beijingTime(year + 1, 3, 26, 10);
      const result = seedPublishConsolidated(tx, year, office, admin.id, at, null, DEMO_GOVERNMENT_NAME);
      if (!result.ok) throw new Error(`seedPublicationsDemo: ${result.error}`);
      seedRecordAudit(tx, { action: "report_published", actor: admin, target: `/reports/${year}/${result.data.slug}`, detail: "第 1 版", at });
    }
    // The units read those notices long ago: a newcomer's bell counts what is new, not years of history.
    tx.update(notifications).set({ readAt: sql`${notifications.createdAt} + 86400000` }).where(isNull(notifications.readAt)).run();
    return { unitReports, consolidated: officeYears.length };
  });
}
