import type { MetadataRoute } from "next";
import { siteOrigin } from "@/lib/site-origin";

/** Search engines index the published reports, never the workspace. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = await siteOrigin();
  return {
    rules: [{ userAgent: "*", allow: ["/reports"], disallow: ["/workspace", "/account", "/login", "/api"] }],
    sitemap: `${origin}/sitemap.xml`,
  };
}
