import { auditEvents } from "@/db/schema";
import type { AuditAction } from "@/lib/domain";
import type { Writer } from "./db-types";
import { addressOf, NO_ADDRESS, type RequestAddress } from "@/lib/audit/request-address";

/** Writing an audit row needs nothing but the database: usable from the data layer and from scripts/serve.ts. */

export interface AuditInput {
  action: AuditAction;
  actor?: { id: number; username: string } | null;
  /** For sign-ins: the name that was typed, when no account matched. */
  username?: string | null;
  target?: string | null;
  detail?: string | null;
  /** Where the request came from; by default the address remembered for the actor's request. */
  address?: RequestAddress | null;
  /** Identical events the row stands for (coalesced refusals). */
  count?: number;
  at?: number;
}

/** Records one event, inside the caller's transaction when it has one: the event and the change land together. */
export function recordAudit(db: Writer, e: AuditInput): void {
  const address = e.address ?? addressOf(e.actor) ?? NO_ADDRESS;
  db.insert(auditEvents)
    .values({
      at: e.at ?? Date.now(),
      userId: e.actor?.id ?? null,
      username: (e.actor?.username ?? e.username ?? null)?.slice(0, 100) ?? null,
      action: e.action,
      target: e.target?.slice(0, 200) ?? null,
      detail: e.detail?.slice(0, 500) ?? null,
      ip: address.forwarded?.slice(0, 200) ?? null,
      peer: address.peer?.slice(0, 100) ?? null,
      count: e.count ?? 1,
    })
    .run();
}
