import { BlockList, isIP } from "node:net";

/**
 * Which request headers may say where the site really is. X-Forwarded-Host and X-Forwarded-Proto are
 * ordinary request headers that anyone can send, so they are believed only when the connection comes from
 * a reverse proxy the deployment names in TRUSTED_PROXIES (addresses or CIDR ranges, comma-separated;
 * nobody by default). The connection's own address arrives as x-peer-address, which scripts/serve.ts sets
 * from the socket after deleting whatever the client sent.
 */
export interface TrustedProxies {
  list: BlockList;
  /** Entries that are not an address or a range: never trusted, reported once at start-up. */
  invalid: string[];
  empty: boolean;
}

export interface ForwardingInput {
  /** PUBLIC_URL: the site's public address, set by the deployment; wins over everything the request says. */
  publicUrl?: string;
  peer?: string | null;
  host?: string | null;
  forwardedHost?: string | null;
  forwardedProto?: string | null;
}

export function parseTrustedProxies(spec: string | undefined): TrustedProxies {
  const list = new BlockList();
  const invalid: string[] = [];
  let count = 0;
  for (const entry of (spec ?? "").split(",").map((e) => e.trim()).filter(Boolean)) {
    const [address, bits, ...rest] = entry.split("/");
    const family = isIP(address);
    const prefix = bits === undefined ? undefined : /^\d{1,3}$/.test(bits) ? Number(bits) : NaN;
    if (!family || rest.length || (prefix !== undefined && !(prefix <= (family === 4 ? 32 : 128)))) {
      invalid.push(entry);
      continue;
    }
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, prefix, type);
    count++;
  }
  return { list, invalid, empty: count === 0 };
}

let memo: { spec: string | undefined; parsed: TrustedProxies } | undefined;

/** TRUSTED_PROXIES from the environment, parsed once per value. */
export function trustedProxiesFromEnv(): TrustedProxies {
  const spec = process.env.TRUSTED_PROXIES;
  if (!memo || memo.spec !== spec) memo = { spec, parsed: parseTrustedProxies(spec) };
  return memo.parsed;
}

export function isTrustedPeer(peer: string | null | undefined, proxies: TrustedProxies): boolean {
  if (!peer || proxies.empty) return false;
  // A dual-stack socket reports an IPv4 client as ::ffff:a.b.c.d.
  const address = /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(peer) ? peer.slice(7) : peer;
  const family = isIP(address);
  return family !== 0 && proxies.list.check(address, family === 4 ? "ipv4" : "ipv6");
}

// host[:port], or [ipv6][:port]: anything else is not a host and must not reach a page or a sitemap.
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * A proxy that appends to a client-sent header puts its own value last; one that overwrites leaves only
 * its own. Either way the last entry is the trusted proxy's.
 */
function lastEntry(value: string | null | undefined): string | undefined {
  const entry = value?.split(",").pop()?.trim();
  return entry || undefined;
}

function configuredOrigin(publicUrl: string | undefined): URL | undefined {
  if (!publicUrl) return undefined;
  try {
    const url = new URL(publicUrl);
    return url.protocol === "https:" || url.protocol === "http:" ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The site's origin as seen by the visitor, for absolute links (sitemap, robots). */
export function requestOrigin(input: ForwardingInput, proxies: TrustedProxies): string {
  const configured = configuredOrigin(input.publicUrl);
  // PUBLIC_URL may carry a path prefix that a proxy maps onto this app; keep it, without a trailing slash.
  if (configured) return `${configured.origin}${configured.pathname.replace(/\/+$/, "")}`;
  const trusted = isTrustedPeer(input.peer, proxies);
  const forwardedHost = trusted ? lastEntry(input.forwardedHost) : undefined;
  const host = forwardedHost && HOST.test(forwardedHost) ? forwardedHost : input.host && HOST.test(input.host) ? input.host : "localhost";
  return `${isHttpsRequest(input, proxies) ? "https" : "http"}://${host.toLowerCase()}`;
}

/**
 * Whether the visitor reached the site over https: this server speaks plain http itself, so only a
 * PUBLIC_URL starting with https or a trusted proxy's X-Forwarded-Proto can say so.
 */
export function isHttpsRequest(input: ForwardingInput, proxies: TrustedProxies): boolean {
  const configured = configuredOrigin(input.publicUrl);
  if (configured) return configured.protocol === "https:";
  return isTrustedPeer(input.peer, proxies) && lastEntry(input.forwardedProto)?.toLowerCase() === "https";
}

/**
 * The X-Forwarded-Host and X-Forwarded-Proto that Next, Auth.js and the pages get to see: a trusted
 * proxy's as it sent them; else what PUBLIC_URL says; else none, so that everything falls back to the
 * request's own Host (which is how a client reaching this server directly addressed it).
 */
export function forwardedHeaders(input: ForwardingInput, proxies: TrustedProxies): "keep" | { host: string; proto: string } | null {
  if (isTrustedPeer(input.peer, proxies)) return "keep";
  const configured = configuredOrigin(input.publicUrl);
  return configured ? { host: configured.host, proto: configured.protocol.slice(0, -1) } : null;
}
