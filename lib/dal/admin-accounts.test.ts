import bcrypt from "bcryptjs";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { sessions, users } from "@/db/schema";
import { createFixture } from "@/lib/testing/fixtures";
import { createAccountSchema } from "@/lib/validation/admin-input";
import {
  createAccount,
  getAccount,
  listAccounts,
  resetPassword,
  setAccountDisabled,
  unlockAccount,
  updateAccount,
} from "./admin-accounts";
import { setUnitActive } from "./admin-units";
import { verifyCredentials } from "./credentials";
import { changePassword } from "./account";
import { loadSession, loadSessionUser } from "./internal/session-store";
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

async function signedIn(username: string, password: string): Promise<string> {
  const r = await verifyCredentials(username, password);
  if (!r.ok) throw new Error(`sign-in failed: ${r.reason}`);
  return r.sessionId;
}

describe("accounts administration", () => {
  it("creates an account that can sign in, with a unique username", async () => {
    const f = adminFixture();
    const username = `new-${uniq()}`;
    const r = await createAccount(f.admin, { username, displayName: "新填报员", unitId: f.eduEditor.unitId, role: "editor", password: "Start2026x" });
    expect(r.ok).toBe(true);
    const sid = await signedIn(username, "Start2026x");
    expect(loadSessionUser(sid)).toMatchObject({ username, unitId: f.eduEditor.unitId, role: "editor" });
    // The password an administrator chose must be replaced before anything else; then the session is a normal one.
    expect(loadSession(sid)?.mustChangePassword).toBe(true);
    const user = loadSessionUser(sid)!;
    expect((await changePassword(user, "Start2026x", "Mine2026xy", sid)).ok).toBe(true);
    expect(loadSession(sid)?.mustChangePassword).toBe(false);
    const again = await createAccount(f.admin, { username, displayName: "重复", unitId: f.eduEditor.unitId, role: "editor", password: "Start2026x" });
    expect(again).toMatchObject({ ok: false, fieldErrors: { username: expect.any(String) } });
    expect(listAccounts(f.admin, { q: username }).map((a) => [a.username, a.unitName, a.role])).toEqual([[username, "区教育局", "editor"]]);
  });

  it("validates the username and the initial password", () => {
    const base = { username: "abc-1", displayName: "某人", unitId: 1, role: "editor", password: "Start2026x" };
    expect(createAccountSchema.safeParse(base).success).toBe(true);
    for (const bad of [{ username: "Abc" }, { username: "张三" }, { password: "short1" }, { password: "onlyletters" }, { password: "12345678" }, { role: "boss" }]) {
      expect(createAccountSchema.safeParse({ ...base, ...bad }).success).toBe(false);
    }
  });

  it("puts office roles only in the office and unit roles only in reporting units, never in a retired unit", async () => {
    const f = adminFixture();
    const make = (unitId: number, role: "editor" | "reviewer") =>
      createAccount(f.admin, { username: `p-${uniq()}`, displayName: "某人", unitId, role, password: "Start2026x" });
    expect(await make(f.eduEditor.unitId, "reviewer")).toMatchObject({ ok: false, fieldErrors: { role: expect.any(String) } });
    expect(await make(f.admin.unitId, "editor")).toMatchObject({ ok: false, fieldErrors: { role: expect.any(String) } });
    expect((await make(f.admin.unitId, "reviewer")).ok).toBe(true);
    setUnitActive(f.admin, { unitId: f.xinqiEditor.unitId, active: false });
    expect(await make(f.xinqiEditor.unitId, "editor")).toMatchObject({ ok: false, fieldErrors: { unitId: expect.any(String) } });
    expect(updateAccount(f.admin, { userId: f.eduEditor.id, displayName: "x", unitId: f.eduEditor.unitId, role: "admin" }).ok).toBe(false);
  });

  it("assigns a unit and role, taking effect on the next request", async () => {
    const f = adminFixture();
    const sid = await signedIn(f.eduEditor.username, "Secret123");
    const r = updateAccount(f.admin, { userId: f.eduEditor.id, displayName: "调任人员", unitId: f.xinqiEditor.unitId, role: "approver" });
    expect(r.ok).toBe(true);
    expect(loadSessionUser(sid)).toMatchObject({ displayName: "调任人员", unitId: f.xinqiEditor.unitId, role: "approver" });
  });

  it("resets a password: the old one stops working and every session ends", async () => {
    const f = adminFixture();
    const sid = await signedIn(f.eduEditor.username, "Secret123");
    f.db.update(users).set({ lockedUntil: Date.now() + 60_000 }).where(eq(users.id, f.eduEditor.id)).run();
    const r = await resetPassword(f.admin, { userId: f.eduEditor.id, password: "Fresh2026x", confirmPassword: "Fresh2026x" });
    expect(r.ok).toBe(true);
    expect(loadSessionUser(sid)).toBeNull();
    expect(f.db.select().from(sessions).where(eq(sessions.id, sid)).get()!.revokedAt).not.toBeNull();
    const row = f.db.select().from(users).where(eq(users.id, f.eduEditor.id)).get()!;
    expect(bcrypt.compareSync("Fresh2026x", row.passwordHash)).toBe(true);
    expect(row.lockedUntil).toBeNull();
    expect(row.mustChangePassword).toBe(true);
    expect((await verifyCredentials(f.eduEditor.username, "Secret123")).ok).toBe(false);
    expect(await resetPassword(f.admin, { userId: f.admin.id, password: "Fresh2026x", confirmPassword: "Fresh2026x" })).toMatchObject({ ok: false });
  });

  it("disables an account, ending its sessions at once, and enables it again", async () => {
    const f = adminFixture();
    const sid = await signedIn(f.eduApprover.username, "Secret123");
    expect(setAccountDisabled(f.admin, { userId: f.eduApprover.id, disabled: true }).ok).toBe(true);
    expect(loadSessionUser(sid)).toBeNull();
    expect(f.db.select().from(sessions).where(eq(sessions.id, sid)).get()!.revokedAt).not.toBeNull();
    expect((await verifyCredentials(f.eduApprover.username, "Secret123")).ok).toBe(false);
    expect(setAccountDisabled(f.admin, { userId: f.eduApprover.id, disabled: false }).ok).toBe(true);
    expect((await verifyCredentials(f.eduApprover.username, "Secret123")).ok).toBe(true);
  });

  it("unlocks an account locked by failed sign-ins", async () => {
    const f = adminFixture();
    for (let i = 0; i < 5; i++) await verifyCredentials(f.xinqiEditor.username, "wrong");
    expect(getAccount(f.admin, f.xinqiEditor.id)!.lockedUntil).toBeGreaterThan(Date.now());
    expect((await verifyCredentials(f.xinqiEditor.username, "Secret123")).ok).toBe(false);
    expect(unlockAccount(f.admin, f.xinqiEditor.id).ok).toBe(true);
    expect(getAccount(f.admin, f.xinqiEditor.id)).toMatchObject({ lockedUntil: null, failedLogins: 0 });
    expect((await verifyCredentials(f.xinqiEditor.username, "Secret123")).ok).toBe(true);
  });

  it("does not let an administrator disable or demote themselves", () => {
    const f = adminFixture();
    expect(setAccountDisabled(f.admin, { userId: f.admin.id, disabled: true })).toMatchObject({ ok: false });
    expect(updateAccount(f.admin, { userId: f.admin.id, displayName: "x", unitId: f.admin.unitId, role: "reviewer" })).toMatchObject({ ok: false });
    expect(f.db.select().from(users).where(eq(users.id, f.admin.id)).get()).toMatchObject({ role: "admin", disabled: false });
    expect(updateAccount(f.admin, { userId: f.admin.id, displayName: "新称呼", unitId: f.admin.unitId, role: "admin" }).ok).toBe(true);
  });

  it("refuses everyone but an administrator", async () => {
    const f = adminFixture();
    for (const who of [f.reviewer, f.eduApprover]) {
      const input = { username: `h-${uniq()}`, displayName: "x", unitId: f.eduEditor.unitId, role: "editor" as const, password: "Start2026x" };
      expect(await createAccount(who, input)).toMatchObject({ ok: false, code: "not_found" });
      expect(updateAccount(who, { userId: who.id, displayName: "x", unitId: f.admin.unitId, role: "admin" }).ok).toBe(false);
      expect((await resetPassword(who, { userId: f.eduEditor.id, password: "Fresh2026x", confirmPassword: "Fresh2026x" })).ok).toBe(false);
      expect(setAccountDisabled(who, { userId: f.eduEditor.id, disabled: true }).ok).toBe(false);
      expect(unlockAccount(who, f.eduEditor.id).ok).toBe(false);
      expect(listAccounts(who)).toEqual([]);
      expect(getAccount(who, f.eduEditor.id)).toBeNull();
    }
    expect(f.db.select().from(users).where(eq(users.id, f.reviewer.id)).get()!.role).toBe("reviewer");
  });
});
