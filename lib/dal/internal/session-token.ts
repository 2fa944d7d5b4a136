import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { SESSION_IDLE_MS } from "@/lib/auth/auth.config";

/**
 * The session id inside the Auth.js cookie, decrypted once per cookie value rather than on every request.
 * Decrypting it (HKDF + AES + HMAC) and re-issuing the cookie was most of what a signed-in autosave cost.
 * The same cookie string always decrypts to the same payload, so a bounded memo of recent cookies is exact;
 * whether the session is still open is asked of the database every time (lib/dal/session-store.ts).
 * null means "ask Auth.js": no cookie, one that does not decrypt, or one due for renewal.
 */
const MAX_ENTRIES = 5000;
const memo = new Map<string, { sid: string; exp: number }>();

const COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"];

export async function sessionIdFromToken(name: string, token: string, secret: string, now = Date.now()): Promise<string | null> {
  let entry = memo.get(token);
  if (!entry) {
    const payload = await decode({ token, secret, salt: name }).catch(() => null);
    const sid = typeof payload?.sid === "string" ? payload.sid : null;
    if (!sid || typeof payload?.exp !== "number") return null;
    entry = { sid, exp: payload.exp * 1000 };
    if (memo.size >= MAX_ENTRIES) memo.delete(memo.keys().next().value!);
    memo.set(token, entry);
  }
  // Past half its life the cookie goes to Auth.js, which renews it (a rolling session, as before).
  if (entry.exp - now < SESSION_IDLE_MS / 2) {
    memo.delete(token);
    return null;
  }
  return entry.sid;
}

export async function cachedSessionId(): Promise<string | null> {
  const jar = await cookies();
  const name = COOKIE_NAMES.find((n) => jar.has(n));
  const token = name ? jar.get(name)?.value : undefined;
  const secret = process.env.AUTH_SECRET;
  if (!name || !token || !secret || secret.includes(",")) return null;
  return sessionIdFromToken(name, token, secret);
}
