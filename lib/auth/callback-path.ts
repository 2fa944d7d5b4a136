const FALLBACK = "/workspace";
// A base no real request has: a target that resolves anywhere else named another site.
const PROBE_ORIGIN = "http://x.invalid";
// Browsers drop tabs and newlines from a URL and read "\" as "/": "/\t/evil.example" becomes "//evil.example",
// another site. Control, format (bidi, zero-width) and space characters and backslashes never belong in a
// path the app itself made, so they are refused outright rather than cleaned.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Z}\s\\]/u;

function decodedOnce(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/**
 * Only same-site paths: a callbackUrl that names another site would make the login an open redirect.
 * The target is resolved against a probe origin and must stay on it, as a path beginning with one "/";
 * it is refused if it holds a control or space character, raw or percent-encoded. Returns the path as
 * resolved (what the browser would go to), or the workspace.
 */
export function safeCallbackPath(raw: string | undefined | null): string {
  if (!raw || !raw.startsWith("/") || UNSAFE.test(raw)) return FALLBACK;
  const decoded = decodedOnce(raw);
  if (decoded === null || UNSAFE.test(decoded) || decoded.startsWith("//")) return FALLBACK;
  let url: URL;
  try {
    url = new URL(raw, PROBE_ORIGIN);
  } catch {
    return FALLBACK;
  }
  if (url.origin !== PROBE_ORIGIN || !url.pathname.startsWith("/") || url.pathname.startsWith("//")) return FALLBACK;
  return url.pathname + url.search + url.hash;
}

/**
 * The Auth.js `redirect` callback: the same rule, for the absolute URLs Auth.js also passes. Anything not
 * on this site's own origin goes to the workspace.
 */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  const origin = new URL(baseUrl).origin;
  let path: string | undefined;
  if (url.startsWith("/")) path = url;
  else if (url === origin) path = "/";
  else if (url.startsWith(`${origin}/`)) path = url.slice(origin.length);
  return `${origin}${safeCallbackPath(path)}`;
}
