import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { policyForStoredPage } from "@/lib/page-cache/stored-csp";
import { contentSecurityPolicy, newNonce } from "./csp";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const directive = (csp: string, name: string) => csp.split(";").map((d) => d.trim()).find((d) => d.split(" ")[0] === name);

describe("contentSecurityPolicy", () => {
  it("allows the site's own scripts and this request's inline scripts, nothing inline without the nonce", () => {
    const csp = contentSecurityPolicy("abc123==");
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-abc123=='");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toContain("unsafe-eval");
    expect(directive(csp, "style-src-elem")).toBe("style-src-elem 'self' 'nonce-abc123=='");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(csp, "base-uri")).toBe("base-uri 'self'");
    expect(directive(csp, "form-action")).toBe("form-action 'self'");
  });

  it("makes a fresh, unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, () => newNonce()));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("policyForStoredPage", () => {
  const nonce = "bm9uY2Utb2YtdGhlLWZpbGw=";
  const csp = contentSecurityPolicy(nonce);
  const html =
    `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async="" nonce="${nonce}"></script>` +
    `<style nonce="${nonce}">.x{color:red}</style></head><body>` +
    `<script nonce="${nonce}">(self.__next_f=self.__next_f||[]).push([0])</script>` +
    `<script nonce="${nonce}">self.__next_f.push([1,"a\\u003c/b"])\r\n</script>` +
    `<SCRIPT type="application/json" nonce="${nonce}">{"a":1}</SCRIPT ></body></html>`;

  it("replaces the nonce of the render that filled the cache by the hashes of the page's inline scripts", () => {
    const stored = policyForStoredPage(csp, html);
    expect(stored).not.toContain(nonce);
    expect(directive(stored, "script-src")).toBe(
      `script-src 'self' ${sha("(self.__next_f=self.__next_f||[]).push([0])")} ${sha('self.__next_f.push([1,"a\\u003c/b"])\n')} ${sha('{"a":1}')}`,
    );
    expect(directive(stored, "style-src-elem")).toBe(`style-src-elem 'self' ${sha(".x{color:red}")}`);
  });

  it("keeps every other directive as it was", () => {
    const stored = policyForStoredPage(csp, html);
    for (const name of ["default-src", "style-src", "style-src-attr", "img-src", "object-src", "frame-ancestors", "base-uri", "form-action"]) {
      expect(directive(stored, name), name).toBe(directive(csp, name));
    }
  });

  it("leaves only 'self' where a page has no inline script", () => {
    expect(directive(policyForStoredPage(csp, "<p>纯文本</p>"), "script-src")).toBe("script-src 'self'");
  });

  it("leaves a policy without a nonce alone", () => {
    expect(policyForStoredPage("frame-ancestors 'none'", html)).toBe("frame-ancestors 'none'");
  });
});
