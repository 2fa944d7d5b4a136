import "server-only";
import { and, asc, eq, max, ne, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { reports, units, users } from "@/db/schema";
import { type ReportState } from "@/lib/domain";
import { roleFitsUnitKind, UNIT_KIND_LABELS } from "@/lib/domain";
import type { CreateUnitInput, SetUnitActiveInput, UpdateUnitInput } from "@/lib/validation/admin-input";
import { refuseAdmin } from "./access-refusals";
import { recordAudit } from "./internal/audit-write";
import { likePattern } from "./internal/sql-like";
import type { ActionResult, CurrentUser, Role, UnitKind } from "./types";
import { notFound, UNIT_NOT_FOUND } from "./internal/not-found";

const NOT_FOUND = notFound(UNIT_NOT_FOUND);

export interface UnitFilter {
  kind?: UnitKind;
  status?: "active" | "retired" | "all";
  q?: string;
}

export interface UnitRow {
  id: number;
  code: string;
  name: string;
  /** The official name in report titles; null when the short name serves. */
  fullName: string | null;
  kind: UnitKind;
  active: boolean;
  /** 机构序列: the government's official order of units. */
  sortOrder: number;
  people: number;
  reports: number;
}

export { likePattern } from "./internal/sql-like";

/** What the administrator's list and a unit's page both show of a unit. */
const UNIT_COLUMNS = {
  id: units.id,
  code: units.code,
  name: units.name,
  fullName: units.fullName,
  kind: units.kind,
  active: units.active,
  sortOrder: units.sortOrder,
};

/** Units, office first, filtered by kind, status and part of the name or code. Administrators only. */
export function listUnits(user: CurrentUser, filter: UnitFilter = {}): UnitRow[] {
  if (user.role !== "admin") return [];
  const where: SQL[] = [];
  if (filter.kind) where.push(eq(units.kind, filter.kind));
  if ((filter.status ?? "active") !== "all") where.push(eq(units.active, (filter.status ?? "active") === "active"));
  const q = filter.q?.trim();
  if (q) {
    const like = likePattern(q);
    where.push(sql`(${units.name} like ${like} escape '\\' or ${units.fullName} like ${like} escape '\\' or ${units.code} like ${like} escape '\\')`);
  }
  return getDb()
    .select({
      ...UNIT_COLUMNS,
      // Qualified by hand: drizzle leaves columns unqualified in a single-table select.
      people: sql<number>`(select count(*) from ${users} where ${users}.unit_id = ${units}.id)`,
      reports: sql<number>`(select count(*) from ${reports} where ${reports}.unit_id = ${units}.id)`,
    })
    .from(units)
    .where(and(...where))
    .orderBy(sql`${units.kind} = 'office' desc`, asc(units.sortOrder), asc(units.id))
    .all();
}

export interface UnitDetail extends Omit<UnitRow, "people" | "reports"> {
  people: { id: number; username: string; displayName: string; role: Role; disabled: boolean }[];
  reports: { id: number; year: number; state: ReportState }[];
  /** The unit this one was merged into (机构改革), if it was. */
  mergedInto: { id: number; name: string } | null;
}

/** One unit with its people and its reports of every year (a retired unit's reports stay). */
export function getUnit(user: CurrentUser, unitId: number): UnitDetail | null {
  if (user.role !== "admin") return null;
  const db = getDb();
  const unit = db
    .select({ ...UNIT_COLUMNS, mergedIntoId: units.mergedIntoId })
    .from(units)
    .where(eq(units.id, unitId))
    .get();
  if (!unit) return null;
  const people = db
    .select({ id: users.id, username: users.username, displayName: users.displayName, role: users.role, disabled: users.disabled })
    .from(users)
    .where(eq(users.unitId, unitId))
    .orderBy(asc(users.username))
    .all();
  const unitReports = db.select({ id: reports.id, year: reports.year, state: reports.state }).from(reports).where(eq(reports.unitId, unitId)).orderBy(asc(reports.year)).all();
  const mergedInto = unit.mergedIntoId ? (db.select({ id: units.id, name: units.name }).from(units).where(eq(units.id, unit.mergedIntoId)).get() ?? null) : null;
  const { mergedIntoId: _merged, ...rest } = unit;
  return { ...rest, people, reports: unitReports, mergedInto };
}

function nameTaken(name: string, exceptId?: number): boolean {
  const cond = and(eq(units.name, name), eq(units.active, true), exceptId ? ne(units.id, exceptId) : undefined);
  return !!getDb().select({ id: units.id }).from(units).where(cond).get();
}

function fullNameTaken(fullName: string | null, exceptId?: number): boolean {
  if (!fullName) return false;
  const cond = and(eq(units.fullName, fullName), eq(units.active, true), exceptId ? ne(units.id, exceptId) : undefined);
  return !!getDb().select({ id: units.id }).from(units).where(cond).get();
}

/** The form's "" (and a trimmed-away name) is "not set": titles then use the short name. */
function storedFullName(fullName: string | undefined): string | null {
  return fullName?.trim() || null;
}

const NAME_TAKEN = { ok: false as const, error: "已有同名的在用单位。", code: "invalid" as const, fieldErrors: { name: "已有同名的在用单位" } };

const FULL_NAME_TAKEN = { ok: false as const, error: "已有单位使用该全称。", code: "invalid" as const, fieldErrors: { fullName: "已有单位使用该全称" } };

const CODE_TAKEN = { ok: false as const, error: "该单位代码已被使用。", code: "invalid" as const, fieldErrors: { code: "该单位代码已被使用（含已撤销的单位）" } };

export function createUnit(user: CurrentUser, input: CreateUnitInput): ActionResult<{ id: number }> {
  if (user.role !== "admin") return refuseAdmin(user, "新增单位");
  const db = getDb();
  if (db.select({ id: units.id }).from(units).where(eq(units.code, input.code)).get()) return CODE_TAKEN;
  if (nameTaken(input.name)) return NAME_TAKEN;
  const fullName = storedFullName(input.fullName);
  if (fullNameTaken(fullName)) return FULL_NAME_TAKEN;
  const row = db.transaction((tx) => {
    const last = tx.select({ n: max(units.sortOrder) }).from(units).get()?.n ?? 0;
    // Two administrators adding the same code at once: the unique index decides.
    const created = tx.insert(units).values({ code: input.code, name: input.name, fullName, kind: input.kind, sortOrder: last + 1 }).onConflictDoNothing().returning({ id: units.id }).get();
    if (created) recordAudit(tx, { action: "unit_created", actor: user, target: `单位 ${input.name}`, detail: [`代码 ${input.code}`, fullName && `全称“${fullName}”`].filter(Boolean).join("；") });
    return created;
  });
  return row ? { ok: true, data: { id: row.id } } : CODE_TAKEN;
}

function fullNameChange(before: string | null, after: string | null): string | null {
  if (before === after) return null;
  if (!before) return `全称设为“${after}”`;
  if (!after) return `清除全称“${before}”`;
  return `全称“${before}”改为“${after}”`;
}

/** What an update changed, for the audit. */
function changes(before: typeof units.$inferSelect, after: { name: string; fullName: string | null; kind: UnitKind; sortOrder: number }): string {
  return [
    before.name !== after.name ? `名称“${before.name}”改为“${after.name}”` : null,
    fullNameChange(before.fullName, after.fullName),
    before.kind !== after.kind ? `类型“${UNIT_KIND_LABELS[before.kind]}”改为“${UNIT_KIND_LABELS[after.kind]}”` : null,
    before.sortOrder !== after.sortOrder ? `机构序列 ${before.sortOrder} 改为 ${after.sortOrder}` : null,
  ]
    .filter(Boolean)
    .join("；") || "未改动";
}

/**
 * Renames a unit, sets its full name, changes its kind or its place in the 机构序列 (a field left out stays
 * as it is). A kind change must leave every person's role fitting the unit.
 */
export function updateUnit(user: CurrentUser, input: UpdateUnitInput): ActionResult {
  if (user.role !== "admin") return refuseAdmin(user, "修改单位");
  const db = getDb();
  const unit = db.select().from(units).where(eq(units.id, input.unitId)).get();
  if (!unit) return NOT_FOUND;
  if (unit.active && nameTaken(input.name, unit.id)) return NAME_TAKEN;
  const fullName = input.fullName === undefined ? unit.fullName : storedFullName(input.fullName);
  if (unit.active && fullNameTaken(fullName, unit.id)) return FULL_NAME_TAKEN;
  const sortOrder = input.sortOrder ?? unit.sortOrder;
  if (input.kind !== unit.kind) {
    const roles = db.selectDistinct({ role: users.role }).from(users).where(eq(users.unitId, unit.id)).all();
    if (roles.some((r) => !roleFitsUnitKind(r.role, input.kind))) {
      const error = "该单位现有人员的角色与新的单位类型不符，请先调整这些账户的角色或单位。";
      return { ok: false, error, code: "invalid", fieldErrors: { kind: error } };
    }
  }
  db.transaction((tx) => {
    const after = { name: input.name, fullName, kind: input.kind, sortOrder };
    tx.update(units).set(after).where(eq(units.id, unit.id)).run();
    recordAudit(tx, { action: "unit_updated", actor: user, target: `单位 ${input.name}`, detail: changes(unit, after) });
  });
  return { ok: true };
}

/**
 * Retires or reactivates a unit. Retiring changes nothing else: its reports stay readable and its people
 * may still sign in; it is only no longer offered for new report years.
 */
export function setUnitActive(user: CurrentUser, input: SetUnitActiveInput): ActionResult {
  if (user.role !== "admin") return refuseAdmin(user, "撤销或恢复单位");
  const db = getDb();
  const unit = db.select().from(units).where(eq(units.id, input.unitId)).get();
  if (!unit) return NOT_FOUND;
  if (!input.active && unit.id === user.unitId) return { ok: false, error: "不能撤销您自己所在的单位。", code: "invalid" };
  if (input.active && !unit.active && nameTaken(unit.name, unit.id)) {
    return { ok: false, error: "已有同名的在用单位，请先修改名称再恢复。", code: "invalid" };
  }
  if (input.active && !unit.active && fullNameTaken(unit.fullName, unit.id)) {
    return { ok: false, error: "已有单位使用该全称，请先修改全称再恢复。", code: "invalid" };
  }
  db.transaction((tx) => {
    // A merged unit brought back stands on its own again: its reports no longer count as the other unit's past.
    tx.update(units).set({ active: input.active, ...(input.active ? { mergedIntoId: null } : {}) }).where(eq(units.id, unit.id)).run();
    recordAudit(tx, { action: input.active ? "unit_restored" : "unit_retired", actor: user, target: `单位 ${unit.name}` });
  });
  return { ok: true };
}
