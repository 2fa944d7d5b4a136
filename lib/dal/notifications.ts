import "server-only";
import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { notifications } from "@/db/schema";
import type { ActionResult, CurrentUser } from "./types";

/** A person's own in-app notices (the bell). Every query is limited to the signed-in person's rows. */

export interface NotificationItem {
  id: number;
  kind: (typeof notifications.$inferSelect)["kind"];
  title: string;
  body: string;
  link: string | null;
  createdAt: number;
  readAt: number | null;
}

export function listNotifications(user: CurrentUser, limit = 100): NotificationItem[] {
  return getDb()
    .select({
      id: notifications.id,
      kind: notifications.kind,
      title: notifications.title,
      body: notifications.body,
      link: notifications.link,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(eq(notifications.userId, user.id))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit)
    .all();
}

export function countUnread(user: CurrentUser): number {
  return (
    getDb()
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, user.id), isNull(notifications.readAt)))
      .get()?.n ?? 0
  );
}

/** Marks the given notices (or all) as read; another person's notices are silently left alone. */
export function markNotificationsRead(user: CurrentUser, ids: number[] | "all", now = Date.now()): ActionResult<{ marked: number }> {
  if (ids !== "all" && ids.length === 0) return { ok: true, data: { marked: 0 } };
  const own = and(eq(notifications.userId, user.id), isNull(notifications.readAt));
  const where = ids === "all" ? own : and(own, inArray(notifications.id, ids));
  const result = getDb().update(notifications).set({ readAt: now }).where(where).run();
  return { ok: true, data: { marked: result.changes } };
}

/** Opens one's own notice: marks it read and answers where it points (null: not one's own, or gone). */
export function openNotification(user: CurrentUser, id: number, now = Date.now()): { link: string } | null {
  const db = getDb();
  const row = db
    .select({ link: notifications.link, readAt: notifications.readAt })
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, user.id)))
    .get();
  if (!row) return null;
  if (row.readAt === null) db.update(notifications).set({ readAt: now }).where(eq(notifications.id, id)).run();
  return { link: safeInternalLink(row.link) };
}

/** Only paths inside the app are followed ("/workspace/…"), never another site. */
export function safeInternalLink(link: string | null): string {
  return link && /^\/(?![/\\])/.test(link) ? link : "/workspace/notifications";
}
