/**
 * Which requests the page cache may answer: plain GET or HEAD of a public report page or the unfiltered
 * list, without a query string. Client-side navigations (RSC payloads, prefetches) and everything else go
 * to Next as they are.
 */
const CACHEABLE_PATH = /^\/reports(?:\/\d{4}\/[a-z][a-z0-9-]{0,63}(?:\/v\/[1-9]\d{0,5}(?:\/print)?)?)?$/;

const NEXT_ROUTER_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action"];

export function pageCacheKey(method: string | undefined, url: string | undefined, headers: Record<string, string | string[] | undefined>): string | null {
  if (method !== "GET" && method !== "HEAD") return null;
  if (!url || url.includes("?") || !CACHEABLE_PATH.test(url)) return null;
  if (NEXT_ROUTER_HEADERS.some((h) => headers[h] !== undefined)) return null;
  return url;
}
