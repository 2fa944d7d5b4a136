import "server-only";

/**
 * Ending a session by its id, for Auth.js's signOut event (lib/auth/auth.ts), which cannot import
 * session.ts (that imports Auth.js). The caller holds the session's own cookie: no other check applies.
 */
export { revokeSession } from "./internal/session-store";
