import bcrypt from "bcryptjs";
import { getDb } from "@/db/client";
import { eq } from "drizzle-orm";
import { cellValues, narratives, reportYears, reportYearUnits, reports, units, users } from "@/db/schema";
import { type ReportState } from "@/lib/domain";
import { demoNarratives } from "@/db/seed/demo-narratives";
import { demoValues } from "@/db/seed/demo-values";
import { asSessionUser } from "@/lib/dal/internal/session-user";
import type { CurrentUser, Role } from "@/lib/dal/types";

/** A small organisation in the test database: two units, the office, people in each role, one 2021 report per unit. */
export function createFixture(password = "Secret123", year = 2021) {
  const db = getDb();
  const hash = bcrypt.hashSync(password, 4);
  const tag = Math.random().toString(36).slice(2, 8);
  const unit = (code: string, name: string, kind: "agency" | "subdistrict" | "office") =>
    db.insert(units).values({ code: `${code}-${tag}`, name, kind }).returning().get();
  const edu = unit("edu", "区教育局", "agency");
  const xinqi = unit("xinqi", "新碶街道", "subdistrict");
  const office = unit("office", "区政府办公室", "office");
  const person = (u: typeof edu, role: Role, name: string): CurrentUser => {
    const row = db
      .insert(users)
      .values({ username: `${u.code}-${role}`, displayName: name, unitId: u.id, role, passwordHash: hash })
      .returning()
      .get();
    return asSessionUser({ id: row.id, username: row.username, displayName: name, role, unitId: u.id, unitName: u.name, unitCode: u.code, unitKind: u.kind });
  };
  // Every fixture in a test file shares the database: the year may exist already, the units are new.
  db.insert(reportYears).values({ year, formatVersion: "2021", unitDeadline: "2022-01-31", consolidatedDeadline: "2022-03-31" }).onConflictDoNothing().run();
  db.insert(reportYearUnits).values([{ year, unitId: edu.id }, { year, unitId: xinqi.id }]).run();
  const report = (unitId: number, state: ReportState = "not_started") =>
    db.insert(reports).values({ unitId, year, state }).returning().get();
  return {
    db,
    year,
    eduEditor: person(edu, "editor", "区教育局填报员"),
    eduApprover: person(edu, "approver", "区教育局审核签发人"),
    xinqiEditor: person(xinqi, "editor", "新碶街道填报员"),
    reviewer: person(office, "reviewer", "审核员"),
    eduReport: report(edu.id),
    xinqiReport: report(xinqi.id),
  };
}

/**
 * Fills the fixture's 区教育局 report with a clean demo 2021 report (区民政局's, format 2021), as if typed in
 * at rev 1, and puts it in `state`.
 */
export function fillCleanReport(f: ReturnType<typeof createFixture>, state: ReportState = "draft") {
  const now = Date.now();
  f.db.insert(cellValues)
    .values(Object.entries(demoValues("mzj", 2021)).map(([key, v]) => ({ reportId: f.eduReport.id, key, value: v.value, unit: v.unit ?? null, rev: 1, updatedAt: now })))
    .run();
  const texts = demoNarratives("mzj", 2021) as unknown as Record<string, string>;
  f.db.insert(narratives)
    .values(Object.entries(texts).filter(([, t]) => t).map(([sectionKey, text]) => ({ reportId: f.eduReport.id, sectionKey, text, rev: 1, updatedAt: now })))
    .run();
  f.db.update(reports).set({ state, version: 1 }).where(eq(reports.id, f.eduReport.id)).run();
}
