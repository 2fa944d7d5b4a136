/**
 * The Content-Security-Policy of every page. Scripts run only from this site or inline with this
 * request's nonce (Next reads the nonce from the policy that proxy.ts puts on the request and adds it to
 * its own script tags); cached public pages carry the hashes of their inline scripts instead
 * (lib/page-cache/stored-csp.ts), because one stored page is sent to everyone.
 *
 * Styles: <style> elements need the nonce too, but the pages render style="…" attributes (table
 * indentation, progress bars), which no nonce can cover, so style attributes stay allowed. Browsers that
 * predate style-src-elem/-attr fall back to style-src, which allows inline styles for them.
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    `style-src-elem 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** 128 random bits, base64: a fresh one for every page request. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
