import type { Db } from "@/db/client";

/**
 * The handles the data layer passes around: the database, a transaction inside it, and the narrower views a
 * function needs (a reader can only select; a writer can also insert). Functions take the narrowest one, so
 * they run alike on the database and inside a caller's transaction.
 */
export type { Db };
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Reader = Pick<Db, "select" | "selectDistinct">;
export type Writer = Pick<Db, "select" | "insert">;
