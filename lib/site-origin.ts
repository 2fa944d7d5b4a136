import "server-only";
import { headers } from "next/headers";
import { requestOrigin, trustedProxiesFromEnv } from "@/lib/server/trusted-proxy";

/**
 * The public site's origin for absolute links (sitemap, robots): PUBLIC_URL when the deployment sets it
 * (recommended behind a proxy); else the forwarded host, but only from a proxy named in TRUSTED_PROXIES;
 * else the request's own Host header.
 */
export async function siteOrigin(): Promise<string> {
  const h = await headers();
  return requestOrigin(
    {
      publicUrl: process.env.PUBLIC_URL,
      peer: h.get("x-peer-address"),
      host: h.get("host"),
      forwardedHost: h.get("x-forwarded-host"),
      forwardedProto: h.get("x-forwarded-proto"),
    },
    trustedProxiesFromEnv(),
  );
}
