import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, units, users } from "@/db/schema";
import { createFixture } from "@/lib/testing/fixtures";
import { createUnitSchema, updateUnitSchema } from "@/lib/validation/admin-input";
import { createUnit, getUnit, listUnits, setUnitActive, updateUnit } from "./admin-units";
import type { CurrentUser } from "./types";

/** The fixture plus an administrator in its office. */
function adminFixture() {
  const f = createFixture();
  const row = f.db
    .insert(users)
    .values({ username: `admin-${f.reviewer.unitCode}`, displayName: "系统管理员", unitId: f.reviewer.unitId, role: "admin", passwordHash: "x" })
    .returning()
    .get();
  const admin: CurrentUser = { ...f.reviewer, id: row.id, username: row.username, displayName: row.displayName, role: "admin" };
  return { ...f, admin };
}

const uniq = () => Math.random().toString(36).slice(2, 8);

/** The detail of the latest "unit_updated" event about the unit now called `name`. */
function lastUpdateDetail(f: ReturnType<typeof adminFixture>, name: string): string | null | undefined {
  return f.db
    .select({ detail: auditEvents.detail })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, "unit_updated"), eq(auditEvents.target, `单位 ${name}`)))
    .orderBy(desc(auditEvents.id))
    .get()?.detail;
}

const stored = (f: ReturnType<typeof adminFixture>, unitId: number) => f.db.select().from(units).where(eq(units.id, unitId)).get()!;

