/**
 * In-memory counters for signing in (one server process; a restart forgets them, the accounts' own
 * lock stays in the database):
 * - per peer address: at most MAX_FAILURES_PER_ADDRESS failed attempts within ADDRESS_WINDOW_MS, then
 *   every attempt from that address waits until the oldest failure is a minute old, whatever the name;
 * - per typed name that matches no account: the same five-failure lock an account has, so that 已锁定
 *   says nothing about whether a name exists.
 * Both maps are bounded; on overflow the oldest entries go first.
 */

export const ADDRESS_WINDOW_MS = 60_000;
export const MAX_FAILURES_PER_ADDRESS = 10;
const MAX_ADDRESSES = 10_000;
const MAX_NAMES = 10_000;
// Requests without a peer address (not served by scripts/serve.ts) share one bucket: never unthrottled.
const UNKNOWN_PEER = "unknown";

interface NameState {
  failed: number;
  lockedUntil: number | null;
}

interface Limits {
  addresses: Map<string, number[]>;
  names: Map<string, NameState>;
}

const key = Symbol.for("gov-reports.sign-in-limits");
const fresh = (): Limits => ({ addresses: new Map(), names: new Map() });
const limits = () => ((globalThis as Record<symbol, unknown>)[key] ??= fresh()) as Limits;

function bounded<K, V>(map: Map<K, V>, max: number) {
  while (map.size > max) map.delete(map.keys().next().value as K);
}

function recentFailures(peer: string | null, now: number): number[] {
  const list = limits().addresses.get(peer ?? UNKNOWN_PEER) ?? [];
  return list.filter((t) => t > now - ADDRESS_WINDOW_MS);
}

/** True while the address has had too many failed sign-ins in the last minute. */
export function addressThrottled(peer: string | null, now: number): boolean {
  return recentFailures(peer, now).length >= MAX_FAILURES_PER_ADDRESS;
}

export function noteAddressFailure(peer: string | null, now: number): void {
  const k = peer ?? UNKNOWN_PEER;
  const list = [...recentFailures(peer, now), now].slice(-MAX_FAILURES_PER_ADDRESS);
  const map = limits().addresses;
  map.delete(k);
  map.set(k, list);
  bounded(map, MAX_ADDRESSES);
}

/** A name that matches no account: is it "locked" now? */
export function missingNameLocked(name: string, now: number): boolean {
  const s = limits().names.get(name);
  return !!s?.lockedUntil && s.lockedUntil > now;
}

/** Counts a failure for a name that matches no account; true when this failure locks it (as recordFailedLogin does). */
export function noteMissingNameFailure(name: string, now: number, maxFailures: number, lockMs: number): boolean {
  const map = limits().names;
  const cur = map.get(name);
  const failed = (cur?.lockedUntil && cur.lockedUntil <= now ? 0 : (cur?.failed ?? 0)) + 1;
  const lock = failed >= maxFailures;
  map.delete(name);
  map.set(name, { failed: lock ? 0 : failed, lockedUntil: lock ? now + lockMs : null });
  bounded(map, MAX_NAMES);
  return lock;
}

/** For tests. */
export function resetSignInLimits(): void {
  (globalThis as Record<symbol, unknown>)[key] = fresh();
}
