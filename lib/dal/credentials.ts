import "server-only";
import bcrypt from "bcryptjs";
import { eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { getDb } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { recordRefusal } from "./internal/refusal-log";
import { NO_ADDRESS, type RequestAddress } from "@/lib/audit/request-address";
import { recordAudit } from "./internal/audit-write";
import { addressThrottled, missingNameLocked, noteAddressFailure, noteMissingNameFailure } from "./internal/sign-in-limits";

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MS = 15 * 60 * 1000;
export const BCRYPT_COST = 10;

/**
 * Compared against when the name matches no account, so that the answer takes as long as for one that
 * does. A hash of random bytes nobody kept, at BCRYPT_COST (credentials.test.ts checks the cost matches).
 */
export const DUMMY_HASH = "$2b$10$2bzdssg.IZnvBzG75zw28uNwGumWSmYVFeKhvCnVbcmx2948EfJMq";

export type CredentialsResult =
  | { ok: true; userId: number; displayName: string; sessionId: string }
  | { ok: false; reason: "invalid" | "locked" | "throttled" };

const LOCKED_DETAIL = `连续 ${MAX_FAILED_LOGINS} 次密码错误，锁定 ${LOCK_MS / 60_000} 分钟`;

/**
 * Checks a username and password. Whatever the name (an account, a disabled one, a locked one, or none
 * at all) the work and the answer are the same: one bcrypt comparison, and 已锁定 from the fifth failure
 * in a row for 15 minutes (a name without an account is counted in memory, lib/dal/sign-in-limits.ts).
 * An address with too many failures in the last minute is refused before any of this. Every attempt goes
 * into the security audit, with where it came from.
 */
export async function verifyCredentials(username: string, password: string, from: RequestAddress | null = null): Promise<CredentialsResult> {
  const address = from ?? NO_ADDRESS;
  const now = Date.now();
  if (addressThrottled(address.peer, now)) {
    // The same for every name; coalesced, as a flood of these is the point of throttling.
    recordRefusal({ action: "sign_in_throttled", username, detail: "同一来源地址 1 分钟内登录失败次数过多", address });
    return { ok: false, reason: "throttled" };
  }
  const db = getDb();
  const user = db.select().from(users).where(eq(users.username, username)).get();
  const matches = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  const failed = (detail: string, action: "sign_in_failed" | "account_locked" = "sign_in_failed") => {
    noteAddressFailure(address.peer, now);
    recordAudit(db, { action, actor: user ? { id: user.id, username: user.username } : null, username, detail, address, at: now });
  };

  if (!user) {
    if (missingNameLocked(username, now)) {
      failed("用户名不存在（按锁定答复）");
      return { ok: false, reason: "locked" };
    }
    const locked = noteMissingNameFailure(username, now, MAX_FAILED_LOGINS, LOCK_MS);
    failed(locked ? `用户名不存在；连续 ${MAX_FAILED_LOGINS} 次，按锁定答复 ${LOCK_MS / 60_000} 分钟` : "用户名不存在");
    return { ok: false, reason: locked ? "locked" : "invalid" };
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    failed("账户锁定中");
    return { ok: false, reason: "locked" };
  }
  // A disabled account counts every attempt as a failure, so that it locks like any other.
  if (user.disabled || !matches) {
    const locked = recordFailedLogin(user.id, now);
    if (locked) failed(user.disabled ? `账户已停用；${LOCKED_DETAIL}` : LOCKED_DETAIL, "account_locked");
    else failed(user.disabled ? "账户已停用" : "密码错误");
    return { ok: false, reason: locked ? "locked" : "invalid" };
  }
  const sessionId = randomUUID();
  db.transaction((tx) => {
    tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id)).run();
    tx.insert(sessions).values({ id: sessionId, userId: user.id, lastSeenAt: now }).run();
    recordAudit(tx, { action: "sign_in", actor: user, address, at: now });
  });
  return { ok: true, userId: user.id, displayName: user.displayName, sessionId };
}

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

/**
 * Counts a failed attempt (at signing in, or a wrong current password when changing it); returns true
 * when it locks the account. Re-reads in the transaction so concurrent attempts all count.
 */
export function recordFailedLogin(userId: number, now: number): boolean {
  return getDb().transaction((tx) => {
    const cur = tx.select({ failed: users.failedLogins, lockedUntil: users.lockedUntil }).from(users).where(eq(users.id, userId)).get();
    if (!cur) return false;
    const failed = (cur.lockedUntil && cur.lockedUntil <= now ? 0 : cur.failed) + 1;
    const lock = failed >= MAX_FAILED_LOGINS;
    tx.update(users)
      .set({ failedLogins: lock ? 0 : failed, lockedUntil: lock ? now + LOCK_MS : null })
      .where(eq(users.id, userId))
      .run();
    return lock;
  });
}
