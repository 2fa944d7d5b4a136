import { describe, expect, it } from "vitest";
import { PageCache } from "./page-cache";
import { pageCacheKey } from "./cacheable";

const page = (text: string) => ({ headers: {}, body: Buffer.from(text), gzipped: Buffer.from(text), etag: `"${text}"` });

describe("PageCache", () => {
  it("keeps pages until cleared", () => {
    const cache = new PageCache();
    expect(cache.set("/reports/2020/bengji", page("a"), cache.generation)).toBe(true);
    expect(cache.get("/reports/2020/bengji")?.body.toString()).toBe("a");
    cache.clear();
    expect(cache.get("/reports/2020/bengji")).toBeUndefined();
  });

  it("refuses a page rendered before the last clear", () => {
    const cache = new PageCache();
    const before = cache.generation;
    cache.clear();
    expect(cache.set("/reports/2020/bengji", page("stale"), before)).toBe(false);
    expect(cache.get("/reports/2020/bengji")).toBeUndefined();
  });

  it("forgets pages older than the time limit", () => {
    let now = 0;
    const cache = new PageCache({ maxEntries: 10, maxBytes: 1000, maxAgeMs: 100 }, () => now);
    cache.set("/reports", page("list"), cache.generation);
    now = 100;
    expect(cache.get("/reports")).toBeDefined();
    now = 101;
    expect(cache.get("/reports")).toBeUndefined();
  });

  it("drops the least recently used page when full", () => {
    const cache = new PageCache({ maxEntries: 2, maxBytes: 1000, maxAgeMs: 1e9 });
    cache.set("/a", page("a"), 0);
    cache.set("/b", page("b"), 0);
    cache.get("/a");
    cache.set("/c", page("c"), 0);
    expect(cache.get("/b")).toBeUndefined();
    expect(cache.get("/a")).toBeDefined();
    expect(cache.get("/c")).toBeDefined();
  });

  it("stays within its byte budget", () => {
    const cache = new PageCache({ maxEntries: 100, maxBytes: 10, maxAgeMs: 1e9 });
    cache.set("/a", page("aaa"), 0); // 6 bytes with its gzipped copy
    cache.set("/b", page("bbb"), 0);
    expect(cache.size).toBe(1);
    expect(cache.get("/b")).toBeDefined();
    expect(cache.set("/huge", page("x".repeat(20)), 0)).toBe(false);
  });
});

describe("pageCacheKey", () => {
  const plain = {};
  it.each(["/reports", "/reports/2020/bengji", "/reports/2021/jxj/v/2", "/reports/2021/jxj/v/2/print"])("caches %s", (url) => {
    expect(pageCacheKey("GET", url, plain)).toBe(url);
    expect(pageCacheKey("HEAD", url, plain)).toBe(url);
  });

  it.each([
    "/reports?q=教育",
    "/reports/2020/bengji?_rsc=abc",
    "/reports/2020/bengji/v/1/report.docx",
    "/reports/2020/bengji/download/report.json",
    "/workspace",
    "/login",
    "/reports/2020/Bengji",
    "/reports/2020/bengji/",
  ])("passes %s to the app", (url) => {
    expect(pageCacheKey("GET", url, plain)).toBeNull();
  });

  it("passes client navigations and non-GET requests to the app", () => {
    expect(pageCacheKey("GET", "/reports/2020/bengji", { rsc: "1" })).toBeNull();
    expect(pageCacheKey("GET", "/reports", { "next-router-prefetch": "1" })).toBeNull();
    expect(pageCacheKey("POST", "/reports/2020/bengji", plain)).toBeNull();
  });
});
