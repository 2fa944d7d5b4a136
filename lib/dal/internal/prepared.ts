import "server-only";
import type { Db } from "@/db/client";

/**
 * A statement built and compiled once per database, then run with placeholders. Building SQL with drizzle
 * and compiling it in SQLite cost more than running it, on the paths every autosave takes.
 */
export function prepared<T>(build: (db: Db) => T): (db: Db) => T {
  const byDb = new WeakMap<Db, T>();
  return (db) => {
    let statement = byDb.get(db);
    if (statement === undefined) {
      statement = build(db);
      byDb.set(db, statement);
    }
    return statement;
  };
}
