import Link from "next/link";
import { countUnread } from "@/lib/dal/notifications";
import type { CurrentUser } from "@/lib/dal/types";

export function bellLabel(unread: number): string {
  return unread > 0 ? `通知（${unread} 条未读）` : "通知（无未读）";
}

/** The workspace header's bell: a link to the notices, with the unread count shown and in its name. */
export function NotificationBell({ user }: { user: CurrentUser }) {
  const unread = countUnread(user);
  return (
    <Link
      href="/workspace/notifications"
      aria-label={bellLabel(unread)}
      title={bellLabel(unread)}
      data-testid="notification-bell"
      className="relative inline-flex h-8 w-8 items-center justify-center rounded hover:bg-white/10"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 && (
        <span aria-hidden="true" className="absolute -right-1 -top-1 min-w-5 rounded-full bg-yellow-300 px-1 text-center text-xs font-bold leading-5 text-slate-900">
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
