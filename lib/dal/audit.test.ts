import { and, desc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import { flushRefusals, recordRefusal, REFUSAL_WINDOW_MS } from "./internal/refusal-log";
import { addressFromHeaders, rememberAddress } from "@/lib/audit/request-address";
import { createFixture } from "@/lib/testing/fixtures";
import { createAccount, setAccountDisabled } from "./admin-accounts";
import { createUnit } from "./admin-units";
import { listAudit } from "./audit";
import { recordAudit } from "./internal/audit-write";
import { verifyCredentials } from "./credentials";
import { sendReminders } from "./reminders";
import { getReportForEditing } from "./report-read";
import { revokeSession } from "./internal/session-store";
import { setGovernmentName } from "./settings";
import { resetSignInLimits } from "./internal/sign-in-limits";
import type { CurrentUser } from "./types";

beforeEach(() => resetSignInLimits());

const admin = (f: ReturnType<typeof createFixture>): CurrentUser => ({ ...f.reviewer, role: "admin" });

function eventsFor(f: ReturnType<typeof createFixture>, username: string) {
  return f.db.select().from(auditEvents).where(eq(auditEvents.username, username)).orderBy(desc(auditEvents.id)).all();
}

describe("the security audit", () => {
  it("records every sign-in attempt with its outcome and address, and the lock after five failures", async () => {
    const f = createFixture("Right123");
    const name = f.eduEditor.username;
    expect((await verifyCredentials(name, "Right123", { peer: "10.0.0.8", forwarded: null })).ok).toBe(true);
    const attacker = { peer: "203.0.113.9", forwarded: "198.51.100.1" };
    for (let i = 0; i < 5; i++) await verifyCredentials(name, "wrong", attacker);
    await verifyCredentials("nobody-at-all", "x", attacker);
    const events = eventsFor(f, name).reverse();
    expect(events.map((e) => [e.action, e.detail, e.peer, e.ip])).toEqual([
      ["sign_in", null, "10.0.0.8", null],
      ...Array(4).fill(["sign_in_failed", "密码错误", "203.0.113.9", "198.51.100.1"]),
      ["account_locked", "连续 5 次密码错误，锁定 15 分钟", "203.0.113.9", "198.51.100.1"],
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

  it("is append-only: the database itself refuses to change or delete a row", () => {
    const f = createFixture();
    recordAudit(f.db, { action: "government_name_changed", actor: f.reviewer, detail: "原文" });
    const row = f.db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1).get()!;
    const sqlite = f.db.$client;
    expect(() => sqlite.prepare("update audit_events set detail = '改过' where id = ?").run(row.id)).toThrow(/append-only/);
    expect(() => sqlite.prepare("delete from audit_events where id = ?").run(row.id)).toThrow(/append-only/);
    expect(() => sqlite.prepare("delete from audit_events").run()).toThrow(/append-only/);
    expect(() => f.db.update(auditEvents).set({ username: "someone-else" }).run()).toThrow(/append-only/);
    expect(f.db.select().from(auditEvents).where(eq(auditEvents.id, row.id)).get()).toEqual(row);
  });

  it("keeps the connection's own address apart from the forwarded chain a client can write", () => {
    expect(addressFromHeaders(new Headers({ "x-peer-address": "10.1.2.3", "x-forwarded-for": "6.6.6.6, 10.1.2.3" }))).toEqual({ peer: "10.1.2.3", forwarded: "6.6.6.6" });
    expect(addressFromHeaders(new Headers({ "x-peer-address": "10.1.2.3" }))).toEqual({ peer: "10.1.2.3", forwarded: null });
    expect(addressFromHeaders(new Headers({ "x-forwarded-for": "6.6.6.6" }))).toEqual({ peer: null, forwarded: "6.6.6.6" });
    const f = createFixture();
    const a = admin(f);
    rememberAddress(a, { peer: "10.1.2.3", forwarded: "6.6.6.6" });
    expect(setGovernmentName(a, "宁波市北仑区人民政府").ok).toBe(true);
    const rows = listAudit(a, { q: a.username })!.rows;
    expect(rows[0]).toMatchObject({ action: "government_name_changed", peer: "10.1.2.3", ip: "6.6.6.6", count: 1 });
  });

  it("records refused access (another unit's report, office-only and administrator-only actions) with who, what and where", () => {
    const f = createFixture();
    rememberAddress(f.xinqiEditor, { peer: "192.0.2.7", forwarded: null });
    expect(getReportForEditing(f.xinqiEditor, f.eduReport.id)).toBeNull();
    expect(createUnit(f.reviewer, { code: `x-${f.reviewer.id}`, name: "区伪造局", kind: "agency" })).toMatchObject({ ok: false, code: "not_found" });
    expect(sendReminders(f.eduEditor, { year: f.year, unitIds: [f.xinqiReport.unitId] }).ok).toBe(false);
    const refused = (u: CurrentUser) => f.db.select().from(auditEvents).where(and(eq(auditEvents.action, "access_refused"), eq(auditEvents.userId, u.id))).all();
    expect(refused(f.xinqiEditor)).toEqual([expect.objectContaining({ username: f.xinqiEditor.username, target: `报告 #${f.eduReport.id}（区教育局 ${f.year}年度）`, peer: "192.0.2.7", count: 1 })]);
    expect(refused(f.reviewer)).toEqual([expect.objectContaining({ detail: "新增单位（仅管理员）" })]);
    expect(refused(f.eduEditor)).toEqual([expect.objectContaining({ detail: "发送催报提醒（仅政务公开办公室）" })]);
    // A report the person may read is no refusal.
    expect(getReportForEditing(f.eduEditor, f.eduReport.id)).not.toBeNull();
    expect(refused(f.eduEditor)).toHaveLength(1);
  });

  it("coalesces repeated refusals: one row at once, then one row with the count for the rest of the minute", () => {
    const f = createFixture();
    const t0 = Date.now();
    const who = { id: f.eduEditor.id, username: f.eduEditor.username };
    const probe = { action: "access_refused" as const, actor: who, target: "报告 #999999", detail: "无权访问该报告", address: { peer: "192.0.2.99", forwarded: null } };
    const rows = () => f.db.select().from(auditEvents).where(and(eq(auditEvents.userId, who.id), eq(auditEvents.target, "报告 #999999"))).orderBy(auditEvents.id).all();
    for (let i = 0; i < 40; i++) recordRefusal(probe, t0 + i * 1000);
    // A different object is its own row.
    recordRefusal({ ...probe, target: "报告 #999998" }, t0 + 2000);
    expect(rows().map((r) => r.count)).toEqual([1]);
    flushRefusals(t0 + REFUSAL_WINDOW_MS);
    expect(rows().map((r) => [r.count, r.at - t0])).toEqual([[1, 0], [39, 39_000]]);
    // After the minute, the next one opens a new window.
    recordRefusal(probe, t0 + REFUSAL_WINDOW_MS + 5000);
    flushRefusals(t0 + 10 * REFUSAL_WINDOW_MS);
    expect(rows().map((r) => r.count)).toEqual([1, 39, 1]);
  });
});
