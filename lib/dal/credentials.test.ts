import bcrypt from "bcryptjs";
import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { auditEvents, users } from "@/db/schema";
import { createFixture } from "@/lib/testing/fixtures";
import { BCRYPT_COST, LOCK_MS, verifyCredentials } from "./credentials";
import { loadSessionUser } from "./internal/session-store";
import { ADDRESS_WINDOW_MS, MAX_FAILURES_PER_ADDRESS, resetSignInLimits } from "./internal/sign-in-limits";
import { SESSION_IDLE_MS } from "@/lib/auth/auth.config";

const from = (peer: string) => ({ peer, forwarded: null });
const uniq = () => Math.random().toString(36).slice(2, 8);

beforeEach(() => resetSignInLimits());
afterEach(() => vi.restoreAllMocks());

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

  it("answers a name nobody has exactly as an existing, a disabled or a locked one: 已锁定 from the fifth failure", async () => {
    const f = createFixture("Right123");
    f.db.update(users).set({ disabled: true }).where(eq(users.id, f.xinqiEditor.id)).run();
    const answers = async (name: string, password: string) => {
      const seen: string[] = [];
      for (let i = 0; i < 7; i++) {
        const r = await verifyCredentials(name, password, from(`192.0.2.${i}`));
        seen.push(r.ok ? "ok" : r.reason);
      }
      return seen;
    };
    const expected = ["invalid", "invalid", "invalid", "invalid", "locked", "locked", "locked"];
    expect(await answers(`nobody-${uniq()}`, "wrong")).toEqual(expected);
    expect(await answers(f.eduEditor.username, "wrong")).toEqual(expected);
    // A disabled account counts every attempt as a failure, the right password too.
    expect(await answers(f.xinqiEditor.username, "Right123")).toEqual(expected);

    // The lock on a missing name ends after 15 minutes, as an account's does.
    const name = `ghost-${uniq()}`;
    for (let i = 0; i < 5; i++) await verifyCredentials(name, "wrong", from("192.0.2.50"));
    expect(await verifyCredentials(name, "wrong", from("192.0.2.51"))).toEqual({ ok: false, reason: "locked" });
    const later = Date.now() + LOCK_MS + 1000;
    vi.spyOn(Date, "now").mockReturnValue(later);
    expect(await verifyCredentials(name, "wrong", from("192.0.2.52"))).toEqual({ ok: false, reason: "invalid" });
  });

  it("takes one bcrypt comparison's time for every answer: missing, disabled, locked and wrong", async () => {
    const f = createFixture("Right123");
    // The fixture hashes cheaply; real accounts use the app's cost, as the comparison for a missing name does.
    const hash = bcrypt.hashSync("Right123", BCRYPT_COST);
    f.db.update(users).set({ passwordHash: hash }).where(eq(users.unitId, f.eduEditor.unitId)).run();
    f.db.update(users).set({ passwordHash: hash, disabled: true }).where(eq(users.id, f.xinqiEditor.id)).run();
    f.db.update(users).set({ lockedUntil: Date.now() + LOCK_MS }).where(eq(users.id, f.eduApprover.id)).run();
    const lockedGhost = `ghost-${uniq()}`;
    for (let i = 0; i < 5; i++) await verifyCredentials(lockedGhost, "wrong", from(`198.51.100.${i}`));

    let n = 0;
    const once = async (name: string, password: string) => {
      const t = performance.now();
      await verifyCredentials(name, password, from(`203.0.113.${n++}`));
      return performance.now() - t;
    };
    // Round by round, so that a busy moment of the machine falls on every kind alike; medians of five.
    const samples: Record<string, number[]> = { reference: [], missing: [], missingLocked: [], disabled: [], lockedRightPassword: [] };
    for (let round = 0; round < 5; round++) {
      // Wrong password on a live account is the reference; its count is reset so that it never locks.
      f.db.update(users).set({ failedLogins: 0 }).where(eq(users.id, f.eduEditor.id)).run();
      samples.reference.push(await once(f.eduEditor.username, "wrong"));
      samples.missing.push(await once(`nobody-${uniq()}`, "wrong"));
      samples.missingLocked.push(await once(lockedGhost, "wrong"));
      samples.disabled.push(await once(f.xinqiEditor.username, "Right123"));
      samples.lockedRightPassword.push(await once(f.eduApprover.username, "Right123"));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[2];
    const { reference: ref, ...rest } = samples;
    const reference = median(ref);
    const classes = Object.fromEntries(Object.entries(rest).map(([k, xs]) => [k, median(xs)]));
    for (const [what, ms] of Object.entries(classes)) {
      expect(ms / reference, `${what}: ${ms.toFixed(1)} ms against ${reference.toFixed(1)} ms`).toBeGreaterThan(0.4);
      expect(ms / reference, `${what}: ${ms.toFixed(1)} ms against ${reference.toFixed(1)} ms`).toBeLessThan(2.5);
    }
  });

  it("throttles an address after ten failed sign-ins within a minute, whatever the names, and records it once", async () => {
    const f = createFixture("Right123");
    const attacker = from(`198.51.100.${Math.floor(Math.random() * 200)}`);
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      expect((await verifyCredentials(`spray-${i}-${uniq()}`, "Demo2026", attacker)).ok).toBe(false);
    }
    // Even the right password of a real account waits, from that address only.
    expect(await verifyCredentials(f.eduEditor.username, "Right123", attacker)).toEqual({ ok: false, reason: "throttled" });
    expect(await verifyCredentials(f.eduEditor.username, "Right123", attacker)).toEqual({ ok: false, reason: "throttled" });
    expect((await verifyCredentials(f.eduApprover.username, "Right123", from("192.0.2.200"))).ok).toBe(true);
    // A throttled attempt is not a failure of the name it tried.
    expect(f.db.select().from(users).where(eq(users.id, f.eduEditor.id)).get()!.failedLogins).toBe(0);
    const throttled = f.db.select().from(auditEvents).where(and(eq(auditEvents.action, "sign_in_throttled"), eq(auditEvents.peer, attacker.peer))).all();
    expect(throttled).toHaveLength(1);
    expect(throttled[0]).toMatchObject({ username: f.eduEditor.username, count: 1 });

    vi.spyOn(Date, "now").mockReturnValue(Date.now() + ADDRESS_WINDOW_MS + 1000);
    expect((await verifyCredentials(f.eduEditor.username, "Right123", attacker)).ok).toBe(true);
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

describe("the comparison for a name without an account", () => {
  it("costs what a real account's does", async () => {
    const { DUMMY_HASH } = await import("./credentials");
    expect(bcrypt.getRounds(DUMMY_HASH)).toBe(BCRYPT_COST);
  });
});
