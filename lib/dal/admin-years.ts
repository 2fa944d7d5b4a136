import "server-only";
import { and, asc, desc, eq, inArray, isNotNull, like, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { cellValues, reports, reportYears, reportYearUnits, units } from "@/db/schema";
import { type ReportState } from "@/lib/domain";
import { formatVersions, localTables } from "@/lib/report-format";
import type { CreateNextYearInput, ExpectedUnitInput, UpdateYearInput } from "@/lib/validation/admin-input";
import { refuseAdmin } from "./access-refusals";
import { reportsWithContent } from "./internal/report-content";
import type { ActionResult, CurrentUser, UnitKind } from "./types";
import { recordAudit } from "./internal/audit-write";
import type { Reader } from "./internal/db-types";
import type { YearSettings } from "./internal/year-settings";
import { notFound } from "./internal/not-found";


const NOT_FOUND = notFound("未找到该年度。");
const REPORTING_KINDS: UnitKind[] = ["agency", "subdistrict"];

/** A year as the administration lists it: its settings, and how many units are expected and have started. */
export interface YearRow extends YearSettings {
  unitsPublish: boolean;
  expected: number;
  started: number;
}

export function listYears(user: CurrentUser): YearRow[] {
  if (user.role !== "admin") return [];
  return getDb()
    .select({
      year: reportYears.year,
      formatVersion: reportYears.formatVersion,
      localTables: reportYears.localTables,
      unitDeadline: reportYears.unitDeadline,
      consolidatedDeadline: reportYears.consolidatedDeadline,
      unitsPublish: reportYears.unitsPublish,
      // Qualified by hand: drizzle leaves columns unqualified in a single-table select.
      expected: sql<number>`(select count(*) from ${reportYearUnits} where ${reportYearUnits}.year = ${reportYears}.year)`,
      started: sql<number>`(select count(*) from ${reports} join ${reportYearUnits} on ${reportYearUnits}.year = ${reports}.year and ${reportYearUnits}.unit_id = ${reports}.unit_id where ${reports}.year = ${reportYears}.year and ${reports}.state <> 'not_started')`,
    })
    .from(reportYears)
    .orderBy(desc(reportYears.year))
    .all();
}

/** Whether any report of the year holds a value, optionally only in cells whose key starts with a table's id. */
function yearHasValues(db: Reader, year: number, where?: SQL): boolean {
  const cond = and(eq(reports.year, year), isNotNull(cellValues.value), where);
  return !!db.select({ one: sql`1` }).from(cellValues).innerJoin(reports, eq(reports.id, cellValues.reportId)).where(cond).limit(1).get();
}

/** The cells a local variant brings: those of its own table, and those of the rows it adds to national tables. */
function variantCells(id: string): SQL {
  const local = localTables[id];
  const tableId = local ? local.table?.id : id;
  const rows = (local?.rowPatches ?? []).flatMap((p) => (p.add ?? []).map(({ row }) => `${p.table}.${row.key}`));
  const conds = [...(tableId ? [like(cellValues.key, `${tableId}.%`)] : []), ...rows.flatMap((r) => [eq(cellValues.key, r), like(cellValues.key, `${r}.%`)])];
  return (conds.length ? or(...conds) : undefined) ?? sql`0`;
}

export interface YearDetail extends Omit<YearRow, "expected" | "started"> {
  /** The format version can change only while this is false. */
  hasValues: boolean;
  expectedUnits: { unitId: number; name: string; kind: UnitKind; active: boolean; reportId: number | null; state: ReportState | null; hasContent: boolean }[];
  /** Units in use, reporting kinds, not yet expected. */
  candidates: { id: number; name: string; kind: UnitKind }[];
}

export function getYear(user: CurrentUser, year: number): YearDetail | null {
  if (user.role !== "admin") return null;
  const db = getDb();
  const row = db.select().from(reportYears).where(eq(reportYears.year, year)).get();
  if (!row) return null;
  const expected = db
    .select({ unitId: units.id, name: units.name, kind: units.kind, active: units.active, reportId: reports.id, state: reports.state })
    .from(reportYearUnits)
    .innerJoin(units, eq(units.id, reportYearUnits.unitId))
    .leftJoin(reports, and(eq(reports.unitId, units.id), eq(reports.year, year)))
    .where(eq(reportYearUnits.year, year))
    .orderBy(asc(units.sortOrder), asc(units.id))
    .all();
  const content = reportsWithContent(db, expected.flatMap((e) => (e.reportId ? [e.reportId] : [])));
  const expectedIds = new Set(expected.map((e) => e.unitId));
  const candidates = db
    .select({ id: units.id, name: units.name, kind: units.kind })
    .from(units)
    .where(and(eq(units.active, true), inArray(units.kind, REPORTING_KINDS)))
    .orderBy(asc(units.sortOrder), asc(units.id))
    .all()
    .filter((u) => !expectedIds.has(u.id));
  return {
    year: row.year,
    formatVersion: row.formatVersion,
    localTables: row.localTables,
    unitDeadline: row.unitDeadline,
    consolidatedDeadline: row.consolidatedDeadline,
    unitsPublish: row.unitsPublish,
    hasValues: yearHasValues(db, year),
    expectedUnits: expected.map((e) => ({ ...e, hasContent: e.reportId !== null && content.has(e.reportId) })),
    candidates,
  };
}

/**
 * Opens the year after `fromYear` with its format, local tables and expected units (those still in use),
 * deadlines on 31 January and 31 March of the year after, and a not-started report for each unit, at once.
 */
export function createNextYear(user: CurrentUser, input: CreateNextYearInput): ActionResult<{ year: number; reports: number }> {
  if (user.role !== "admin") return refuseAdmin(user, "创建报告年度");
  const year = input.fromYear + 1;
  return getDb().transaction((tx) => {
    const from = tx.select().from(reportYears).where(eq(reportYears.year, input.fromYear)).get();
    if (!from) return NOT_FOUND;
    if (tx.select({ year: reportYears.year }).from(reportYears).where(eq(reportYears.year, year)).get()) {
      return { ok: false, error: `${year}年度已经存在。`, code: "conflict" };
    }
    const unitIds = tx
      .select({ id: units.id })
      .from(reportYearUnits)
      .innerJoin(units, eq(units.id, reportYearUnits.unitId))
      .where(and(eq(reportYearUnits.year, input.fromYear), eq(units.active, true), inArray(units.kind, REPORTING_KINDS)))
      .all()
      .map((u) => u.id);
    tx.insert(reportYears)
      .values({
        year,
        formatVersion: from.formatVersion,
        localTables: from.localTables,
        unitDeadline: `${year + 1}-01-31`,
        consolidatedDeadline: `${year + 1}-03-31`,
        unitsPublish: from.unitsPublish,
      })
      .run();
    if (unitIds.length) {
      tx.insert(reportYearUnits).values(unitIds.map((unitId) => ({ year, unitId }))).run();
      tx.insert(reports).values(unitIds.map((unitId) => ({ unitId, year, state: "not_started" as const }))).onConflictDoNothing().run();
    }
    recordAudit(tx, { action: "year_created", actor: user, target: `${year}年度`, detail: `${unitIds.length} 个应报单位` });
    return { ok: true, data: { year, reports: unitIds.length } };
  });
}

/** Format version (only while no report holds a value), local tables (one with values stays), deadlines. */
export function updateYear(user: CurrentUser, input: UpdateYearInput): ActionResult {
  if (user.role !== "admin") return refuseAdmin(user, "修改年度设置");
  const fail = (field: string, error: string): ActionResult => ({ ok: false, error, code: "invalid", fieldErrors: { [field]: error } });
  if (!formatVersions[input.formatVersion]) return fail("formatVersion", "未知的格式版本");
  const unknown = input.localTables.find((t) => !localTables[t]);
  if (unknown) return fail("localTables", `未知的地方表格：${unknown}`);
  if (input.unitDeadline > input.consolidatedDeadline) return fail("unitDeadline", "单位报送截止日期不能晚于本级报告截止日期");
  return getDb().transaction((tx) => {
    const row = tx.select().from(reportYears).where(eq(reportYears.year, input.year)).get();
    if (!row) return NOT_FOUND;
    if (row.formatVersion !== input.formatVersion && yearHasValues(tx, input.year)) {
      return fail("formatVersion", "本年度已有单位填报了数据，不能再更改格式版本");
    }
    const removed = row.localTables.filter((t) => !input.localTables.includes(t));
    const kept = removed.find((t) => yearHasValues(tx, input.year, variantCells(t)));
    if (kept) return fail("localTables", `已有单位在“${localTables[kept]?.name ?? kept}”中填报了数据，不能移除该表`);
    // Kept in the order the format lists local tables, whatever order the form sent.
    const ordered = Object.keys(localTables).filter((t) => input.localTables.includes(t));
    tx.update(reportYears)
      .set({ formatVersion: input.formatVersion, localTables: ordered, unitDeadline: input.unitDeadline, consolidatedDeadline: input.consolidatedDeadline, unitsPublish: input.unitsPublish })
      .where(eq(reportYears.year, input.year))
      .run();
    const locals = ordered.length ? ordered.map((t) => localTables[t]?.name ?? t).join("、") : "无";
    recordAudit(tx, {
      action: "year_updated",
      actor: user,
      target: `${input.year}年度`,
      detail: `格式 ${input.formatVersion}，地方表格 ${locals}，单位截止 ${input.unitDeadline}，本级截止 ${input.consolidatedDeadline}，${input.unitsPublish ? "单位可自行发布" : "由政务公开办公室发布"}`,
    });
    return { ok: true };
  });
}

/** Adds a unit in use to a year's expected units, with its not-started report. */
export function addExpectedUnit(user: CurrentUser, input: ExpectedUnitInput): ActionResult {
  if (user.role !== "admin") return refuseAdmin(user, "增加应报单位");
  return getDb().transaction((tx) => {
    if (!tx.select({ y: reportYears.year }).from(reportYears).where(eq(reportYears.year, input.year)).get()) return NOT_FOUND;
    const unit = tx.select({ kind: units.kind, active: units.active, name: units.name }).from(units).where(eq(units.id, input.unitId)).get();
    if (!unit || !unit.active || !REPORTING_KINDS.includes(unit.kind)) {
      return { ok: false, error: "只能添加在用的区级部门或街道。", code: "invalid", fieldErrors: { unitId: "只能添加在用的区级部门或街道" } };
    }
    tx.insert(reportYearUnits).values({ year: input.year, unitId: input.unitId }).onConflictDoNothing().run();
    tx.insert(reports).values({ unitId: input.unitId, year: input.year, state: "not_started" }).onConflictDoNothing().run();
    recordAudit(tx, { action: "expected_unit_added", actor: user, target: `${input.year}年度`, detail: unit.name });
    return { ok: true };
  });
}

/** Removes a unit from a year's expected units, deleting its untouched report; refused once the report has content. */
export function removeExpectedUnit(user: CurrentUser, input: ExpectedUnitInput): ActionResult {
  if (user.role !== "admin") return refuseAdmin(user, "移除应报单位");
  return getDb().transaction((tx) => {
    const link = tx.select().from(reportYearUnits).where(and(eq(reportYearUnits.year, input.year), eq(reportYearUnits.unitId, input.unitId))).get();
    if (!link) return { ok: false, error: "该单位不在本年度的应报单位中。", code: "not_found" };
    const report = tx.select({ id: reports.id }).from(reports).where(and(eq(reports.year, input.year), eq(reports.unitId, input.unitId))).get();
    if (report && reportsWithContent(tx, [report.id]).size > 0) {
      return { ok: false, error: "该单位的年度报告已有填报内容，不能移除。", code: "invalid" };
    }
    if (report) tx.delete(reports).where(eq(reports.id, report.id)).run();
    tx.delete(reportYearUnits).where(and(eq(reportYearUnits.year, input.year), eq(reportYearUnits.unitId, input.unitId))).run();
    const name = tx.select({ name: units.name }).from(units).where(eq(units.id, input.unitId)).get()?.name;
    recordAudit(tx, { action: "expected_unit_removed", actor: user, target: `${input.year}年度`, detail: name });
    return { ok: true };
  });
}
