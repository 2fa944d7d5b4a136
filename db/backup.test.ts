import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { backupDatabase, backupName } from "./backup";
import { openDatabase } from "./client";
import { reports, units, reportYears } from "./schema";

describe("backupDatabase", () => {
  it("copies a live database into one checked file and keeps only the newest backups", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-test-"));
    const source = path.join(dir, "app.db");
    const db = openDatabase(source);
    const unit = db.insert(units).values({ code: "edu", name: "区教育局", kind: "agency" }).returning().get();
    db.insert(reportYears).values({ year: 2021, formatVersion: "2021", unitDeadline: "2022-01-31", consolidatedDeadline: "2022-03-31" }).run();
    db.insert(reports).values({ unitId: unit.id, year: 2021, state: "draft" }).run();

    const backups = path.join(dir, "backups");
    const day = Date.UTC(2026, 0, 25, 18);
    const first = await backupDatabase(source, backups, 2, day);
    expect(path.basename(first.file)).toBe("app-20260126-020000000.db");
    expect(first.reports).toBe(1);
    const copy = new Database(first.file, { readonly: true });
    expect(copy.prepare("select name from units").all()).toEqual([{ name: "区教育局" }]);
    copy.close();

    await backupDatabase(source, backups, 2, day + 1000);
    const third = await backupDatabase(source, backups, 2, day + 2000);
    expect(third.removed).toEqual([path.basename(first.file)]);
    expect(fs.readdirSync(backups).sort()).toEqual([backupName(source, day + 1000), backupName(source, day + 2000)]);
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("says so when there is no database to back up", async () => {
    await expect(backupDatabase("/nonexistent/app.db", os.tmpdir(), 1)).rejects.toThrow("没有找到数据库文件 /nonexistent/app.db。");
  });
});
