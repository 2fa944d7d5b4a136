import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { createFixture } from "@/lib/testing/fixtures";
import { LOCK_MS, verifyCredentials } from "./credentials";
import { loadSessionUser } from "./session-store";
import { SESSION_IDLE_MS } from "@/lib/auth/auth.config";

describe("verifyCredentials", () => {
  it("locks an account for 15 minutes after five failures, even against the right password", async () => {
    const f = createFixture("Right123");
    const name = f.eduEditor.username;
    for (let i = 0; i < 4; i++) expect(await verifyCredentials(name, "wrong")).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials(name, "wrong")).toEqual({ ok: false, reason: "locked" });
    expect(await verifyCredentials(name, "Right123")).toEqual({ ok: false, reason: "locked" });
    const row = f.db.select().from(users).where(eq(users.id, f.eduEditor.id)).get()!;
    expect(row.lockedUntil! - Date.now()).toBeGreaterThan(LOCK_MS - 5000);

    f.db.update(users).set({ lockedUntil: Date.now() - 1 }).where(eq(users.id, f.eduEditor.id)).run();
    const ok = await verifyCredentials(name, "Right123");
    expect(ok.ok).toBe(true);
  });

  it("refuses unknown and disabled people alike", async () => {
    const f = createFixture("Right123");
    expect(await verifyCredentials("nobody-at-all", "Right123")).toEqual({ ok: false, reason: "invalid" });
    f.db.update(users).set({ disabled: true }).where(eq(users.id, f.xinqiEditor.id)).run();
    expect(await verifyCredentials(f.xinqiEditor.username, "Right123")).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("sessions", () => {
  it("end after 8 hours without activity, and when the person is disabled", async () => {
    const f = createFixture("Right123");
    const r = await verifyCredentials(f.eduApprover.username, "Right123");
    if (!r.ok) throw new Error("sign-in failed");
    const now = Date.now();
    expect(loadSessionUser(r.sessionId, now + 60_000)?.role).toBe("approver");
    expect(loadSessionUser(r.sessionId, now + 60_000 + SESSION_IDLE_MS - 1000)?.unitId).toBe(f.eduApprover.unitId);
    expect(loadSessionUser(r.sessionId, now + 60_000 + 2 * SESSION_IDLE_MS)).toBeNull();

    const r2 = await verifyCredentials(f.eduApprover.username, "Right123");
    if (!r2.ok) throw new Error("sign-in failed");
    f.db.update(users).set({ disabled: true }).where(eq(users.id, f.eduApprover.id)).run();
    expect(loadSessionUser(r2.sessionId)).toBeNull();
  });
});
