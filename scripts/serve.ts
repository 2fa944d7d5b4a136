/**
 * The production server: Next's request handler behind the public pages' whole-page cache.
 *
 *   npx next build && npx tsx scripts/serve.ts        # PORT (3000); HOST to listen on one address only
 *
 * Published reports change only when something is published, and publishing clears the cache
 * (lib/page-cache/invalidate.ts), so a report page is rendered once and then served from memory.
 * Every other request, and every page the cache does not hold, goes to Next unchanged, except that a
 * server action's body is checked first (lib/server/guard-actions.ts): a malformed or oversized one is
 * refused with a short Chinese 400/413 instead of becoming a 500 with a stack trace in the log.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createServer, type IncomingMessage } from "node:http";
import next from "next";
import { cachingHandler } from "@/lib/page-cache/caching-handler";
import { sharedPageCache } from "@/lib/page-cache/page-cache";
import { guardActions } from "@/lib/server/guard-actions";
import { forwardedHeaders, isHttpsRequest, trustedProxiesFromEnv, type TrustedProxies } from "@/lib/server/trusted-proxy";

const port = Number(process.env.PORT ?? 3000);
// Not HOSTNAME: containers set it to their own name, which is not an address to listen on.
const hostname = process.env.HOST || undefined;
// The cache fills itself by asking this same server for the page, marked so that the request reaches Next.
const FILL_HEADER = "x-page-cache-fill";
const fillToken = randomBytes(16).toString("hex");
const selfHost = !hostname || hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname.includes(":") ? `[${hostname}]` : hostname;
// Longer than the idle timeouts of common clients and proxies (60 s for nginx, AWS ALB and others): the
// side that closes an idle connection must be the client, or a request it sends just then is reset.
const KEEP_ALIVE_TIMEOUT_MS = 65_000;
const HSTS = "max-age=31536000";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Deletes only what a client actually sent, so that the common request pays nothing for it. */
function dropHeaders(req: IncomingMessage, names: string[]) {
  for (const name of names) if (req.headers[name] !== undefined) delete req.headers[name];
}

const CLIENT_MAY_NOT_SET = ["x-peer-address", "x-nonce", "content-security-policy", "content-security-policy-report-only"];
const FORWARDED = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"];

/** PUBLIC_URL and TRUSTED_PROXIES, read once after Next has loaded the .env files. */
interface Deployment {
  publicUrl: string | undefined;
  proxies: TrustedProxies;
}

/**
 * What the app may believe about where a request came from. x-peer-address is the connection's own
 * address, replacing any a client sent under that name: the audit, the sign-in throttle and the
 * trusted-proxy check trust only this. It also goes last in x-forwarded-for, as a proxy would add it: the
 * audit records the chain, and its last entry is the one a client cannot forge. A nonce or policy a client
 * sent is dropped: only proxy.ts sets them, per request.
 */
function markPeer(req: IncomingMessage) {
  dropHeaders(req, CLIENT_MAY_NOT_SET);
  const peer = req.socket.remoteAddress;
  req.headers["x-peer-address"] = peer ?? "";
  if (peer) {
    const prior = req.headers["x-forwarded-for"];
    req.headers["x-forwarded-for"] = prior ? `${Array.isArray(prior) ? prior.join(", ") : prior}, ${peer}` : peer;
  }
}

/**
 * X-Forwarded-Host/-Proto are believed only from a proxy named in TRUSTED_PROXIES: from anyone else they
 * are replaced by what PUBLIC_URL says, or dropped, before Next, Auth.js or a page builds a URL from them.
 */
function settleForwarded(req: IncomingMessage, { publicUrl, proxies }: Deployment) {
  const decided = forwardedHeaders({ publicUrl, peer: req.socket.remoteAddress }, proxies);
  if (decided === "keep") return;
  dropHeaders(req, FORWARDED);
  if (decided) {
    req.headers["x-forwarded-host"] = decided.host;
    req.headers["x-forwarded-proto"] = decided.proto;
  }
}

/** HSTS only where the visitor reached the site over https (PUBLIC_URL https, or a trusted proxy says so). */
function isHttps(req: IncomingMessage, { publicUrl, proxies }: Deployment): boolean {
  return isHttpsRequest({ publicUrl, peer: req.socket.remoteAddress, forwardedProto: first(req.headers["x-forwarded-proto"]) }, proxies);
}

/**
 * Next keeps its data cache (the public list's and year-on-year reads, lib/publishing/published-data.ts)
 * on disk across restarts. It is derived from the database, which may have been restored from a backup
 * or seeded afresh while the server was down: a start begins from the database, not from what an earlier
 * run remembered (seen: a re-seeded demo listing the old database's publications for up to an hour).
 */
function forgetDataCache() {
  fs.rmSync(path.join(process.cwd(), ".next", "cache", "fetch-cache"), { recursive: true, force: true });
}

async function main() {
  forgetDataCache();
  const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const cached = cachingHandler({
    cache: sharedPageCache(),
    next: (req, res) => handle(req, res),
    render: async (url) => {
      const res = await fetch(`http://${selfHost}:${port}${url}`, {
        headers: { [FILL_HEADER]: fillToken, "accept-encoding": "identity" },
        redirect: "manual",
        signal: AbortSignal.timeout(30_000),
      });
      return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
    },
  });

  const deployment: Deployment = { publicUrl: process.env.PUBLIC_URL, proxies: trustedProxiesFromEnv() };
  const guarded = guardActions(cached);
  const server = createServer((req, res) => {
    markPeer(req);
    settleForwarded(req, deployment);
    if (req.headers[FILL_HEADER] === fillToken) return handle(req, res);
    if (isHttps(req, deployment)) res.setHeader("strict-transport-security", HSTS);
    return guarded(req, res);
  });
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  // Above keepAliveTimeout, so an idle connection is closed by the keep-alive timer, not mid-request.
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1000;
  if (deployment.proxies.invalid.length) console.warn(`TRUSTED_PROXIES 中无法识别的项已忽略：${deployment.proxies.invalid.join("、")}`);
  server.listen(port, hostname, () => {
    console.log(`▲ 已启动：http://${hostname ?? "localhost"}:${port}`);
  });

  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
