import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { sessions, units, users } from "@/db/schema";
import { SESSION_IDLE_MS } from "@/lib/auth/auth.config";
import type { RequestAddress } from "@/lib/audit/request-address";
import { recordAudit } from "./audit-write";
import { prepared } from "./prepared";
import type { CurrentUser } from "../types";
import { asSessionUser } from "./session-user";

// Writing last-seen on every request would turn each page view into a write.
const TOUCH_EVERY_MS = 60 * 1000;

/** Loads a live session's person from the database: role, unit and disabled flag are never taken from the cookie. */
export function loadSessionUser(sessionId: string, now = Date.now()): CurrentUser | null {
  return loadSession(sessionId, now)?.user ?? null;
}

const sessionRow = prepared((db) =>
  db
    .select({
      lastSeenAt: sessions.lastSeenAt,
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      disabled: users.disabled,
      mustChangePassword: users.mustChangePassword,
      unitId: units.id,
      unitName: units.name,
      unitCode: units.code,
      unitKind: units.kind,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(units, eq(units.id, users.unitId))
    .where(and(eq(sessions.id, sql.placeholder("sid")), isNull(sessions.revokedAt)))
    .prepare(),
);

/** A live session: its person, and whether they must first replace a password an administrator chose. */
export function loadSession(sessionId: string, now = Date.now()): { user: CurrentUser; mustChangePassword: boolean } | null {
  const db = getDb();
  const row = sessionRow(db).get({ sid: sessionId });
  if (!row || row.disabled || now - row.lastSeenAt > SESSION_IDLE_MS) return null;
  if (now - row.lastSeenAt > TOUCH_EVERY_MS) {
    db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, sessionId)).run();
  }
  const { lastSeenAt: _seen, disabled: _disabled, mustChangePassword, ...user } = row;
  return { user: asSessionUser(user), mustChangePassword };
}

/**
 * Signs a session out (recorded in the security audit when it was still open). Every way out ends here:
 * the 退出登录 button and Auth.js's own /api/auth/signout (lib/auth/auth.ts, events.signOut).
 */
export function revokeSession(sessionId: string, address?: RequestAddress | null): void {
  const db = getDb();
  const now = Date.now();
  db.transaction((tx) => {
    const open = tx
      .select({ id: users.id, username: users.username })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)))
      .get();
    if (!open) return;
    tx.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, sessionId)).run();
    recordAudit(tx, { action: "sign_out", actor: open, address, at: now });
  });
}
