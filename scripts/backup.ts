/**
 * A backup of the database, safe while the app runs, into data/backups/ (BACKUP_DIR overrides), keeping
 * the newest BACKUP_KEEP (30).
 *
 *   npm run backup          # e.g. nightly from cron: 0 2 * * * cd /srv/app && npm run backup
 *
 * To restore: stop the app, copy a backup over data/app.db (delete app.db-wal and app.db-shm), start it.
 */
import path from "node:path";
import { backupDatabase } from "@/db/backup";
import { databasePath } from "@/db/client";

const source = databasePath();
const dir = process.env.BACKUP_DIR ?? path.join(path.dirname(source), "backups");
const keep = Number(process.env.BACKUP_KEEP ?? 30) || 30;

backupDatabase(source, dir, keep).then(
  (r) => {
    const removed = r.removed.length ? `；已删除 ${r.removed.length} 个较早的备份` : "";
    console.log(`已备份到 ${r.file}（${(r.bytes / 1024 / 1024).toFixed(1)} MB，${r.reports} 份报告，校验通过）${removed}。`);
  },
  (err: Error) => {
    console.error(err.message);
    process.exit(1);
  },
);
