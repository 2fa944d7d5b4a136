import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { notifications, units, users } from "@/db/schema";
import { mailAfterCommit } from "./notice-mail";
import type { Db, Writer } from "./db-types";


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
  return unitsPeople(db, [unitId]).get(unitId) ?? [];
}

/** unitPeople for several units in one query: unit id → its editors' and approvers' ids. */
export function unitsPeople(db: Pick<Db, "select">, unitIds: readonly number[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  if (unitIds.length === 0) return out;
  const rows = db
    .select({ id: users.id, unitId: users.unitId })
    .from(users)
    .where(and(inArray(users.unitId, [...unitIds]), eq(users.disabled, false), inArray(users.role, ["editor", "approver"])))
    .orderBy(users.id)
    .all();
  for (const r of rows) out.set(r.unitId, [...(out.get(r.unitId) ?? []), r.id]);
  return out;
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
  const rows = db
    .insert(notifications)
    .values(userIds.map((userId) => ({ userId, kind: notice.kind, title: notice.title, body: notice.body, link: notice.link ?? null, reportId: notice.reportId ?? null, createdAt: now })))
    .returning({ id: notifications.id, userId: notifications.userId, createdAt: notifications.createdAt })
    .all();
  mailAfterCommit(rows);
}
