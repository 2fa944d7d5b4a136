/**
 * A whole-page cache for the public report pages, held by the server process in front of Next's request
 * handler (scripts/serve.ts). Published content only changes when something is published, so publishing
 * clears it; a time limit matching the pages' own revalidation bounds anything else.
 */
export interface CachedPage {
  headers: Record<string, string>;
  body: Buffer;
  gzipped: Buffer;
  etag: string;
  storedAt: number;
}

export interface PageCacheLimits {
  maxEntries: number;
  maxBytes: number;
  maxAgeMs: number;
}

const DEFAULT_LIMITS: PageCacheLimits = { maxEntries: 2000, maxBytes: 128 * 1024 * 1024, maxAgeMs: 3600_000 };

export class PageCache {
  private readonly entries = new Map<string, CachedPage>();
  private bytes = 0;
  /** Bumped by clear(): a page rendered before a clear must not be stored after it. */
  private generationCounter = 0;

  constructor(
    private readonly limits: PageCacheLimits = DEFAULT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  get generation(): number {
    return this.generationCounter;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): CachedPage | undefined {
    const page = this.entries.get(key);
    if (!page) return undefined;
    if (this.now() - page.storedAt > this.limits.maxAgeMs) {
      this.remove(key, page);
      return undefined;
    }
    // Least recently used goes first when the cache is full: move this one to the end.
    this.entries.delete(key);
    this.entries.set(key, page);
    return page;
  }

  /** Stores the page unless the cache was cleared since `generation` was read (the render may be stale). */
  set(key: string, page: Omit<CachedPage, "storedAt">, generation: number): boolean {
    if (generation !== this.generationCounter) return false;
    const size = page.body.length + page.gzipped.length;
    if (size > this.limits.maxBytes) return false;
    const previous = this.entries.get(key);
    if (previous) this.remove(key, previous);
    while (this.entries.size > 0 && (this.entries.size >= this.limits.maxEntries || this.bytes + size > this.limits.maxBytes)) {
      const [oldestKey, oldest] = this.entries.entries().next().value as [string, CachedPage];
      this.remove(oldestKey, oldest);
    }
    this.entries.set(key, { ...page, storedAt: this.now() });
    this.bytes += size;
    return true;
  }

  clear(): void {
    this.generationCounter += 1;
    this.entries.clear();
    this.bytes = 0;
  }

  private remove(key: string, page: CachedPage) {
    this.entries.delete(key);
    this.bytes -= page.body.length + page.gzipped.length;
  }
}

const SHARED = Symbol.for("gov-disclosure-reports.public-page-cache");

/**
 * The process's one cache. Next's compiled server code and the custom server are separate module graphs in
 * the same process, so the instance lives on globalThis where both find it.
 */
export function sharedPageCache(): PageCache {
  const holder = globalThis as typeof globalThis & { [SHARED]?: PageCache };
  holder[SHARED] ??= new PageCache();
  return holder[SHARED];
}
