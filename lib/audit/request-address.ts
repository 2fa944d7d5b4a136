/**
 * Where a request came from, as the security audit and the sign-in throttle see it. Two parts, kept
 * apart: the connection's own address (`peer`), which scripts/serve.ts copies into the x-peer-address
 * header after dropping any a client sent, and the X-Forwarded-For chain, which anyone can write.
 */
export interface RequestAddress {
  peer: string | null;
  forwarded: string | null;
}

export const NO_ADDRESS: RequestAddress = { peer: null, forwarded: null };
export const PEER_HEADER = "x-peer-address";

type HeaderReader = { get(name: string): string | null };

export function addressFromHeaders(headers: HeaderReader): RequestAddress {
  const peer = headers.get(PEER_HEADER)?.trim().slice(0, 100) || null;
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  // The server appends the connection's own address to the chain, as a proxy would: it is `peer` already.
  while (peer && chain.at(-1) === peer) chain.pop();
  return { peer, forwarded: chain.length ? chain.join(", ").slice(0, 200) : null };
}

// Keyed by the signed-in person's object for the request (lib/dal/session.ts), so the data layer can
// record a refusal's address without every function taking one. On globalThis: one map per process.
const key = Symbol.for("gov-reports.request-address");
const store = ((globalThis as Record<symbol, unknown>)[key] ??= new WeakMap<object, RequestAddress>()) as WeakMap<object, RequestAddress>;

export function rememberAddress(who: object, address: RequestAddress): void {
  store.set(who, address);
}

export function addressOf(who: object | null | undefined): RequestAddress | undefined {
  return who ? store.get(who) : undefined;
}
