import "server-only";
import { headers } from "next/headers";

/**
 * The public site's origin for absolute links (sitemap, robots): PUBLIC_URL when the deployment sets it
 * (recommended behind a proxy), else the request's own host.
 */
export async function siteOrigin(): Promise<string> {
  const configured = process.env.PUBLIC_URL?.replace(/\/+$/, "");
  if (configured) return configured;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto.split(",")[0].trim()}://${host.split(",")[0].trim()}`;
}
