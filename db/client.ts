import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import fs from "node:fs";
import path from "node:path";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export function databasePath(): string {
  return process.env.DATABASE_PATH ?? path.join(process.cwd(), "data", "app.db");
}

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/** Opens (creating if needed) a database file with the pragmas the app relies on, and applies pending migrations. */
export function openDatabase(file: string = databasePath()): Db {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // FULL: an acknowledged save is on disk before the answer leaves, even across a power cut (README: the measured cost).
  sqlite.pragma("synchronous = FULL");
  const db = drizzle(sqlite, { schema }) as Db;
  migrate(db, { migrationsFolder });
  return db;
}

const globalForDb = globalThis as unknown as { __db?: Db };

/**
 * The app's database, opened on first use. Opening at import time would run during `next build`
 * and create the file there.
 */
export function getDb(): Db {
  globalForDb.__db ??= openDatabase();
  return globalForDb.__db;
}
