import { getDb } from "@/db/client";
import { addressOf, NO_ADDRESS, type RequestAddress } from "@/lib/audit/request-address";
import { recordAudit } from "./audit-write";

/**
 * Refused requests in the security audit, without letting a flood of them flood the audit. The audit
 * is append-only (no row is ever updated), so repeats are coalesced here, in memory: the first refusal
 * of a kind (same action, person or typed name, object, detail and peer address) is written at once; the
 * identical ones in the minute after it are only counted, and written as one row with that count when
 * the minute ends. A burst costs at most two rows a minute per kind. Counts not yet written are lost only
 * if the process dies without exiting (kill -9).
 */

export type RefusalAction = "access_refused" | "sign_in_throttled" | "foreign_origin_refused";

export interface Refusal {
  action: RefusalAction;
  actor?: { id: number; username: string } | null;
  /** The name typed at a sign-in, when the refusal has no signed-in person. */
  username?: string | null;
  /** What was asked for, in words: "报告 #12（区教育局 2021年度）". */
  target?: string | null;
  /** Why it was refused, or which operation: "新建账户（仅管理员）". */
  detail?: string | null;
  /** By default the address remembered for the actor's request. */
  address?: RequestAddress | null;
}

export const REFUSAL_WINDOW_MS = 60_000;
// Distinct kinds held open at once; more and every open count is written out early.
const MAX_OPEN = 5_000;

interface Open {
  refusal: Refusal;
  address: RequestAddress;
  started: number;
  repeats: number;
  last: number;
}

interface State {
  open: Map<string, Open>;
  timer?: ReturnType<typeof setTimeout>;
  exitHook?: boolean;
}

const stateKey = Symbol.for("gov-reports.refusals");
// One state per process, also when this module is loaded by both scripts/serve.ts and Next's bundle.
const state = ((globalThis as Record<symbol, unknown>)[stateKey] ??= { open: new Map() }) as State;

function write(r: Refusal, address: RequestAddress, count: number, at: number) {
  recordAudit(getDb(), { action: r.action, actor: r.actor, username: r.username, target: r.target, detail: r.detail, address, count, at });
}

/** Records a refusal (coalesced). Never throws: a refusal's answer must not turn into a server error. */
export function recordRefusal(r: Refusal, now = Date.now()): void {
  try {
    const address = r.address ?? addressOf(r.actor) ?? NO_ADDRESS;
    flushRefusals(now);
    const key = JSON.stringify([r.action, r.actor?.id ?? null, r.actor ? null : (r.username ?? null), r.target ?? null, r.detail ?? null, address.peer]);
    const open = state.open.get(key);
    if (open) {
      open.repeats += 1;
      open.last = now;
      return;
    }
    if (state.open.size >= MAX_OPEN) flushRefusals(Number.POSITIVE_INFINITY);
    write(r, address, 1, now);
    state.open.set(key, { refusal: r, address, started: now, repeats: 0, last: now });
    schedule();
  } catch (error) {
    console.error("安全审计：未能记录被拒绝的请求", error);
  }
}

/** Writes the counts of every window that has ended by `now` (all of them with Infinity). */
export function flushRefusals(now = Date.now()): void {
  // Windows open in the order they start: stop at the first still open.
  for (const [key, o] of state.open) {
    if (o.started + REFUSAL_WINDOW_MS > now) break;
    state.open.delete(key);
    if (o.repeats > 0) write(o.refusal, o.address, o.repeats, o.last);
  }
}

function schedule() {
  if (!state.exitHook) {
    state.exitHook = true;
    // process.exit() (scripts/serve.ts on SIGTERM) still runs "exit" listeners, and SQLite writes are synchronous.
    process.once("exit", () => {
      try {
        flushRefusals(Number.POSITIVE_INFINITY);
      } catch {
        // The database may be closed already.
      }
    });
  }
  if (state.timer) return;
  const first = state.open.values().next().value;
  if (!first) return;
  state.timer = setTimeout(() => {
    state.timer = undefined;
    try {
      flushRefusals();
    } catch (error) {
      console.error("安全审计：未能写入被拒绝请求的计数", error);
    }
    schedule();
  }, Math.max(0, first.started + REFUSAL_WINDOW_MS - Date.now()) + 50);
  state.timer.unref?.();
}
