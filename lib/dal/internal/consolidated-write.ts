import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { reportChanges, reports } from "@/db/schema";
import { canReadConsolidated } from "@/lib/access/consolidated-access";
import { resolveFormat, type AmountUnit, type ReportFormat } from "@/lib/report-format";
import { parseChanges } from "./cell-writes";
import { refused } from "../access-refusals";
import { officeUnitOf, readYear, type OfficeUnit } from "./consolidated-load";
import type { CurrentUser } from "../types";
import type { Db, Tx } from "./db-types";
import { notFound } from "./not-found";

export type { Tx };

/** Shared by the consolidated report's writes (consolidated-save.ts, consolidated-override.ts). */

type Failure = { ok: false; error: string; code: "not_found" | "invalid" | "locked" };

export const NOT_FOUND: Failure = notFound("未找到该年度的汇总报告，或您无权访问。");
export const LOCKED: Failure = { ok: false, error: "本级汇总报告已发布，不能再修改。", code: "locked" };

export interface Prelude {
  db: Db;
  office: OfficeUnit;
  format: ReportFormat;
  formatVersion: string;
  localTables: string[];
}

export function prelude(user: CurrentUser, year: number): Prelude | null {
  if (!canReadConsolidated(user)) return refused(user, "修改本级汇总报告（仅政务公开办公室）", null, `${year}年度`);
  const db = getDb();
  const office = officeUnitOf(db, user);
  const y = readYear(db, year);
  if (!office || !y) return null;
  return { db, office, format: resolveFormat(y.formatVersion, y.localTables), formatVersion: y.formatVersion, localTables: y.localTables };
}

/** The office's report for the year, created (as 填报中) on the first change. */
export function ensureOfficeReport(tx: Tx, office: OfficeUnit, year: number, userId: number, now: number) {
  const where = and(eq(reports.unitId, office.unitId), eq(reports.year, year));
  const existing = tx.select().from(reports).where(where).get();
  if (existing) return existing;
  const created = tx.insert(reports).values({ unitId: office.unitId, year, state: "draft", version: 0, updatedAt: now, updatedBy: userId }).returning().get();
  tx.insert(reportChanges)
    .values({ reportId: created.id, userId, at: now, kind: "state", target: "state", oldValue: "not_started", newValue: "draft", note: "创建本级汇总报告" })
    .run();
  return created;
}

export function bump(tx: Tx, reportId: number, version: number, userId: number, now: number) {
  tx.update(reports).set({ version, updatedAt: now, updatedBy: userId }).where(eq(reports.id, reportId)).run();
}

export { displayValue as display } from "./cell-writes";

/** Parses a typed value against its cell; for amounts, also the unit (the same rules as every cell write). */
export function parseFor(format: ReportFormat, key: string, raw: string, rawUnit: AmountUnit | undefined) {
  const r = parseChanges(format, [{ key, value: raw, unit: rawUnit, baseRev: 0 }]);
  if (!r.ok) return { error: r.error, field: r.fieldErrors?.[key] } as const;
  return { cell: format.cellByKey.get(key)!, value: r.parsed[0].value, unit: r.parsed[0].unit } as const;
}
