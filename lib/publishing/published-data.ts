import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { getPublished, listPublished, listSeries } from "@/lib/dal/publishing";

/**
 * The public pages' reads of published reports. Report pages are cached as whole pages (ISR); the list
 * page filters by query string, so its data is cached here instead. Publishing invalidates both with
 * revalidatePath("/reports", "layout") (or revalidateTag(PUBLISHED_REPORTS_TAG)).
 */
export const PUBLISHED_REPORTS_TAG = "published-reports";

const options = { tags: [PUBLISHED_REPORTS_TAG], revalidate: 3600 };

// The key names the data's shape: Next keeps this cache across builds, so a new shape needs a new key.
export const cachedPublishedList = unstable_cache(async () => listPublished(), ["public-reports-list", "v2-unit-groups"], options);

/** Every published year of one report address, for the year-on-year comparison. */
export const cachedSeries = unstable_cache(async (slug: string) => listSeries(slug), ["public-report-series", "v2-summed-years"], options);

/** Year, slug and version from the URL; anything malformed is simply not found. */
export function parseAddress(year: string, slug: string, version?: string): { year: number; slug: string; version?: number } | null {
  if (!/^\d{4}$/.test(year) || !/^[a-z][a-z0-9-]{0,63}$/.test(slug)) return null;
  if (version !== undefined && !/^[1-9]\d{0,5}$/.test(version)) return null;
  return { year: Number(year), slug, version: version === undefined ? undefined : Number(version) };
}

/** One published version (latest when version is omitted), shared by generateMetadata and the page. */
export const loadPublished = cache((year: number, slug: string, version?: number) => getPublished(year, slug, version));
