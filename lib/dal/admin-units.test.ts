import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { units, users } from "@/db/schema";
import { createFixture } from "@/lib/testing/fixtures";
import { createUnitSchema } from "@/lib/validation/admin-input";
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
});
