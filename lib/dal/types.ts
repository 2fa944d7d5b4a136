import type { Role, UnitKind } from "@/lib/domain";

// Defined in lib/domain; the DAL's signatures use them.
export type { Role, UnitKind } from "@/lib/domain";

/**
 * Who is asking, as the session says. Only the session store makes one (internal/session-user.ts): the brand exists
 * in types alone and makes a user object put together anywhere else (say, from a request's fields) fail to
 * type-check where the data layer expects a CurrentUser.
 */
declare const fromSession: unique symbol;

export interface CurrentUser {
  readonly [fromSession]: true;
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unitId: number;
  unitName: string;
  unitCode: string;
  unitKind: UnitKind;
}

/** A CurrentUser's fields without the brand: what lib/dal/internal/session-user.ts turns into one. */
export type SessionUserFields = Omit<CurrentUser, typeof fromSession>;

/** Expected failures travel to the browser as values; unexpected ones are thrown. */
export type ActionResult<T = undefined> =
  | ({ ok: true } & (T extends undefined ? object : { data: T }))
  | { ok: false; error: string; code?: FailureCode; fieldErrors?: Record<string, string> };

/** Lets a client react to a refusal without reading its message: locked and not_found are final, auth needs a new sign-in. */
export type FailureCode = "invalid" | "locked" | "not_found" | "auth" | "conflict";
