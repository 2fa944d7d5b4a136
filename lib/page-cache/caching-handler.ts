import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { pageCacheKey } from "./cacheable";
import type { CachedPage, PageCache } from "./page-cache";
import { policyForStoredPage } from "./stored-csp";

/** A page as the app rendered it, fetched around the cache. */
export interface RenderedPage {
  status: number;
  headers: Headers;
  body: Buffer;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

export interface CachingHandlerOptions {
  cache: PageCache;
  /** Renders `url` through the app itself, not through this cache. */
  render: (url: string) => Promise<RenderedPage>;
  /** Everything the cache does not answer. */
  next: Handler;
}

// Recomputed here or meaningless for a stored copy; set-cookie keeps a page out of the cache altogether.
const NOT_REPLAYED = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "date",
  "etag",
  "set-cookie",
  "x-nextjs-cache",
  "x-nextjs-prerender",
  "x-nextjs-stale-time",
]);

/** The page's headers minus what is recomputed, its policy naming inline scripts by hash, not by nonce. */
function keptHeaders(page: RenderedPage): Record<string, string> {
  const kept: Record<string, string> = {};
  page.headers.forEach((value, name) => {
    if (!NOT_REPLAYED.has(name)) kept[name] = value;
  });
  const csp = kept["content-security-policy"];
  if (csp && (page.headers.get("content-type") ?? "").startsWith("text/html")) kept["content-security-policy"] = policyForStoredPage(csp, page.body.toString("utf8"));
  return kept;
}

function replayedHeaders(page: RenderedPage): Record<string, string> {
  const kept = keptHeaders(page);
  const vary = kept["vary"] ? kept["vary"].split(",").map((v) => v.trim()) : [];
  if (!vary.some((v) => v.toLowerCase() === "accept-encoding")) vary.push("Accept-Encoding");
  kept["vary"] = vary.join(", ");
  // Browsers and any CDN in front keep the page but ask again each time (a 304 against the ETag costs next
  // to nothing here), so a correction is seen at once rather than after Next's s-maxage has run out.
  kept["cache-control"] = "public, no-cache";
  return kept;
}

function isStorable(page: RenderedPage): boolean {
  return page.status === 200 && (page.headers.get("content-type") ?? "").startsWith("text/html") && !page.headers.has("set-cookie");
}

function toCached(page: RenderedPage): Omit<CachedPage, "storedAt"> {
  const etag = `"${createHash("sha256").update(page.body).digest("base64url").slice(0, 27)}"`;
  return { headers: replayedHeaders(page), body: page.body, gzipped: gzipSync(page.body), etag };
}

function acceptsGzip(req: IncomingMessage): boolean {
  const accept = req.headers["accept-encoding"];
  return typeof accept === "string" && /\bgzip\b/i.test(accept);
}

function sendCached(req: IncomingMessage, res: ServerResponse, page: CachedPage, outcome: "hit" | "miss") {
  const base = { ...page.headers, etag: page.etag, "x-page-cache": outcome };
  const ifNoneMatch = req.headers["if-none-match"];
  if (ifNoneMatch && ifNoneMatch.split(",").some((t) => t.trim().replace(/^W\//, "") === page.etag)) {
    res.writeHead(304, base);
    res.end();
    return;
  }
  const gzip = acceptsGzip(req);
  const body = gzip ? page.gzipped : page.body;
  res.writeHead(200, gzip ? { ...base, "content-encoding": "gzip", "content-length": body.length } : { ...base, "content-length": body.length });
  res.end(req.method === "HEAD" ? undefined : body);
}

/**
 * A response that is not stored (a 404, a redirect) goes back as the app made it, but concurrent requests
 * share its render: it too names its inline scripts by hash.
 */
function sendRendered(req: IncomingMessage, res: ServerResponse, page: RenderedPage) {
  const headers: Record<string, string | string[]> = keptHeaders(page);
  const cookies = page.headers.getSetCookie();
  if (cookies.length) headers["set-cookie"] = cookies;
  res.writeHead(page.status, { ...headers, "content-length": page.body.length, "x-page-cache": "bypass" });
  res.end(req.method === "HEAD" ? undefined : page.body);
}

type Filled = { stored: CachedPage } | { rendered: RenderedPage };

/**
 * Answers public page requests from the cache; on a miss, renders the page once (concurrent misses share
 * the render) and stores it. Rendering problems fall back to the app handling the request itself.
 */
export function cachingHandler({ cache, render, next }: CachingHandlerOptions): Handler {
  const inFlight = new Map<string, Promise<Filled>>();

  function fill(key: string): Promise<Filled> {
    const generation = cache.generation;
    const flightKey = `${generation} ${key}`;
    let pending = inFlight.get(flightKey);
    if (!pending) {
      pending = render(key)
        .then((page): Filled => {
          if (!isStorable(page)) return { rendered: page };
          const cached = toCached(page);
          cache.set(key, cached, generation);
          return { stored: { ...cached, storedAt: Date.now() } };
        })
        .finally(() => inFlight.delete(flightKey));
      inFlight.set(flightKey, pending);
    }
    return pending;
  }

  return (req, res) => {
    const key = pageCacheKey(req.method, req.url, req.headers);
    if (key === null) return next(req, res);
    const hit = cache.get(key);
    if (hit) return sendCached(req, res, hit, "hit");
    return fill(key).then(
      (filled) => ("stored" in filled ? sendCached(req, res, filled.stored, "miss") : sendRendered(req, res, filled.rendered)),
      () => next(req, res),
    );
  };
}
