import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, cellValues, narratives, reportYearUnits, reportYears, reports, units, users } from "@/db/schema";
import { createFixture } from "@/lib/testing/fixtures";
import { mergeUnit } from "./admin-unit-merge";
import { setUnitActive } from "./admin-units";
import { readPreviousReportData } from "./internal/report-context";
import { findReadableReport } from "./report-gate";
import { getReportForEditing, listOwnReports } from "./report-read";
import { saveCells } from "./report-save";
import type { CurrentUser } from "./types";

const admin = (f: ReturnType<typeof createFixture>): CurrentUser => ({ ...f.reviewer, role: "admin" });

describe("mergeUnit", () => {
  it("moves the people, retires the unit and drops its untouched reports, recording it all", () => {
    const f = createFixture();
    const edu = f.eduEditor.unitId;
    const xinqi = f.xinqiEditor.unitId;
    const r = mergeUnit(admin(f), { unitId: edu, intoUnitId: xinqi });
    expect(r).toEqual({ ok: true, data: { movedAccounts: 2, removedFromYears: [f.year] } });
    expect(f.db.select({ unitId: users.unitId }).from(users).where(eq(users.id, f.eduEditor.id)).get()).toEqual({ unitId: xinqi });
    expect(f.db.select({ active: units.active }).from(units).where(eq(units.id, edu)).get()).toEqual({ active: false });
    expect(f.db.select().from(reports).where(eq(reports.id, f.eduReport.id)).get()).toBeUndefined();
    expect(f.db.select().from(reportYearUnits).where(eq(reportYearUnits.unitId, edu)).all()).toEqual([]);
    const event = f.db.select().from(auditEvents).where(eq(auditEvents.action, "unit_merged")).all().at(-1)!;
    expect(event.target).toBe("单位 区教育局");
    expect(event.detail).toBe(`并入“新碶街道”；2 个账户转入；${f.year}年度未填写的报告已移除`);
  });

  it("keeps a report the unit has started, for the office to decide, and lets the people who moved read it but not change it", () => {
    const f = createFixture();
    f.db.insert(cellValues).values({ reportId: f.eduReport.id, key: "t3.received.natural", value: "3", rev: 1, updatedAt: Date.now() }).run();
    const r = mergeUnit(admin(f), { unitId: f.eduEditor.unitId, intoUnitId: f.xinqiEditor.unitId });
    expect(r).toMatchObject({ ok: true, data: { removedFromYears: [] } });
    expect(f.db.select().from(reports).where(eq(reports.id, f.eduReport.id)).get()).toBeDefined();

    // 新碶街道's editor (and the moved editor, now of 新碶街道) read 区教育局's report as the unit's past.
    const moved = { ...f.eduEditor, unitId: f.xinqiEditor.unitId, unitName: "新碶街道" };
    for (const person of [moved, f.xinqiEditor]) {
      expect(findReadableReport(person, f.eduReport.id)?.unitName).toBe("区教育局");
      const listed = listOwnReports(person).find((x) => x.id === f.eduReport.id);
      expect(listed?.mergedUnitName).toBe("区教育局");
      expect(getReportForEditing(person, f.eduReport.id)?.canEdit).toBe(false);
      expect(saveCells(person, { reportId: f.eduReport.id, sinceVersion: 0, changes: [{ key: "t3.received.natural", value: "9", baseRev: 1 }] })).toMatchObject({ ok: false, code: "locked" });
    }
    expect(listOwnReports(f.xinqiEditor)[0].mergedUnitName).toBeUndefined();
  });

  it("refuses a merge into itself, into a retired unit, or by anyone but an administrator", () => {
    const f = createFixture();
    const edu = f.eduEditor.unitId;
    const xinqi = f.xinqiEditor.unitId;
    expect(mergeUnit(f.reviewer, { unitId: edu, intoUnitId: xinqi })).toMatchObject({ ok: false, code: "not_found" });
    expect(mergeUnit(admin(f), { unitId: edu, intoUnitId: edu })).toMatchObject({ ok: false, code: "invalid" });
    expect(mergeUnit(admin(f), { unitId: edu, intoUnitId: f.reviewer.unitId })).toMatchObject({ ok: false, error: "只能合并区级部门或街道。" });
    f.db.update(units).set({ active: false }).where(eq(units.id, xinqi)).run();
    expect(mergeUnit(admin(f), { unitId: edu, intoUnitId: xinqi })).toMatchObject({ ok: false, error: "不能并入已撤销的单位。" });
    expect(f.db.select({ unitId: users.unitId }).from(users).where(eq(users.id, f.eduEditor.id)).get()).toEqual({ unitId: edu });
  });

  it("makes the merged unit's past part of the other unit's previous year, for the cross-year checks", () => {
    const f = createFixture();
    const edu = f.eduEditor.unitId;
    const xinqi = f.xinqiEditor.unitId;
    f.db.insert(reportYears).values({ year: f.year - 1, formatVersion: "2019", unitDeadline: `${f.year}-01-31`, consolidatedDeadline: `${f.year}-03-31` }).onConflictDoNothing().run();
    const prevReport = (unitId: number, carried: string) => {
      const r = f.db.insert(reports).values({ unitId, year: f.year - 1, state: "published" }).returning().get();
      f.db.insert(cellValues).values({ reportId: r.id, key: "t3.carriedForward.natural", value: carried, rev: 1, updatedAt: Date.now() }).run();
      f.db.insert(narratives).values({ reportId: r.id, sectionKey: "five", text: `${carried}号单位的问题`, rev: 1, updatedAt: Date.now() }).run();
    };
    prevReport(edu, "4");
    prevReport(xinqi, "3");
    expect(readPreviousReportData(f.db, xinqi, f.year)!.values["t3.carriedForward.natural"]).toEqual({ value: "3" });

    expect(mergeUnit(admin(f), { unitId: edu, intoUnitId: xinqi }).ok).toBe(true);
    const previous = readPreviousReportData(f.db, xinqi, f.year)!;
    expect(previous.values["t3.carriedForward.natural"]).toEqual({ value: "7" });
    expect(previous.narratives).toEqual({ five: "3号单位的问题" });
    // Brought back, the unit stands on its own again (renamed first: other tests here keep a 区教育局 in use).
    f.db.update(units).set({ name: `区教育局（${edu}）` }).where(eq(units.id, edu)).run();
    expect(setUnitActive(admin(f), { unitId: edu, active: true }).ok).toBe(true);
    expect(readPreviousReportData(f.db, xinqi, f.year)!.values["t3.carriedForward.natural"]).toEqual({ value: "3" });
  });
});
