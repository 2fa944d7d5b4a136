/**
 * The production server: Next's request handler behind the public pages' whole-page cache.
 *
 *   npx next build && npx tsx scripts/serve.ts        # PORT (3000); HOST to listen on one address only
 *
 * Published reports change only when something is published, and publishing clears the cache
 * (lib/page-cache/invalidate.ts), so a report page is rendered once and then served from memory.
 * Every other request, and every page the cache does not hold, goes to Next unchanged.
 */
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import next from "next";
import { cachingHandler } from "@/lib/page-cache/caching-handler";
import { sharedPageCache } from "@/lib/page-cache/page-cache";

const port = Number(process.env.PORT ?? 3000);
// Not HOSTNAME: containers set it to their own name, which is not an address to listen on.
const hostname = process.env.HOST || undefined;
// The cache fills itself by asking this same server for the page, marked so that the request reaches Next.
const FILL_HEADER = "x-page-cache-fill";
const fillToken = randomBytes(16).toString("hex");
const selfHost = !hostname || hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname.includes(":") ? `[${hostname}]` : hostname;

async function main() {
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

  const server = createServer((req, res) => {
    if (req.headers[FILL_HEADER] === fillToken) return handle(req, res);
    // The connection's own address goes last in the chain, as a proxy would add it: the security audit
    // records the chain, and its last entry is the one a client cannot forge.
    const peer = req.socket.remoteAddress;
    if (peer) {
      const prior = req.headers["x-forwarded-for"];
      req.headers["x-forwarded-for"] = prior ? `${Array.isArray(prior) ? prior.join(", ") : prior}, ${peer}` : peer;
    }
    return cached(req, res);
  });
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
