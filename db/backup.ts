import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { beijingIso } from "../lib/format-date";

export interface BackupResult {
  file: string;
  bytes: number;
  reports: number;
  removed: string[];
}

/** "app-20260125-020000123.db": the base name and the time in Beijing, so files sort by age. */
export function backupName(source: string, now: number): string {
  const stamp = beijingIso(now).replace(/[-:.]/g, "").replace("T", "-").slice(0, 18);
  return `${path.basename(source, ".db")}-${stamp}.db`;
}

/**
 * Copies the database with SQLite's online backup API (a consistent snapshot, safe while the app writes),
 * checks the copy, and keeps only the newest `keep` backups of this database in `dir`.
 */
export async function backupDatabase(source: string, dir: string, keep: number, now = Date.now()): Promise<BackupResult> {
  if (!fs.existsSync(source)) throw new Error(`没有找到数据库文件 ${source}。`);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, backupName(source, now));
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(file);
  } finally {
    db.close();
  }
  const copy = new Database(file);
  let reports: number;
  try {
    // One self-contained file, without -wal and -shm companions.
    copy.pragma("journal_mode = DELETE");
    const integrity = copy.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new Error(`备份文件校验失败：${String(integrity)}`);
    reports = (copy.prepare("select count(*) as n from reports").get() as { n: number }).n;
  } finally {
    copy.close();
  }
  const prefix = `${path.basename(source, ".db")}-`;
  const removed = fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && f.endsWith(".db"))
    .sort()
    .slice(0, -Math.max(1, keep));
  for (const f of removed) fs.rmSync(path.join(dir, f));
  return { file, bytes: fs.statSync(file).size, reports, removed };
}
