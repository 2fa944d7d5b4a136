/**
 * Prepares a machine to run the app: an Auth.js secret in .env.local, the database migrated,
 * and — only into an empty database — the demo data. Safe to run again: it never seeds over data.
 */
import bcrypt from "bcryptjs";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { count } from "drizzle-orm";
import { databasePath, openDatabase } from "../db/client";
import { units } from "../db/schema";
import { beijingToday } from "../db/seed/demo-calendar";
import { seedDemo } from "../db/seed/seed-demo";
import { seedPublicationsDemo } from "../db/seed/seed-publications-demo";

export const DEMO_PASSWORD = "Demo2026";

function ensureAuthSecret() {
  if (process.env.AUTH_SECRET) return;
  const envFile = path.join(process.cwd(), ".env.local");
  const existing = fs.existsSync(envFile) ? fs.readFileSync(envFile, "utf8") : "";
  if (/^AUTH_SECRET=/m.test(existing)) return;
  const line = `AUTH_SECRET=${randomBytes(32).toString("base64url")}\n`;
  fs.writeFileSync(envFile, existing && !existing.endsWith("\n") ? `${existing}\n${line}` : existing + line);
  console.log("已生成 AUTH_SECRET 并写入 .env.local");
}

function main() {
  ensureAuthSecret();
  const file = databasePath();
  const db = openDatabase(file);
  const [{ n }] = db.select({ n: count() }).from(units).all();
  if (n > 0) {
    console.log(`数据库 ${file} 已有数据（${n} 个单位），未导入演示数据。`);
  } else {
    const started = Date.now();
    // The demo's years are placed relative to today; DEMO_TODAY (YYYY-MM-DD) pins the day, as the tests do.
    const today = process.env.DEMO_TODAY || beijingToday();
    const summary = seedDemo(db, { passwordHash: bcrypt.hashSync(DEMO_PASSWORD, 10), today });
    const published = seedPublicationsDemo(db);
    console.log(`已导入演示数据到 ${file}（${Date.now() - started} ms），以 ${today} 为当天，${summary.currentYear}年度正在填报：`, { ...summary, published });
  }
  db.$client.close();
}

main();
