import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { cachingHandler, type RenderedPage } from "./caching-handler";
import { PageCache } from "./page-cache";

/** A stand-in for the app: counts renders, answers what `pages` holds now, 404 otherwise. */
function fakeApp(pages: Map<string, string>) {
  const calls = { render: 0, next: 0 };
  const render = async (url: string): Promise<RenderedPage> => {
    calls.render += 1;
    await new Promise((r) => setTimeout(r, 20));
    const html = pages.get(url);
    return html === undefined
      ? { status: 404, headers: new Headers({ "content-type": "text/html; charset=utf-8" }), body: Buffer.from("<h1>未找到</h1>") }
      : {
          status: 200,
          headers: new Headers({ "content-type": "text/html; charset=utf-8", "cache-control": "s-maxage=3600", vary: "rsc", "x-nextjs-cache": "HIT" }),
          body: Buffer.from(html),
        };
  };
  return { calls, render };
}

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function start(pages: Map<string, string>, cache = new PageCache()) {
  const app = fakeApp(pages);
  const handler = cachingHandler({
    cache,
    render: app.render,
    next: (_req, res) => {
      app.calls.next += 1;
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("app");
    },
  });
  server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers: { "accept-encoding": "identity", ...headers } });
  return { ...app, cache, get };
}

