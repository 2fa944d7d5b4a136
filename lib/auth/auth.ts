import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { z } from "zod";
import { addressFromHeaders } from "@/lib/audit/request-address";
import { verifyCredentials } from "@/lib/dal/credentials";
import { revokeSession } from "@/lib/dal/sign-out";
import { authConfig } from "./auth.config";

/** The code travels to the login form, which turns it into a Chinese message. */
class LoginRefused extends CredentialsSignin {
  constructor(code: "invalid" | "locked" | "throttled") {
    super();
    this.code = code;
  }
}

const credentialsSchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

async function requestAddressOrNone() {
  try {
    return addressFromHeaders(await headers());
  } catch {
    return null;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { username: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new LoginRefused("invalid");
        // The connection's own address (x-peer-address, set by scripts/serve.ts) and the forwarded chain.
        const result = await verifyCredentials(parsed.data.username, parsed.data.password, addressFromHeaders(request.headers));
        if (!result.ok) throw new LoginRefused(result.reason);
        return { id: String(result.userId), name: result.displayName, sid: result.sessionId } as never;
      },
    }),
  ],
  events: {
    // Auth.js's own /api/auth/signout only clears the cookie: the server-side session must end too, or a
    // copy of the old cookie would still work. (The 退出登录 button revokes it as well; revoking twice is harmless.)
    async signOut(message) {
      const sid = "token" in message ? (message.token?.sid as string | undefined) : undefined;
      if (sid) revokeSession(sid, await requestAddressOrNone());
    },
  },
  logger: {
    // A wrong password is an expected event, not a stack trace in the server log.
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
});