describe("units administration", () => {
  it("adds a unit with a unique lowercase code and a name unique among units in use", () => {
    const f = adminFixture();
    const code = `new-${uniq()}`;
    const name = `区新设局${code}`;
    const r = createUnit(f.admin, { code, name, kind: "agency" });
    expect(r.ok).toBe(true);
    const row = f.db.select().from(units).where(eq(units.code, code)).get()!;
    expect(row).toMatchObject({ name, kind: "agency", active: true });

    expect(createUnit(f.admin, { code, name: `${name}二`, kind: "agency" })).toMatchObject({ ok: false, fieldErrors: { code: expect.any(String) } });
    expect(createUnit(f.admin, { code: `x${code}`, name, kind: "agency" })).toMatchObject({ ok: false, fieldErrors: { name: expect.any(String) } });
    expect(createUnitSchema.safeParse({ code: "Edu", name: "区某局", kind: "agency" }).success).toBe(false);
    expect(createUnitSchema.safeParse({ code: "教育", name: "区某局", kind: "agency" }).success).toBe(false);
    expect(createUnitSchema.safeParse({ code: "edu2", name: "区某局", kind: "bureau" }).success).toBe(false);
  });

  it("lists units filtered by kind, status and part of the name", () => {
    const f = adminFixture();
    const tag = uniq();
    const a = createUnit(f.admin, { code: `s-${tag}`, name: `测试街道${tag}`, kind: "subdistrict" });
    if (!a.ok) throw new Error(a.error);
    const found = listUnits(f.admin, { q: tag });
    expect(found.map((u) => u.name)).toEqual([`测试街道${tag}`]);
    expect(listUnits(f.admin, { q: tag, kind: "agency" })).toEqual([]);
    setUnitActive(f.admin, { unitId: a.data.id, active: false });
    expect(listUnits(f.admin, { q: tag })).toEqual([]);
    expect(listUnits(f.admin, { q: tag, status: "retired" })).toHaveLength(1);
    expect(listUnits(f.admin, { q: f.eduEditor.unitCode })).toEqual([expect.objectContaining({ people: 2, reports: 1 })]);
    expect(listUnits(f.admin, { q: "%" }).every((u) => u.name.includes("%"))).toBe(true);
  });

  it("renames and changes kind, but never leaves people with a role that does not fit the unit", () => {
    const f = adminFixture();
    const name = `区教育和体育局${uniq()}`;
    expect(updateUnit(f.admin, { unitId: f.eduEditor.unitId, name, kind: "agency" }).ok).toBe(true);
    expect(f.db.select().from(units).where(eq(units.id, f.eduEditor.unitId)).get()!.name).toBe(name);
    expect(updateUnit(f.admin, { unitId: f.eduEditor.unitId, name, kind: "subdistrict" }).ok).toBe(true);
    const refused = updateUnit(f.admin, { unitId: f.eduEditor.unitId, name, kind: "office" });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { kind: expect.any(String) } });
    expect(f.db.select().from(units).where(eq(units.id, f.eduEditor.unitId)).get()!.kind).toBe("subdistrict");
  });

  it("retires a unit without touching its people or reports, and reactivates it", () => {
    const f = adminFixture();
    // Every fixture has a 区教育局 in use: give this one its own name so that it may come back.
    updateUnit(f.admin, { unitId: f.eduEditor.unitId, name: `区教育局${uniq()}`, kind: "agency" });
    expect(setUnitActive(f.admin, { unitId: f.eduEditor.unitId, active: false }).ok).toBe(true);
    const detail = getUnit(f.admin, f.eduEditor.unitId)!;
    expect(detail.active).toBe(false);
    expect(detail.reports.map((r) => r.id)).toEqual([f.eduReport.id]);
    expect(detail.people.every((p) => !p.disabled)).toBe(true);
    expect(setUnitActive(f.admin, { unitId: f.eduEditor.unitId, active: true }).ok).toBe(true);
    expect(setUnitActive(f.admin, { unitId: f.admin.unitId, active: false })).toMatchObject({ ok: false });
  });

  it("refuses to reactivate a unit whose name another unit in use now has", () => {
    const f = adminFixture();
    const name = `区合并局${uniq()}`;
    const old = createUnit(f.admin, { code: `o-${uniq()}`, name, kind: "agency" });
    if (!old.ok) throw new Error(old.error);
    setUnitActive(f.admin, { unitId: old.data.id, active: false });
    expect(createUnit(f.admin, { code: `n-${uniq()}`, name, kind: "agency" }).ok).toBe(true);
    expect(setUnitActive(f.admin, { unitId: old.data.id, active: true })).toMatchObject({ ok: false });
  });

  it("refuses everyone but an administrator", () => {
    const f = adminFixture();
    for (const who of [f.reviewer, f.eduEditor, f.eduApprover]) {
      expect(createUnit(who, { code: `z-${uniq()}`, name: `区某局${uniq()}`, kind: "agency" })).toMatchObject({ ok: false, code: "not_found" });
      expect(updateUnit(who, { unitId: f.eduEditor.unitId, name: "改名", kind: "agency" }).ok).toBe(false);
      expect(setUnitActive(who, { unitId: f.eduEditor.unitId, active: false }).ok).toBe(false);
      expect(listUnits(who)).toEqual([]);
      expect(getUnit(who, f.eduEditor.unitId)).toBeNull();
    }
    expect(f.db.select().from(units).where(eq(units.id, f.eduEditor.unitId)).get()).toMatchObject({ name: "区教育局", active: true });
  });

  describe("全称 and 机构序列", () => {
    const SORT_ORDER_MESSAGE = "机构序列应为 0 至 99999 的整数";
    const base = { unitId: 1, name: "区教育局", kind: "agency" as const };
    const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message) ?? [];

    it("takes a full name trimmed, empty as not set, 2 to 80 characters", () => {
      expect(updateUnitSchema.parse({ ...base, fullName: "  宁波市北仑区教育局 " }).fullName).toBe("宁波市北仑区教育局");
      expect(updateUnitSchema.parse({ ...base, fullName: "   " }).fullName).toBe("");
      expect(messages(updateUnitSchema.safeParse({ ...base, fullName: "局" }))).toEqual([expect.stringContaining("至少 2 个字")]);
      expect(messages(createUnitSchema.safeParse({ code: "abc", name: "区某局", kind: "agency", fullName: "局".repeat(81) }))).toEqual(["单位全称不能超过 80 字"]);
      expect(createUnitSchema.safeParse({ code: "abc", name: "区某局", kind: "agency", fullName: "局".repeat(80) }).success).toBe(true);
    });

    it("takes a 机构序列 that is a whole number from 0 to 99999 and refuses anything else in Chinese", () => {
      for (const ok of [0, 5, 99999]) expect(updateUnitSchema.safeParse({ ...base, sortOrder: ok }).success, String(ok)).toBe(true);
      // NaN is what an emptied number input sends (valueAsNumber).
      for (const bad of [-1, 1.5, 100000, Number.NaN, "5"]) expect(messages(updateUnitSchema.safeParse({ ...base, sortOrder: bad })), String(bad)).toEqual([SORT_ORDER_MESSAGE]);
    });

    it("adds a unit with its full name, or none when left empty", () => {
      const f = adminFixture();
      const tag = uniq();
      const a = createUnit(f.admin, { code: `fa-${tag}`, name: `区甲局${tag}`, fullName: `宁波市北仑区甲局${tag}`, kind: "agency" });
      const b = createUnit(f.admin, { code: `fb-${tag}`, name: `区乙局${tag}`, fullName: "", kind: "agency" });
      if (!a.ok || !b.ok) throw new Error("not created");
      expect(stored(f, a.data.id).fullName).toBe(`宁波市北仑区甲局${tag}`);
      expect(stored(f, b.data.id).fullName).toBeNull();
      expect(createUnit(f.admin, { code: `fc-${tag}`, name: `区丙局${tag}`, fullName: `宁波市北仑区甲局${tag}`, kind: "agency" })).toMatchObject({
        ok: false,
        fieldErrors: { fullName: "已有单位使用该全称" },
      });
      expect(f.db.select().from(units).where(eq(units.code, `fc-${tag}`)).get()).toBeUndefined();
    });

    it("sets, changes and clears a unit's full name and 机构序列, and the audit says what changed", () => {
      const f = adminFixture();
      const unitId = f.eduEditor.unitId;
      const name = `区教育局${uniq()}`;
      const fullName = `宁波市北仑区教育局${uniq()}`;
      const before = stored(f, unitId).sortOrder;

      expect(updateUnit(f.admin, { unitId, name, fullName, kind: "agency", sortOrder: before + 7 }).ok).toBe(true);
      expect(stored(f, unitId)).toMatchObject({ name, fullName, sortOrder: before + 7 });
      expect(lastUpdateDetail(f, name)).toBe(`名称“区教育局”改为“${name}”；全称设为“${fullName}”；机构序列 ${before} 改为 ${before + 7}`);
      expect(getUnit(f.admin, unitId)).toMatchObject({ fullName, sortOrder: before + 7 });
      expect(listUnits(f.admin, { q: name })).toEqual([expect.objectContaining({ fullName, sortOrder: before + 7 })]);
      // The full name finds the unit too.
      expect(listUnits(f.admin, { q: fullName }).map((u) => u.id)).toEqual([unitId]);

      expect(updateUnit(f.admin, { unitId, name, fullName: `${fullName}二`, kind: "agency", sortOrder: 3 }).ok).toBe(true);
      expect(lastUpdateDetail(f, name)).toBe(`全称“${fullName}”改为“${fullName}二”；机构序列 ${before + 7} 改为 3`);

      // Left out, they stay as they are.
      expect(updateUnit(f.admin, { unitId, name, kind: "agency" }).ok).toBe(true);
      expect(stored(f, unitId)).toMatchObject({ fullName: `${fullName}二`, sortOrder: 3 });
      expect(lastUpdateDetail(f, name)).toBe("未改动");

      expect(updateUnit(f.admin, { unitId, name, fullName: "", kind: "agency", sortOrder: 3 }).ok).toBe(true);
      expect(stored(f, unitId).fullName).toBeNull();
      expect(lastUpdateDetail(f, name)).toBe(`清除全称“${fullName}二”`);
    });

    it("refuses a full name another unit in use has, and changes nothing then", () => {
      const f = adminFixture();
      const tag = uniq();
      const other = createUnit(f.admin, { code: `fo-${tag}`, name: `区他局${tag}`, fullName: `宁波市北仑区他局${tag}`, kind: "agency" });
      if (!other.ok) throw new Error(other.error);
      const mine = createUnit(f.admin, { code: `fm-${tag}`, name: `区本局${tag}`, kind: "agency" });
      if (!mine.ok) throw new Error(mine.error);
      const unitId = mine.data.id;
      const was = stored(f, unitId);

      const refused = updateUnit(f.admin, { unitId, name: was.name, fullName: `宁波市北仑区他局${tag}`, kind: "agency", sortOrder: was.sortOrder + 1 });
      expect(refused).toMatchObject({ ok: false, fieldErrors: { fullName: "已有单位使用该全称" } });
      expect(stored(f, unitId)).toEqual(was);

      // Once the other unit is retired its full name is free; bringing it back is then refused.
      setUnitActive(f.admin, { unitId: other.data.id, active: false });
      expect(updateUnit(f.admin, { unitId, name: was.name, fullName: `宁波市北仑区他局${tag}`, kind: "agency" }).ok).toBe(true);
      expect(setUnitActive(f.admin, { unitId: other.data.id, active: true })).toMatchObject({ ok: false, error: expect.stringContaining("全称") });
      expect(stored(f, other.data.id).active).toBe(false);
    });
  });
});
