import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { cellValues, reports, reportYears, reportYearUnits, units, users } from "@/db/schema";
import { createFixture } from "@/lib/testing/fixtures";
import { updateYearSchema } from "@/lib/validation/admin-input";
import { setUnitActive } from "./admin-units";
import { addExpectedUnit, createNextYear, getYear, listYears, removeExpectedUnit, updateYear } from "./admin-years";
import { saveCells } from "./report-save";
import type { CurrentUser } from "./types";

// Tests share one database: each takes its own years.
let freeYear = 2100 + Math.floor(Math.random() * 300) * 2;

/** An administrator and a year expecting `count` fresh reporting units (plus one retired one). */
function yearFixture(count = 3) {
  const f = createFixture();
  const row = f.db
    .insert(users)
    .values({ username: `admin-${f.reviewer.unitCode}`, displayName: "系统管理员", unitId: f.reviewer.unitId, role: "admin", passwordHash: "x" })
    .returning()
    .get();
  const admin: CurrentUser = { ...f.reviewer, id: row.id, username: row.username, displayName: row.displayName, role: "admin" };
  const year = (freeYear += 3);
  const tag = Math.random().toString(36).slice(2, 8);
  const unitRows = f.db
    .insert(units)
    .values(Array.from({ length: count + 1 }, (_, i) => ({ code: `u${i}-${tag}`, name: `单位${i}-${tag}`, kind: i % 7 ? ("agency" as const) : ("subdistrict" as const) })))
    .returning()
    .all();
  f.db.insert(reportYears).values({ year, formatVersion: "2019", localTables: ["A"], unitDeadline: `${year + 1}-01-20`, consolidatedDeadline: `${year + 1}-03-10` }).run();
  f.db.insert(reportYearUnits).values(unitRows.map((u) => ({ year, unitId: u.id }))).run();
  f.db.insert(reports).values(unitRows.map((u) => ({ year, unitId: u.id }))).run();
  setUnitActive(admin, { unitId: unitRows[count].id, active: false });
  return { ...f, admin, year, unitRows };
}

const settings = (year: number, over: Partial<Parameters<typeof updateYear>[1]> = {}) => ({
  year,
  formatVersion: "2021",
  localTables: ["A"],
  unitDeadline: `${year + 1}-01-31`,
  consolidatedDeadline: `${year + 1}-03-31`,
  unitsPublish: false,
  ...over,
});

