import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { verifyCredentials } from "@/lib/dal/credentials";
import { authConfig } from "./auth.config";

/** The code travels to the login form, which turns it into a Chinese message. */
class LoginRefused extends CredentialsSignin {
  constructor(code: "invalid" | "locked") {
    super();
    this.code = code;
  }
}

const credentialsSchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { username: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new LoginRefused("invalid");
        // The address chain as the server saw it (scripts/serve.ts appends the connection's own address).
        const ip = request.headers.get("x-forwarded-for");
        const result = await verifyCredentials(parsed.data.username, parsed.data.password, ip);
        if (!result.ok) throw new LoginRefused(result.reason);
        return { id: String(result.userId), name: result.displayName, sid: result.sessionId } as never;
      },
    }),
  ],
  logger: {
    // A wrong password is an expected event, not a stack trace in the server log.
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
});
