import { inArray } from "drizzle-orm";
import nodemailer from "nodemailer";
import { afterEach, describe, expect, it, vi } from "vitest";
import { notifications } from "@/db/schema";
import { setMailTransportForTesting } from "@/lib/mail/mailer";
import { pendingNoticeMail } from "./internal/notice-mail";
import { createFixture } from "@/lib/testing/fixtures";
import { notify } from "./internal/notify";
import { sendReminders } from "./reminders";

const NOW = Date.parse("2026-11-25T10:00:00+08:00");

function noticesOf(db: ReturnType<typeof createFixture>["db"], userIds: number[]) {
  return db.select().from(notifications).where(inArray(notifications.userId, userIds)).all();
}

describe("sendReminders", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    setMailTransportForTesting(null);
  });

  it("sends a reminder to each of the selected units' people, and to no one else", () => {
    const f = createFixture();
    const r = sendReminders(f.reviewer, { year: f.year, unitIds: [f.eduReport.unitId] }, NOW);
    expect(r).toEqual({ ok: true, data: { units: 1, people: 2 } });

    const edu = noticesOf(f.db, [f.eduEditor.id, f.eduApprover.id]);
    expect(edu).toHaveLength(2);
    for (const n of edu) {
      expect(n).toMatchObject({ kind: "reminder", link: `/workspace/reports/${f.eduReport.id}`, reportId: f.eduReport.id, readAt: null, createdAt: NOW });
      expect(n.title).toContain(`${f.year}年`);
      expect(n.body).toContain("区教育局");
      expect(n.body).toContain("已逾期");
    }
    expect(noticesOf(f.db, [f.xinqiEditor.id, f.reviewer.id])).toHaveLength(0);
  });

  it("reminds several units at once, skipping units the year does not expect", () => {
    const f = createFixture();
    const other = createFixture();
    const r = sendReminders(f.reviewer, { year: f.year, unitIds: [f.eduReport.unitId, f.xinqiReport.unitId, f.reviewer.unitId] }, NOW);
    expect(r).toEqual({ ok: true, data: { units: 2, people: 3 } });
    expect(noticesOf(f.db, [f.xinqiEditor.id])).toHaveLength(1);
    expect(noticesOf(f.db, [f.reviewer.id, other.eduEditor.id])).toHaveLength(0);

    const none = sendReminders(f.reviewer, { year: f.year, unitIds: [f.reviewer.unitId] }, NOW);
    expect(none).toMatchObject({ ok: false, code: "invalid" });
    expect(sendReminders(f.reviewer, { year: 1990, unitIds: [f.eduReport.unitId] }, NOW)).toMatchObject({ ok: false, code: "not_found" });
  });

  it("refuses a unit person, and records nothing", () => {
    const f = createFixture();
    for (const person of [f.eduApprover, f.eduEditor, f.xinqiEditor]) {
      const r = sendReminders(person, { year: f.year, unitIds: [f.eduReport.unitId, f.xinqiReport.unitId] }, NOW);
      expect(r).toMatchObject({ ok: false, code: "locked" });
    }
    expect(noticesOf(f.db, [f.eduEditor.id, f.eduApprover.id, f.xinqiEditor.id])).toHaveLength(0);
  });

  it("sends no e-mail when SMTP is not configured", async () => {
    vi.stubEnv("SMTP_HOST", "");
    const f = createFixture();
    const sent: unknown[] = [];
    setMailTransportForTesting({ sendMail: async (m: unknown) => sent.push(m) } as unknown as nodemailer.Transporter);
    sendReminders(f.reviewer, { year: f.year, unitIds: [f.eduReport.unitId] }, NOW);
    expect(await pendingNoticeMail()).toBe(0);
    await new Promise((r) => setImmediate(r));
    expect(sent).toHaveLength(0);
  });

  it("e-mails <username>@MAIL_DOMAIN after the transaction commits, and nothing for a rolled-back one", async () => {
    vi.stubEnv("SMTP_HOST", "smtp.example.org");
    vi.stubEnv("MAIL_DOMAIN", "example.org");
    vi.stubEnv("APP_URL", "https://reports.example.org/");
    const f = createFixture();
    const sent: { to: string; subject: string; text: string }[] = [];
    setMailTransportForTesting({ sendMail: async (m: (typeof sent)[number]) => sent.push(m) } as unknown as nodemailer.Transporter);

    sendReminders(f.reviewer, { year: f.year, unitIds: [f.eduReport.unitId] }, NOW);
    expect(sent).toHaveLength(0); // not inside the action's transaction
    expect(await pendingNoticeMail()).toBe(2);
    expect(sent.map((m) => m.to).sort()).toEqual([`${f.eduApprover.username}@example.org`, `${f.eduEditor.username}@example.org`]);
    expect(sent[0].subject).toContain("催报提醒");
    expect(sent[0].text).toContain(`https://reports.example.org/workspace/reports/${f.eduReport.id}`);

    sent.length = 0;
    expect(() =>
      f.db.transaction((tx) => {
        notify(tx, [f.xinqiEditor.id], { kind: "reminder", title: "回滚", body: "不应发送" });
        throw new Error("rollback");
      }),
    ).toThrow("rollback");
    expect(await pendingNoticeMail()).toBe(0);
    expect(sent).toHaveLength(0);

    // A failing server is logged, never thrown.
    setMailTransportForTesting({ sendMail: async () => Promise.reject(new Error("connection refused")) } as unknown as nodemailer.Transporter);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(sendReminders(f.reviewer, { year: f.year, unitIds: [f.xinqiReport.unitId] }, NOW).ok).toBe(true);
    expect(await pendingNoticeMail()).toBe(0);
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
