import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, cellValues, reportYearUnits, reports, units, users } from "@/db/schema";
import { createFixture } from "@/lib/testing/fixtures";
import { mergeUnit } from "./admin-unit-merge";
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

  it("keeps a report the unit has started, for the office to decide", () => {
    const f = createFixture();
    f.db.insert(cellValues).values({ reportId: f.eduReport.id, key: "t3.received.natural", value: "3", rev: 1, updatedAt: Date.now() }).run();
    const r = mergeUnit(admin(f), { unitId: f.eduEditor.unitId, intoUnitId: f.xinqiEditor.unitId });
    expect(r).toMatchObject({ ok: true, data: { removedFromYears: [] } });
    expect(f.db.select().from(reports).where(eq(reports.id, f.eduReport.id)).get()).toBeDefined();
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
});
