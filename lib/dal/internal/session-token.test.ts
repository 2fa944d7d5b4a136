import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { SESSION_IDLE_MS } from "@/lib/auth/auth.config";
import { sessionIdFromToken } from "./session-token";

const SECRET = "test-secret-0123456789abcdef0123456789abcdef";
const NAME = "authjs.session-token";

const token = (sid: unknown, maxAge = SESSION_IDLE_MS / 1000) => encode({ token: { sid }, secret: SECRET, salt: NAME, maxAge });

describe("sessionIdFromToken", () => {
  it("reads the session id Auth.js put in the cookie, and the same again from its memo", async () => {
    const t = await token("sid-1");
    expect(await sessionIdFromToken(NAME, t, SECRET)).toBe("sid-1");
    expect(await sessionIdFromToken(NAME, t, SECRET)).toBe("sid-1");
  });

  it("refuses a cookie that does not decrypt with the secret, or was altered, or carries no session id", async () => {
    const t = await token("sid-2");
    expect(await sessionIdFromToken(NAME, t, "another-secret-0123456789abcdef0123456789")).toBeNull();
    const altered = t.slice(0, -4) + (t.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await sessionIdFromToken(NAME, altered, SECRET)).toBeNull();
    expect(await sessionIdFromToken(NAME, await token(undefined), SECRET)).toBeNull();
    expect(await sessionIdFromToken("__Secure-authjs.session-token", t, SECRET)).toBeNull();
  });

  it("hands a cookie past half its life to Auth.js (null), so that it is renewed as before", async () => {
    const t = await token("sid-3");
    expect(await sessionIdFromToken(NAME, t, SECRET, Date.now())).toBe("sid-3");
    expect(await sessionIdFromToken(NAME, t, SECRET, Date.now() + SESSION_IDLE_MS / 2 + 1000)).toBeNull();
  });
});
