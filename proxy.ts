import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/auth.config";
import { contentSecurityPolicy, newNonce } from "@/lib/server/csp";

/**
 * Every page request gets a fresh nonce and the policy that names it (lib/server/csp.ts). Next reads the
 * nonce from the policy on the request and puts it on the scripts it renders; the browser reads the same
 * policy on the response. Cached public pages have theirs rewritten to script hashes (lib/page-cache).
 */
function withNonce(request: NextRequest): NextResponse {
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

// Only an optimistic cookie check that sends signed-out visitors to the login page (the `authorized`
// callback). Authorization happens in lib/dal on every query and action.
const signedInOnly = NextAuth(authConfig).auth((request, _event: NextFetchEvent) => withNonce(request));
const PROTECTED = /^\/(?:workspace|account)(?:\/|$)/;

export default function proxy(request: NextRequest, event: NextFetchEvent) {
  // Reading the session costs a decryption: only the pages that need it pay for it.
  if (PROTECTED.test(request.nextUrl.pathname)) return signedInOnly(request, event);
  return withNonce(request);
}

export const config = {
  // Every page; not Next's static files, and not the Auth.js routes, which render no page of this app.
  // Nor server action calls (the editor's autosaves among them): they answer data, not a page to put a nonce
  // in, and each action checks its caller itself; skipping the proxy there spares a decryption per save.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/).*)", missing: [{ type: "header", key: "next-action" }] }],
};
