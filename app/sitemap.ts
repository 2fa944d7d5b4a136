import type { MetadataRoute } from "next";
import { cachedPublishedList } from "@/lib/publishing/published-data";
import { latestPath, reportsIndexPath } from "@/lib/publishing/report-paths";
import { siteOrigin } from "@/lib/site-origin";

/** Every published report at its stable address (latest version), for search engines and archives. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = await siteOrigin();
  const reports = await cachedPublishedList();
  return [
    { url: `${origin}${reportsIndexPath}`, changeFrequency: "weekly", priority: 1 },
    ...reports.map((r) => ({ url: `${origin}${latestPath(r)}`, lastModified: r.publishedOn, changeFrequency: "yearly" as const, priority: r.kind === "consolidated" ? 0.9 : 0.6 })),
  ];
}
