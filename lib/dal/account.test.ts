import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditEvents, users } from "@/db/schema";
import { rememberAddress } from "@/lib/audit/request-address";
import { createFixture } from "@/lib/testing/fixtures";
import { changePassword } from "./account";
import { resetPassword } from "./admin-accounts";
import { MAX_FAILED_LOGINS, verifyCredentials } from "./credentials";
import { loadSession } from "./internal/session-store";
import { resetSignInLimits } from "./internal/sign-in-limits";

beforeEach(() => resetSignInLimits());

async function signedIn(username: string, password: string): Promise<string> {
  const r = await verifyCredentials(username, password);
  if (!r.ok) throw new Error(`sign-in failed: ${r.reason}`);
  return r.sessionId;
}

describe("changing one's own password", () => {
  it("counts a wrong current password toward the lockout, audits it, and signs the person out when it locks", async () => {
    const f = createFixture("Right123");
    const me = f.eduEditor;
    const sid = await signedIn(me.username, "Right123");
    const other = await signedIn(me.username, "Right123");
    rememberAddress(me, { peer: "192.0.2.31", forwarded: null });
    // A failed sign-in elsewhere and wrong guesses here share one counter.
    expect((await verifyCredentials(me.username, "wrong")).ok).toBe(false);
    for (let i = 1; i < MAX_FAILED_LOGINS - 1; i++) {
      expect(await changePassword(me, `guess-${i}`, "Harbour-7315x", sid)).toEqual({ ok: false, error: "当前密码不正确。" });
    }
    expect(f.db.select().from(users).where(eq(users.id, me.id)).get()!.failedLogins).toBe(MAX_FAILED_LOGINS - 1);
    expect(loadSession(sid)).not.toBeNull();

    const locked = await changePassword(me, "guess-last", "Harbour-7315x", sid);
    expect(locked).toMatchObject({ ok: false, code: "auth" });
    expect(locked.ok || locked.error).toContain("账户已锁定 15 分钟");
    expect(loadSession(sid)).toBeNull();
    expect(loadSession(other)).toBeNull();
    expect((await verifyCredentials(me.username, "Right123")).ok).toBe(false);

    const mine = f.db.select().from(auditEvents).where(eq(auditEvents.userId, me.id)).orderBy(auditEvents.id).all();
    const guesses = mine.filter((e) => e.action === "password_change_failed");
    expect(guesses).toHaveLength(MAX_FAILED_LOGINS - 2);
    expect(guesses[0]).toMatchObject({ detail: "当前密码错误", peer: "192.0.2.31" });
    expect(mine.filter((e) => e.action === "account_locked").at(-1)).toMatchObject({ detail: "修改密码时连续输错当前密码，锁定 15 分钟", peer: "192.0.2.31" });
  });

  it("refuses while the account is locked, even with the right current password", async () => {
    const f = createFixture("Right123");
    const me = f.eduApprover;
    const sid = await signedIn(me.username, "Right123");
    f.db.update(users).set({ lockedUntil: Date.now() + 60_000 }).where(eq(users.id, me.id)).run();
    expect(await changePassword(me, "Right123", "Harbour-7315x", sid)).toMatchObject({ ok: false, code: "locked" });
    expect(f.db.select().from(users).where(eq(users.id, me.id)).get()!.passwordChangedAt).toBeNull();
  });

  it("refuses a new password that contains the account's name", async () => {
    const f = createFixture("Right123");
    const me = f.xinqiEditor;
    const sid = await signedIn(me.username, "Right123");
    const r = await changePassword(me, "Right123", `${me.username.toUpperCase()}-9x`, sid);
    expect(r).toMatchObject({ ok: false, error: "新密码不能包含用户名", fieldErrors: { newPassword: "新密码不能包含用户名" } });
    expect(f.db.select().from(auditEvents).where(and(eq(auditEvents.userId, me.id), eq(auditEvents.action, "password_changed"))).all()).toHaveLength(0);
    expect((await changePassword(me, "Right123", "Harbour-7315x", sid)).ok).toBe(true);
  });

  it("refuses, at an administrator's reset too, a password that contains the account's name", async () => {
    const f = createFixture("Right123");
    const admin = { ...f.reviewer, role: "admin" as const };
    const name = f.eduEditor.username;
    const r = await resetPassword(admin, { userId: f.eduEditor.id, password: `${name}-X1`, confirmPassword: `${name}-X1` });
    expect(r).toMatchObject({ ok: false, code: "invalid", fieldErrors: { password: "密码不能包含用户名" } });
    expect((await verifyCredentials(name, "Right123")).ok).toBe(true);
  });
});
