import { createHash } from "node:crypto";

/**
 * A stored public page is sent to everyone, so the nonce of the render that filled the cache must not
 * stay in its policy (anyone could read it from the page and use it). The policy names the page's inline
 * scripts and styles by their sha256 hashes instead: they are fixed once the page is stored.
 */
const INLINE = {
  script: /<script\b(?![^>]*\ssrc\s*=)[^>]*>([\s\S]*?)<\/script\s*>/gi,
  style: /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi,
};

const NONCE_SOURCE = /^'nonce-[^']*'$/;

function hashes(html: string, kind: keyof typeof INLINE): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(INLINE[kind])) {
    // The browser hashes the element's text after the HTML parser has turned CRLF and CR into LF.
    const text = m[1].replace(/\r\n?/g, "\n");
    found.add(`'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`);
  }
  return [...found];
}

export function policyForStoredPage(csp: string, html: string): string {
  if (!csp.includes("'nonce-")) return csp;
  const found = { script: undefined as string[] | undefined, style: undefined as string[] | undefined };
  return csp
    .split(";")
    .map((d) => d.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name, ...sources] = directive.split(/\s+/);
      if (!sources.some((s) => NONCE_SOURCE.test(s))) return directive;
      const kind = name.startsWith("script-src") ? "script" : name.startsWith("style-src") ? "style" : null;
      const kept = sources.filter((s) => !NONCE_SOURCE.test(s));
      const added = kind ? (found[kind] ??= hashes(html, kind)) : [];
      return [name, ...kept, ...added].join(" ");
    })
    .join("; ");
}
