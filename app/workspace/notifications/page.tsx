import type { Metadata } from "next";
import Link from "next/link";
import { countUnread, listNotifications, type NotificationItem } from "@/lib/dal/notifications";
import { requireUser } from "@/lib/dal/session";
import { formatDateTime } from "@/lib/format-date";
import { addressFor, mailConfig } from "@/lib/mail/mailer";
import { markReadAction, openNotificationAction } from "./actions";

export const metadata: Metadata = { title: "通知" };

const KIND_LABELS: Record<NotificationItem["kind"], string> = {
  returned: "退回修改",
  approved: "审核通过",
  reminder: "催报提醒",
  submitted: "已提交",
  reopened: "重新打开",
  handover: "待您签发",
  handback: "签发人退回",
};

export default async function NotificationsPage() {
  const user = await requireUser("/workspace/notifications");
  const items = listNotifications(user);
  const unread = countUnread(user);
  const mail = mailConfig();

  return (
    <main className="mx-auto max-w-3xl px-4 py-8">
      <Link href="/workspace" className="text-sm text-blue-800 hover:underline">← 返回工作台</Link>
      <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">通知</h1>
        {unread > 0 && (
          <form action={markReadAction}>
            <input type="hidden" name="id" value="all" />
            <button type="submit" className="rounded border border-slate-400 bg-white px-3 py-1.5 text-sm hover:bg-slate-100">全部标为已读</button>
          </form>
        )}
      </div>
      <p className="mt-1 text-sm text-slate-600" data-testid="mail-status">
        {mail ? `邮件通知已启用：通知同时发送至 ${addressFor(user.username, mail)}。` : "邮件通知未启用：通知只在本系统中显示。"}
      </p>
      <p className="mt-1 text-sm text-slate-700">{unread > 0 ? `${unread} 条未读` : "没有未读通知"}</p>

      {items.length === 0 && <p className="mt-6 text-slate-600">暂无通知。</p>}
      <ul className="mt-4 space-y-3" aria-label="通知列表">
        {items.map((n) => {
          const isUnread = n.readAt === null;
          return (
            <li
              key={n.id}
              data-testid="notification"
              className={`rounded border p-4 ${isUnread ? "border-blue-300 bg-blue-50" : "border-slate-200 bg-white"}`}
            >
              <div className="flex flex-wrap items-center gap-2 text-xs">
                {isUnread && <span className="rounded bg-blue-700 px-1.5 py-0.5 font-semibold text-white">未读</span>}
                <span className="rounded border border-slate-300 bg-white px-1.5 py-0.5 text-slate-700">{KIND_LABELS[n.kind]}</span>
                <time dateTime={new Date(n.createdAt).toISOString()} className="text-slate-600">{formatDateTime(n.createdAt)}</time>
              </div>
              <h2 className={`mt-1 ${isUnread ? "font-bold" : "font-medium"}`}>{n.title}</h2>
              <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{n.body}</p>
              <div className="mt-2 flex gap-3 text-sm">
                {n.link && (
                  <form action={openNotificationAction}>
                    <input type="hidden" name="id" value={n.id} />
                    <button type="submit" className="text-blue-800 underline-offset-2 hover:underline">
                      查看<span className="sr-only">：{n.title}</span>
                    </button>
                  </form>
                )}
                {isUnread && (
                  <form action={markReadAction}>
                    <input type="hidden" name="id" value={n.id} />
                    <button type="submit" className="text-slate-700 underline-offset-2 hover:underline">
                      标为已读<span className="sr-only">：{n.title}</span>
                    </button>
                  </form>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
