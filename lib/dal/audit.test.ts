import { desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import { createFixture } from "@/lib/testing/fixtures";
import { createAccount, setAccountDisabled } from "./admin-accounts";
import { listAudit } from "./audit";
import { verifyCredentials } from "./credentials";
import { revokeSession } from "./session-store";
import { setGovernmentName } from "./settings";
import type { CurrentUser } from "./types";

const admin = (f: ReturnType<typeof createFixture>): CurrentUser => ({ ...f.reviewer, role: "admin" });

function eventsFor(f: ReturnType<typeof createFixture>, username: string) {
  return f.db.select().from(auditEvents).where(eq(auditEvents.username, username)).orderBy(desc(auditEvents.id)).all();
}

describe("the security audit", () => {
  it("records every sign-in attempt with its outcome and address, and the lock after five failures", async () => {
    const f = createFixture("Right123");
    const name = f.eduEditor.username;
    expect((await verifyCredentials(name, "Right123", "10.0.0.8")).ok).toBe(true);
    for (let i = 0; i < 5; i++) await verifyCredentials(name, "wrong", "203.0.113.9");
    await verifyCredentials("nobody-at-all", "x", "203.0.113.9");
    const events = eventsFor(f, name).reverse();
    expect(events.map((e) => [e.action, e.detail, e.ip])).toEqual([
      ["sign_in", null, "10.0.0.8"],
      ...Array(4).fill(["sign_in_failed", "密码错误", "203.0.113.9"]),
      ["account_locked", "连续 5 次密码错误，锁定 15 分钟", "203.0.113.9"],
    ]);
    expect(events.every((e) => e.userId === f.eduEditor.id)).toBe(true);
    expect(eventsFor(f, "nobody-at-all").map((e) => [e.action, e.userId, e.detail])).toEqual([["sign_in_failed", null, "用户名不存在"]]);
  });

  it("records signing out once, when the session was still open", async () => {
    const f = createFixture("Right123");
    const r = await verifyCredentials(f.eduApprover.username, "Right123", null);
    if (!r.ok) throw new Error("sign-in failed");
    revokeSession(r.sessionId);
    revokeSession(r.sessionId);
    expect(eventsFor(f, f.eduApprover.username).map((e) => e.action)).toEqual(["sign_out", "sign_in"]);
  });

  it("records administrators' changes with who, what and on whom", async () => {
    const f = createFixture();
    const a = admin(f);
    const created = await createAccount(a, { username: `audit-${f.eduEditor.id}`, displayName: "新同事", unitId: f.eduEditor.unitId, role: "editor", password: "Passw0rd!x" });
    expect(created.ok).toBe(true);
    expect(setAccountDisabled(a, { userId: f.xinqiEditor.id, disabled: true }).ok).toBe(true);
    expect(setGovernmentName(a, "宁波市北仑区人民政府").ok).toBe(true);
    const mine = f.db.select().from(auditEvents).where(eq(auditEvents.userId, a.id)).all();
    expect(mine.map((e) => [e.action, e.username, e.target])).toEqual([
      ["account_created", a.username, `账户 audit-${f.eduEditor.id}`],
      ["account_disabled", a.username, `账户 ${f.xinqiEditor.username}`],
      ["government_name_changed", a.username, null],
    ]);
    expect(mine[0].detail).toBe("新同事，填报员，区教育局");
    expect(mine[2].detail).toMatch(/改为“宁波市北仑区人民政府”$/);
  });

  it("is read by administrators only, filtered by kind and by name", async () => {
    const f = createFixture("Right123");
    await verifyCredentials(f.eduApprover.username, "wrong", null);
    expect(listAudit(f.reviewer, {})).toBeNull();
    expect(listAudit(f.eduEditor, {})).toBeNull();
    const signins = listAudit(admin(f), { group: "signin", q: f.eduApprover.username })!;
    expect(signins.total).toBe(1);
    expect(signins.rows[0]).toMatchObject({ action: "sign_in_failed", username: f.eduApprover.username });
    expect(listAudit(admin(f), { group: "accounts", q: f.eduApprover.username })!.total).toBe(0);
    // LIKE's wildcards are taken literally.
    expect(listAudit(admin(f), { q: "%" })!.total).toBe(0);
  });
});