describe("report years administration", () => {
  it("creates the next year from the previous one: 77 units in use, their reports, default deadlines", () => {
    const f = yearFixture(77);
    const r = createNextYear(f.admin, { fromYear: f.year });
    expect(r).toEqual({ ok: true, data: { year: f.year + 1, reports: 77 } });
    const next = getYear(f.admin, f.year + 1)!;
    expect(next).toMatchObject({ formatVersion: "2019", localTables: ["A"], unitDeadline: `${f.year + 2}-01-31`, consolidatedDeadline: `${f.year + 2}-03-31`, hasValues: false });
    expect(next.expectedUnits).toHaveLength(77);
    expect(next.expectedUnits.every((u) => u.state === "not_started" && u.reportId && u.active)).toBe(true);
    const retired = f.unitRows[77].id;
    expect(next.expectedUnits.some((u) => u.unitId === retired)).toBe(false);
    expect(next.candidates.some((u) => u.id === retired)).toBe(false);
    expect(f.db.select().from(reports).where(eq(reports.year, f.year + 1)).all()).toHaveLength(77);
    expect(listYears(f.admin).find((y) => y.year === f.year + 1)).toMatchObject({ expected: 77, started: 0 });
    expect(createNextYear(f.admin, { fromYear: f.year })).toMatchObject({ ok: false, code: "conflict" });
    expect(createNextYear(f.admin, { fromYear: 1999 })).toMatchObject({ ok: false });
  });

  it("changes the format version only while no report of the year holds a value", () => {
    const f = yearFixture();
    expect(updateYear(f.admin, settings(f.year)).ok).toBe(true);
    expect(getYear(f.admin, f.year)!.formatVersion).toBe("2021");
    const report = f.db.select().from(reports).where(and(eq(reports.year, f.year), eq(reports.unitId, f.unitRows[0].id))).get()!;
    f.db.insert(cellValues).values({ reportId: report.id, key: "t3.received.natural", value: "3", rev: 1, updatedAt: Date.now() }).run();
    expect(getYear(f.admin, f.year)!.hasValues).toBe(true);
    f.db.update(reports).set({ state: "draft" }).where(eq(reports.id, report.id)).run();
    expect(listYears(f.admin).find((y) => y.year === f.year)).toMatchObject({ expected: 4, started: 1 });
    expect(updateYear(f.admin, settings(f.year, { formatVersion: "2019" }))).toMatchObject({ ok: false, fieldErrors: { formatVersion: expect.any(String) } });
    // Deadlines may still change.
    expect(updateYear(f.admin, settings(f.year, { unitDeadline: `${f.year + 1}-01-15` })).ok).toBe(true);
  });

  it("keeps a local table that holds values, and checks the deadlines and the names", () => {
    const f = yearFixture();
    const report = f.db.select().from(reports).where(eq(reports.year, f.year)).get()!;
    f.db.insert(cellValues).values({ reportId: report.id, key: "a.total", value: "7", rev: 1, updatedAt: Date.now() }).run();
    expect(updateYear(f.admin, settings(f.year, { formatVersion: "2019", localTables: [] }))).toMatchObject({ ok: false, fieldErrors: { localTables: expect.any(String) } });
    expect(updateYear(f.admin, settings(f.year, { formatVersion: "2019", unitDeadline: `${f.year + 1}-04-01` })).ok).toBe(false);
    expect(updateYear(f.admin, settings(f.year, { formatVersion: "2030" })).ok).toBe(false);
    expect(updateYear(f.admin, settings(f.year, { formatVersion: "2019", localTables: ["Z"] })).ok).toBe(false);
    expect(updateYear(f.admin, settings(f.year + 1000)).ok).toBe(false);
    expect(updateYearSchema.safeParse(settings(f.year, { unitDeadline: `${f.year + 1}-02-30` })).success).toBe(false);
    expect(updateYearSchema.safeParse(settings(f.year, { unitDeadline: `${f.year + 1}-04-01` })).success).toBe(false);
  });

  it("adds an expected unit with its report, and removes it only while the report is untouched", () => {
    const f = yearFixture();
    const unit = f.db.insert(units).values({ code: `add-${f.year}`, name: `新增单位${f.year}`, kind: "agency" }).returning().get();
    expect(getYear(f.admin, f.year)!.candidates.some((c) => c.id === unit.id)).toBe(true);
    expect(addExpectedUnit(f.admin, { year: f.year, unitId: unit.id }).ok).toBe(true);
    const added = getYear(f.admin, f.year)!.expectedUnits.find((u) => u.unitId === unit.id)!;
    expect(added).toMatchObject({ state: "not_started", hasContent: false });
    expect(removeExpectedUnit(f.admin, { year: f.year, unitId: unit.id }).ok).toBe(true);
    expect(f.db.select().from(reports).where(eq(reports.id, added.reportId!)).get()).toBeUndefined();

    // The office cannot be expected, nor can a retired unit.
    expect(addExpectedUnit(f.admin, { year: f.year, unitId: f.admin.unitId }).ok).toBe(false);
    expect(addExpectedUnit(f.admin, { year: f.year, unitId: f.unitRows.at(-1)!.id }).ok).toBe(false);
  });

  it("refuses to remove a unit whose report has content", () => {
    const f = createFixture();
    const admin: CurrentUser = { ...f.reviewer, role: "admin" };
    const saved = saveCells(f.eduEditor, { reportId: f.eduReport.id, sinceVersion: 0, changes: [{ key: "t3.received.natural", value: "1", baseRev: 0 }] });
    expect(saved.ok).toBe(true);
    expect(removeExpectedUnit(admin, { year: f.year, unitId: f.eduEditor.unitId })).toMatchObject({ ok: false });
    expect(f.db.select().from(reports).where(eq(reports.id, f.eduReport.id)).get()).toBeDefined();
    expect(removeExpectedUnit(admin, { year: f.year, unitId: f.xinqiEditor.unitId }).ok).toBe(true);
  });

  it("refuses everyone but an administrator", () => {
    const f = yearFixture();
    for (const who of [f.reviewer, f.eduApprover]) {
      expect(createNextYear(who, { fromYear: f.year })).toMatchObject({ ok: false, code: "not_found" });
      expect(updateYear(who, settings(f.year)).ok).toBe(false);
      expect(addExpectedUnit(who, { year: f.year, unitId: f.eduEditor.unitId }).ok).toBe(false);
      expect(removeExpectedUnit(who, { year: f.year, unitId: f.unitRows[0].id }).ok).toBe(false);
      expect(listYears(who)).toEqual([]);
      expect(getYear(who, f.year)).toBeNull();
    }
    expect(f.db.select().from(reportYears).where(eq(reportYears.year, f.year + 1)).get()).toBeUndefined();
    expect(getYear(f.admin, f.year)!.formatVersion).toBe("2019");
  });
});
