import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { notifications, units, users } from "@/db/schema";

type Db = ReturnType<typeof getDb>;
type Writer = Pick<Db, "select" | "insert">;

export type NoticeKind = (typeof notifications.$inferInsert)["kind"];

export interface Notice {
  kind: NoticeKind;
  title: string;
  body: string;
  link?: string;
  reportId?: number;
}

/** The people a notice about a unit's report goes to: the unit's editors and approvers. */
export function unitPeople(db: Pick<Db, "select">, unitId: number): number[] {
  return db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.unitId, unitId), eq(users.disabled, false), inArray(users.role, ["editor", "approver"])))
    .all()
    .map((u) => u.id);
}

/** The disclosure office's reviewers and administrators. */
export function officePeople(db: Pick<Db, "select">): number[] {
  return db
    .select({ id: users.id })
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(and(eq(users.disabled, false), inArray(users.role, ["reviewer", "admin"])))
    .all()
    .map((u) => u.id);
}

/**
 * Records an in-app notice for each person, inside the caller's transaction (a notice exists exactly
 * when the change it reports does). E-mail, where configured, is sent after commit by lib/mail.
 */
export function notify(db: Writer, userIds: number[], notice: Notice, now = Date.now()): void {
  if (userIds.length === 0) return;
  db.insert(notifications)
    .values(userIds.map((userId) => ({ userId, kind: notice.kind, title: notice.title, body: notice.body, link: notice.link ?? null, reportId: notice.reportId ?? null, createdAt: now })))
    .run();
}
