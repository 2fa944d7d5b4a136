import "server-only";
import bcrypt from "bcryptjs";
import { eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { getDb } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { recordAudit } from "./audit";

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MS = 15 * 60 * 1000;
export const BCRYPT_COST = 10;

// Compared against when the username does not exist, so timing does not reveal which usernames exist.
let dummyHash: string | undefined;

export type CredentialsResult =
  | { ok: true; userId: number; displayName: string; sessionId: string }
  | { ok: false; reason: "invalid" | "locked" };

/**
 * Checks a username and password, counting failures: 5 in a row lock the account for 15 minutes. Every
 * attempt goes into the security audit, with the client address chain `ip`.
 */
export async function verifyCredentials(username: string, password: string, ip: string | null = null): Promise<CredentialsResult> {
  const db = getDb();
  const user = db.select().from(users).where(eq(users.username, username)).get();
  const failed = (detail: string, actor?: { id: number; username: string }) => recordAudit(db, { action: "sign_in_failed", actor, username, detail, ip });
  if (!user) {
    dummyHash ??= bcrypt.hashSync("no such user", BCRYPT_COST);
    await bcrypt.compare(password, dummyHash);
    failed("用户名不存在");
    return { ok: false, reason: "invalid" };
  }
  const now = Date.now();
  if (user.lockedUntil && user.lockedUntil > now) {
    failed("账户锁定中", user);
    return { ok: false, reason: "locked" };
  }
  const matches = await bcrypt.compare(password, user.passwordHash);
  if (user.disabled) {
    failed("账户已停用", user);
    return { ok: false, reason: "invalid" };
  }
  if (!matches) {
    const locked = recordFailedLogin(user.id, now);
    if (locked) recordAudit(db, { action: "account_locked", actor: user, detail: `连续 ${MAX_FAILED_LOGINS} 次密码错误，锁定 ${LOCK_MS / 60_000} 分钟`, ip });
    else failed("密码错误", user);
    return { ok: false, reason: locked ? "locked" : "invalid" };
  }
  const sessionId = randomUUID();
  db.transaction((tx) => {
    tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id)).run();
    tx.insert(sessions).values({ id: sessionId, userId: user.id, lastSeenAt: now }).run();
    recordAudit(tx, { action: "sign_in", actor: user, ip, at: now });
  });
  return { ok: true, userId: user.id, displayName: user.displayName, sessionId };
}

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

/** Counts a failed attempt; returns true when it locks the account. Re-reads in the transaction so concurrent attempts all count. */
function recordFailedLogin(userId: number, now: number): boolean {
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
