import "server-only";
import { eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { notifications, users } from "@/db/schema";
import { absoluteLink, addressFor, mailConfig, sendMails, type MailConfig, type MailMessage } from "@/lib/mail/mailer";

/**
 * E-mail for in-app notices, sent after the transaction that recorded them has committed.
 *
 * notify() runs inside the caller's (synchronous, better-sqlite3) transaction and hands the new rows
 * here. Sending is deferred with setImmediate, which runs only after the current synchronous work,
 * and so after the transaction has committed or rolled back. Before sending, the rows are read back:
 * a notice whose transaction rolled back is not in the table and no mail goes out for it.
 */

export interface RecordedNotice {
  id: number;
  userId: number;
  createdAt: number;
}

let pending: RecordedNotice[] = [];
let scheduled: Promise<number> | null = null;

export function mailAfterCommit(rows: readonly RecordedNotice[]): void {
  if (rows.length === 0 || !mailConfig()) return;
  pending.push(...rows);
  scheduled ??= new Promise((resolve) =>
    setImmediate(() => {
      scheduled = null;
      void flush().then(resolve);
    }),
  );
}

/** Resolves with the number of mails sent by the pending batch (tests wait on it). */
export function pendingNoticeMail(): Promise<number> {
  return scheduled ?? Promise.resolve(0);
}

const SIGNATURE = "——政府信息公开工作年度报告系统（本邮件由系统自动发送，请勿直接回复）";

export function noticeMailText(notice: { body: string; link: string | null }, config: Pick<MailConfig, "appUrl">): string {
  return [notice.body, notice.link ? `查看：${absoluteLink(notice.link, config)}` : "", SIGNATURE].filter(Boolean).join("\n\n");
}

async function flush(): Promise<number> {
  const batch = pending;
  pending = [];
  const config = mailConfig();
  if (!config || batch.length === 0) return 0;
  try {
    const stored = getDb()
      .select({
        id: notifications.id,
        userId: notifications.userId,
        createdAt: notifications.createdAt,
        title: notifications.title,
        body: notifications.body,
        link: notifications.link,
        username: users.username,
        disabled: users.disabled,
      })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(inArray(notifications.id, batch.map((b) => b.id)))
      .all();
    const byId = new Map(stored.map((s) => [s.id, s]));
    const messages: MailMessage[] = [];
    for (const b of batch) {
      const s = byId.get(b.id);
      // Same id, person and time: the very row recorded (a rolled-back id may have been reused since).
      if (!s || s.userId !== b.userId || s.createdAt !== b.createdAt || s.disabled) continue;
      messages.push({ to: addressFor(s.username, config), subject: s.title, text: noticeMailText(s, config) });
    }
    return await sendMails(messages, config);
  } catch (err) {
    console.error("[mail] could not prepare notice e-mail:", err instanceof Error ? err.message : err);
    return 0;
  }
}
