import "server-only";
import bcrypt from "bcryptjs";
import { and, eq, isNull, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { recordAudit } from "./audit";
import { hashPassword } from "./credentials";
import type { ActionResult, CurrentUser } from "./types";

/** Changes the person's own password; their other sessions are signed out. */
export async function changePassword(
  user: CurrentUser,
  currentPassword: string,
  newPassword: string,
  keepSessionId: string | undefined,
): Promise<ActionResult> {
  const db = getDb();
  const row = db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id)).get();
  if (!row || !(await bcrypt.compare(currentPassword, row.hash))) return { ok: false, error: "当前密码不正确。" };
  const hash = await hashPassword(newPassword);
  const now = Date.now();
  db.transaction((tx) => {
    tx.update(users).set({ passwordHash: hash, passwordChangedAt: now, mustChangePassword: false }).where(eq(users.id, user.id)).run();
    tx.update(sessions)
      .set({ revokedAt: now })
      .where(and(eq(sessions.userId, user.id), isNull(sessions.revokedAt), ne(sessions.id, keepSessionId ?? "")))
      .run();
    recordAudit(tx, { action: "password_changed", actor: user, at: now });
  });
  return { ok: true };
}
