import type { IncomingHttpHeaders } from "node:http";
import { recordRefusal } from "./internal/refusal-log";
import { addressFromHeaders } from "@/lib/audit/request-address";

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(", ") : (v ?? null));

/**
 * The check Next applies to a server action before running it: an Origin header naming another host than
 * the one the request was sent to (X-Forwarded-Host, else Host). No Origin at all passes, as in Next.
 */
export function isForeignOrigin(headers: IncomingHttpHeaders): boolean {
  const origin = one(headers.origin);
  if (!origin) return false;
  const host = (one(headers["x-forwarded-host"]) ?? one(headers.host) ?? "").split(",")[0].trim().toLowerCase();
  try {
    return new URL(origin).host.toLowerCase() !== host;
  } catch {
    return true;
  }
}

/**
 * For scripts/serve.ts: a server-action POST whose Origin is not this site's, refused before Next runs
 * the action (Next refuses those itself too, without telling the audit). Call after x-peer-address is set.
 * Coalesced like every refusal; never throws.
 */
export function recordForeignOrigin(req: { method?: string; url?: string; headers: IncomingHttpHeaders }): void {
  const path = (req.url ?? "").split("?")[0].slice(0, 150);
  recordRefusal({
    action: "foreign_origin_refused",
    target: `${req.method ?? "POST"} ${path}`,
    detail: `来源 Origin：${(one(req.headers.origin) ?? "（无）").slice(0, 200)}`,
    address: addressFromHeaders({ get: (name) => one(req.headers[name.toLowerCase()]) }),
  });
}
