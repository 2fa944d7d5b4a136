import type { NextAuthConfig } from "next-auth";
import { safeRedirectUrl } from "./callback-path";

/** Sessions end after 8 hours without activity (checked again server-side in lib/dal/session.ts). */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;

const PROTECTED_PREFIXES = ["/workspace", "/account"];

/** Only what the proxy needs: no database, no Node-only imports. */
export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: SESSION_IDLE_MS / 1000 },
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth, request: { nextUrl } }) {
      const isProtected = PROTECTED_PREFIXES.some((p) => nextUrl.pathname.startsWith(p));
      if (!isProtected || auth?.user) return true;
      // A relative callbackUrl: the origin Auth.js would use is not always the one the browser sees.
      const login = new URL("/login", nextUrl);
      login.searchParams.set("callbackUrl", nextUrl.pathname + nextUrl.search);
      return Response.redirect(login);
    },
    // Every redirect Auth.js makes (after signing in or out) stays on this site: the same rule as the login page's.
    redirect({ url, baseUrl }) {
      return safeRedirectUrl(url, baseUrl);
    },
    jwt({ token, user }) {
      if (user) token.sid = (user as { sid?: string }).sid;
      return token;
    },
    session({ session, token }) {
      return { ...session, sid: token.sid as string | undefined };
    },
  },
} satisfies NextAuthConfig;
