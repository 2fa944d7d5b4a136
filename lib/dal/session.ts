import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/auth/auth";
import { addressFromHeaders, rememberAddress, type RequestAddress } from "@/lib/audit/request-address";
import { loadSession } from "./internal/session-store";
import { cachedSessionId } from "./internal/session-token";
import type { CurrentUser } from "./types";

export { revokeSession } from "./sign-out";

/** Where the current request came from (the peer address and the forwarded chain apart). */
export const currentRequestAddress = cache(async (): Promise<RequestAddress> => addressFromHeaders(await headers()));

const currentSession = cache(async () => {
  const sid = (await cachedSessionId()) ?? ((await auth()) as { sid?: string } | null)?.sid;
  const s = sid ? loadSession(sid) : null;
  // The data layer's audit records (refusals among them) take the address from the person's object.
  if (s) rememberAddress(s.user, await currentRequestAddress());
  return s;
});

/**
 * The signed-in person, or null. Cached per request. Someone who must still replace a password an
 * administrator chose counts as signed out for everything but changing it (getPasswordChangeUser).
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const s = await currentSession();
  return s && !s.mustChangePassword ? s.user : null;
});

/** The signed-in person, even before they replaced an administrator's password: for changing it only. */
export async function getPasswordChangeUser(): Promise<{ user: CurrentUser; mustChangePassword: boolean } | null> {
  return currentSession();
}

/** For pages: the signed-in person, or a redirect to the login page (or to choosing a password first). */
export async function requireUser(callbackPath?: string): Promise<CurrentUser> {
  const s = await currentSession();
  if (s?.mustChangePassword) redirect("/account/password");
  if (!s) redirect(callbackPath ? `/login?callbackUrl=${encodeURIComponent(callbackPath)}` : "/login");
  return s.user;
}

export async function currentSessionId(): Promise<string | undefined> {
  const session = await auth();
  return (session as { sid?: string } | null)?.sid;
}
