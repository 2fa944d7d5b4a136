import "server-only";
import bcrypt from "bcryptjs";
import { and, eq, isNull, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { passwordProblem } from "@/lib/validation/password-policy";
import { recordAudit } from "./internal/audit-write";
import { hashPassword, LOCK_MS, recordFailedLogin } from "./credentials";
import type { ActionResult, CurrentUser } from "./types";
import { SIGNED_OUT } from "@/lib/domain/refusals";

const LOCKED = `当前密码连续输错次数过多，账户已锁定 ${LOCK_MS / 60_000} 分钟，已退出登录。请稍后重新登录，或联系管理员解锁。`;

/**
 * Changes the person's own password; their other sessions are signed out. A wrong current password is
 * a guess like a failed sign-in: it counts toward the same lock (five in a row), is audited, and the
 * guess that locks the account also ends all of its sessions.
 */
export async function changePassword(
  user: CurrentUser,
  currentPassword: string,
  newPassword: string,
  keepSessionId: string | undefined,
): Promise<ActionResult> {
  const db = getDb();
  const row = db.select({ hash: users.passwordHash, lockedUntil: users.lockedUntil }).from(users).where(eq(users.id, user.id)).get();
  if (!row) return { ok: false, error: SIGNED_OUT, code: "auth" };
  const now = Date.now();
  // Locked by failed sign-ins elsewhere: no guessing here either (the session itself stays).
  if (row.lockedUntil && row.lockedUntil > now) return { ok: false, error: "账户已锁定，请稍后再修改密码。", code: "locked" };
  if (!(await bcrypt.compare(currentPassword, row.hash))) {
    if (recordFailedLogin(user.id, now)) {
      db.transaction((tx) => {
        revokeAll(user.id, now, tx);
        recordAudit(tx, { action: "account_locked", actor: user, detail: `修改密码时连续输错当前密码，锁定 ${LOCK_MS / 60_000} 分钟`, at: now });
      });
      return { ok: false, error: LOCKED, code: "auth" };
    }
    recordAudit(db, { action: "password_change_failed", actor: user, detail: "当前密码错误", at: now });
    return { ok: false, error: "当前密码不正确。" };
  }
  // The rest of the rule was checked by the action's schema; the account's own name is known only here.
  const weak = passwordProblem(newPassword, user.username);
  if (weak) return { ok: false, error: `新${weak}`, code: "invalid", fieldErrors: { newPassword: `新${weak}` } };
  const hash = await hashPassword(newPassword);
  db.transaction((tx) => {
    tx.update(users).set({ passwordHash: hash, passwordChangedAt: now, mustChangePassword: false, failedLogins: 0 }).where(eq(users.id, user.id)).run();
    tx.update(sessions)
      .set({ revokedAt: now })
      .where(and(eq(sessions.userId, user.id), isNull(sessions.revokedAt), ne(sessions.id, keepSessionId ?? "")))
      .run();
    recordAudit(tx, { action: "password_changed", actor: user, at: now });
  });
  return { ok: true };
}

function revokeAll(userId: number, now: number, tx: Pick<ReturnType<typeof getDb>, "update">) {
  tx.update(sessions).set({ revokedAt: now }).where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt))).run();
}
