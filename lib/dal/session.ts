import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/auth/auth";
import { loadSessionUser } from "./session-store";
import type { CurrentUser } from "./types";

export { revokeSession } from "./session-store";

/** The signed-in person, or null. Cached per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const sid = (session as { sid?: string } | null)?.sid;
  return sid ? loadSessionUser(sid) : null;
});

/** For pages: the signed-in person, or a redirect to the login page. */
export async function requireUser(callbackPath?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(callbackPath ? `/login?callbackUrl=${encodeURIComponent(callbackPath)}` : "/login");
  return user;
}

export async function currentSessionId(): Promise<string | undefined> {
  const session = await auth();
  return (session as { sid?: string } | null)?.sid;
}