describe("cachingHandler", () => {
  it("renders a report page once and serves the copy after that", async () => {
    const pages = new Map([["/reports/2020/bengji", "<h1>第 1 版</h1>"]]);
    const { calls, get } = await start(pages);
    const first = await get("/reports/2020/bengji");
    expect(first.status).toBe(200);
    expect(first.headers.get("x-page-cache")).toBe("miss");
    expect(await first.text()).toBe("<h1>第 1 版</h1>");
    const second = await get("/reports/2020/bengji");
    expect(second.headers.get("x-page-cache")).toBe("hit");
    expect(await second.text()).toBe("<h1>第 1 版</h1>");
    // Kept by browsers and proxies, but revalidated against the ETag on every view: corrections show at once.
    expect(second.headers.get("cache-control")).toBe("public, no-cache");
    expect(second.headers.get("x-nextjs-cache")).toBeNull();
    expect(second.headers.get("vary")).toBe("rsc, Accept-Encoding");
    expect(calls.render).toBe(1);
  });

  it("shows the new version once the cache is cleared on publishing", async () => {
    const pages = new Map([["/reports/2021/jxj", "第 1 版"]]);
    const { cache, get } = await start(pages);
    expect(await (await get("/reports/2021/jxj")).text()).toBe("第 1 版");
    pages.set("/reports/2021/jxj", "第 2 版");
    cache.clear();
    expect(await (await get("/reports/2021/jxj")).text()).toBe("第 2 版");
  });

  it("does not store a page whose render started before a clear", async () => {
    const pages = new Map([["/reports/2021/jxj", "第 1 版"]]);
    const { cache, calls, get } = await start(pages);
    const during = get("/reports/2021/jxj");
    await expect.poll(() => calls.render).toBe(1);
    cache.clear();
    expect(await (await during).text()).toBe("第 1 版");
    pages.set("/reports/2021/jxj", "第 2 版");
    expect(await (await get("/reports/2021/jxj")).text()).toBe("第 2 版");
    expect(calls.render).toBe(2);
  });

  it("shares one render among concurrent first requests", async () => {
    const { calls, get } = await start(new Map([["/reports", "列表"]]));
    const bodies = await Promise.all(Array.from({ length: 10 }, () => get("/reports").then((r) => r.text())));
    expect(bodies).toEqual(Array(10).fill("列表"));
    expect(calls.render).toBe(1);
  });

  it("returns a not-found page as the app made it, and does not keep it", async () => {
    const pages = new Map<string, string>();
    const { calls, get } = await start(pages);
    const missing = await get("/reports/2021/edu");
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe("<h1>未找到</h1>");
    pages.set("/reports/2021/edu", "已发布");
    const later = await get("/reports/2021/edu");
    expect(later.status).toBe(200);
    expect(await later.text()).toBe("已发布");
    expect(calls.render).toBe(2);
  });

  it("gzips for clients that accept it, and answers a matching ETag with 304", async () => {
    const html = "<p>" + "公开".repeat(500) + "</p>";
    const { get } = await start(new Map([["/reports/2020/edu", html]]));
    const res = await get("/reports/2020/edu", { "accept-encoding": "gzip, deflate" });
    expect(res.headers.get("content-encoding")).toBe("gzip");
    // fetch decompresses: the text arriving intact proves the gzip stream was valid.
    expect(Number(res.headers.get("content-length"))).toBeLessThan(Buffer.byteLength(html));
    expect(await res.text()).toBe(html);
    const etag = res.headers.get("etag")!;
    const again = await get("/reports/2020/edu", { "if-none-match": etag });
    expect(again.status).toBe(304);
  });

  it("leaves searches, downloads and client navigations to the app", async () => {
    const { calls, get } = await start(new Map([["/reports", "列表"]]));
    expect(await (await get("/reports?q=教育")).text()).toBe("app");
    expect(await (await get("/reports/2020/bengji/v/1/report.json")).text()).toBe("app");
    expect(await (await get("/reports", { rsc: "1" })).text()).toBe("app");
    expect(calls).toEqual({ render: 0, next: 3 });
  });

  /** A cache in front of a render that answers `page` whatever is asked. */
  async function startRendering(page: RenderedPage) {
    const handler = cachingHandler({ cache: new PageCache(), render: async () => page, next: (_req, res) => res.end("app") });
    server = createServer((req, res) => void handler(req, res));
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    return (path: string) => fetch(`http://127.0.0.1:${(server!.address() as AddressInfo).port}${path}`);
  }

  it("sends a stored page with the hashes of its inline scripts, never the nonce it was rendered with", async () => {
    const nonce = "ZmlsbC1yZW5kZXItbm9uY2U=";
    const get = await startRendering({
      status: 200,
      headers: new Headers({ "content-type": "text/html; charset=utf-8", "content-security-policy": `default-src 'self'; script-src 'self' 'nonce-${nonce}'; frame-ancestors 'none'` }),
      body: Buffer.from(`<html><body><script nonce="${nonce}">self.__next_f.push([0])</script></body></html>`),
    });
    for (const expected of ["miss", "hit"]) {
      const res = await get("/reports/2020/bengji");
      expect(res.headers.get("x-page-cache")).toBe(expected);
      const policy = res.headers.get("content-security-policy")!;
      expect(policy).not.toContain(nonce);
      expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]{43}='; frame-ancestors 'none'$/);
    }
  });

  it("does not hand one render's nonce to every visitor of a page it does not keep", async () => {
    const nonce = "c2hhcmVkLW5vdC1mb3VuZA==";
    const get = await startRendering({
      status: 404,
      headers: new Headers({ "content-type": "text/html", "content-security-policy": `script-src 'self' 'nonce-${nonce}'` }),
      body: Buffer.from(`<script nonce="${nonce}">1</script>`),
    });
    const res = await get("/reports/2021/none");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-security-policy")).toMatch(/^script-src 'self' 'sha256-/);
  });

  it("falls back to the app when rendering fails", async () => {
    const cache = new PageCache();
    let nextCalls = 0;
    const handler = cachingHandler({
      cache,
      render: () => Promise.reject(new Error("connection refused")),
      next: (_req, res) => {
        nextCalls += 1;
        res.end("app");
      },
    });
    server = createServer((req, res) => void handler(req, res));
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/reports`);
    expect(await res.text()).toBe("app");
    expect(nextCalls).toBe(1);
    expect(cache.size).toBe(0);
  });
});
