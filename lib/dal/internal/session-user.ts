import type { CurrentUser, SessionUserFields } from "../types";

/**
 * A person read from the sessions and users tables, as the data layer's CurrentUser. For the session store,
 * and for test fixtures and benchmarks standing in for it; internal, so nothing outside the data layer makes one.
 */
export function asSessionUser(fields: SessionUserFields): CurrentUser {
  return fields as CurrentUser;
}
