import { describe, expect, it } from "vitest";
import { safeCallbackPath, safeRedirectUrl } from "./callback-path";

/** What `/login?callbackUrl=…` hands the page: the query value, already percent-decoded once. */
const fromQuery = (encoded: string) => new URLSearchParams(`callbackUrl=${encoded}`).get("callbackUrl");

describe("safeCallbackPath", () => {
  it("keeps paths on this site, with their query", () => {
    expect(safeCallbackPath("/workspace")).toBe("/workspace");
    expect(safeCallbackPath("/workspace/reports/12?section=t2")).toBe("/workspace/reports/12?section=t2");
    expect(safeCallbackPath(fromQuery("%2Fworkspace%2Fadmin%2Faudit%3Fq%3D%E5%8C%BA"))).toBe("/workspace/admin/audit?q=%E5%8C%BA");
    expect(safeCallbackPath("/account/password")).toBe("/account/password");
  });

  it("falls back to the workspace for anything empty", () => {
    expect(safeCallbackPath(undefined)).toBe("/workspace");
    expect(safeCallbackPath(null)).toBe("/workspace");
    expect(safeCallbackPath("")).toBe("/workspace");
  });

  it("refuses other sites however they are written", () => {
    for (const raw of [
      "https://evil.example/phish",
      "http:evil.example",
      "//evil.example/phish",
      "/\\evil.example/phish",
      "\\\\evil.example",
      "javascript:alert(1)",
      "evil.example",
      "/.//evil.example/phish",
    ]) {
      expect(safeCallbackPath(raw), raw).toBe("/workspace");
    }
  });

  it("refuses tabs, newlines and other control or space characters, raw and percent-encoded (the browser drops them from a URL)", () => {
    // Decoded once by the query string: a raw control character reaches the check.
    for (const encoded of ["%2F%09%2Fevil.example%2Fphish", "%2F%0a%2Fevil.example", "%2F%0d%2Fevil.example", "%2F%5c%2Fevil.example", "%2F%5cevil.example"]) {
      expect(safeCallbackPath(fromQuery(encoded)), encoded).toBe("/workspace");
    }
    for (const raw of ["/\t/evil.example/phish", "/\n/evil.example", "/\r/evil.example", "/ /evil.example", "/\u00a0/evil.example", "/\u2028/evil.example", "/\u0000/x", "/\u007f/x", "\t//evil.example"]) {
      expect(safeCallbackPath(raw), JSON.stringify(raw)).toBe("/workspace");
    }
    // Still encoded (a double-encoded query, or a value that reached us some other way).
    for (const raw of ["/%09/evil.example/phish", "/%0a/evil.example", "/%0d/evil.example", "/%5c/evil.example", "/%5C%5Cevil.example", "/%2f/evil.example", "/%E0%A4%A"]) {
      expect(safeCallbackPath(raw), raw).toBe("/workspace");
    }
  });
});

describe("safeRedirectUrl (the Auth.js redirect callback)", () => {
  const base = "http://127.0.0.1:3100";

  it("keeps this site's absolute and relative addresses", () => {
    expect(safeRedirectUrl("/workspace", base)).toBe(`${base}/workspace`);
    expect(safeRedirectUrl(`${base}/workspace/reports/3`, base)).toBe(`${base}/workspace/reports/3`);
    expect(safeRedirectUrl("/login", base)).toBe(`${base}/login`);
  });

  it("sends everything else to the workspace on this site", () => {
    for (const url of [
      "https://evil.example/phish",
      "//evil.example/phish",
      "/\t/evil.example/phish",
      `${base}/\t/evil.example/phish`,
      `${base}//evil.example/phish`,
      "/%09/evil.example",
      "/%5c/evil.example",
      "http://127.0.0.1:3101/workspace",
      "not a url at all",
    ]) {
      expect(safeRedirectUrl(url, base), JSON.stringify(url)).toBe(`${base}/workspace`);
    }
  });
});
