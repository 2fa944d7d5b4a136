import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/auth/auth";
import { loadSession } from "./session-store";
import type { CurrentUser } from "./types";

export { revokeSession } from "./session-store";

const currentSession = cache(async () => {
  const session = await auth();
  const sid = (session as { sid?: string } | null)?.sid;
  return sid ? loadSession(sid) : null;
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
