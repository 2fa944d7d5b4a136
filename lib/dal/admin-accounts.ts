import "server-only";
import { and, asc, eq, isNull, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { sessions, units, users } from "@/db/schema";
import type { CreateAccountInput, ResetPasswordInput, SetAccountDisabledInput, UpdateAccountInput } from "@/lib/validation/admin-input";
import { passwordProblem } from "@/lib/validation/password-policy";
import { refuseAdmin } from "./access-refusals";
import { likePattern } from "./admin-units";
import { recordAudit } from "./internal/audit-write";
import { hashPassword } from "./credentials";
import { ROLE_LABELS, roleFitsUnitKind } from "@/lib/domain";
import type { ActionResult, CurrentUser, Role } from "./types";
import type { Reader } from "./internal/db-types";
import { notFound, UNIT_NOT_FOUND } from "./internal/not-found";

const NOT_FOUND = notFound("未找到该账户。");

export interface AccountFilter {
  unitId?: number;
  role?: Role;
  q?: string;
}

/** An account as the administration lists it: who it is (as a signed-in user is known) and its state. */
export interface AccountRow extends Pick<CurrentUser, "id" | "username" | "displayName" | "role" | "unitId" | "unitName" | "unitKind"> {
  unitActive: boolean;
  disabled: boolean;
  /** Epoch ms; locked while in the future. */
  lockedUntil: number | null;
  failedLogins: number;
  locked: boolean;
}

const accountColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  unitId: users.unitId,
  unitName: units.name,
  unitKind: units.kind,
  unitActive: units.active,
  disabled: users.disabled,
  lockedUntil: users.lockedUntil,
  failedLogins: users.failedLogins,
};

/** Accounts with their unit and status, office first. Administrators only. */
export function listAccounts(user: CurrentUser, filter: AccountFilter = {}): AccountRow[] {
  if (user.role !== "admin") return [];
  const where: SQL[] = [];
  if (filter.unitId) where.push(eq(users.unitId, filter.unitId));
  if (filter.role) where.push(eq(users.role, filter.role));
  const q = filter.q?.trim();
  if (q) {
    const p = likePattern(q);
    where.push(sql`(${users.username} like ${p} escape '\\' or ${users.displayName} like ${p} escape '\\' or ${units.name} like ${p} escape '\\')`);
  }
  const now = Date.now();
  return getDb()
    .select(accountColumns)
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(and(...where))
    .orderBy(sql`${units.kind} = 'office' desc`, asc(units.sortOrder), asc(users.username))
    .all()
    .map((a) => withLock(a, now));
}

function withLock(a: Omit<AccountRow, "locked">, now: number): AccountRow {
  return { ...a, locked: (a.lockedUntil ?? 0) > now };
}

export function getAccount(user: CurrentUser, userId: number): AccountRow | null {
  if (user.role !== "admin") return null;
  const row = getDb().select(accountColumns).from(users).innerJoin(units, eq(units.id, users.unitId)).where(eq(users.id, userId)).get();
  return row ? withLock(row, Date.now()) : null;
}

/** The unit an account may be placed in with a role: it must exist, be in use, and fit the role. */
function checkPlacement(unitId: number, role: Role): ActionResult {
  const unit = getDb().select({ kind: units.kind, active: units.active }).from(units).where(eq(units.id, unitId)).get();
  if (!unit) return { ok: false, error: UNIT_NOT_FOUND, code: "invalid", fieldErrors: { unitId: "未找到该单位" } };
  if (!unit.active) return { ok: false, error: "该单位已撤销，不能再添加人员。", code: "invalid", fieldErrors: { unitId: "该单位已撤销" } };
  if (!roleFitsUnitKind(role, unit.kind)) {
    const error = unit.kind === "office" ? "政务公开办公室的人员只能是审核员或管理员。" : "填报单位的人员只能是填报员或审核签发人。";
    return { ok: false, error, code: "invalid", fieldErrors: { role: error } };
  }
  return { ok: true };
}

export async function createAccount(user: CurrentUser, input: CreateAccountInput): Promise<ActionResult<{ id: number }>> {
  if (user.role !== "admin") return refuseAdmin(user, "新建账户");
  const db = getDb();
  if (db.select({ id: users.id }).from(users).where(eq(users.username, input.username)).get()) {
    return { ok: false, error: "该用户名已被使用。", code: "invalid", fieldErrors: { username: "该用户名已被使用" } };
  }
  const placement = checkPlacement(input.unitId, input.role);
  if (!placement.ok) return placement;
  const passwordHash = await hashPassword(input.password);
  const row = db
    .insert(users)
    .values({ username: input.username, displayName: input.displayName, unitId: input.unitId, role: input.role, passwordHash, passwordChangedAt: Date.now(), mustChangePassword: true })
    .onConflictDoNothing()
    .returning({ id: users.id })
    .get();
  // Two administrators creating the same username at once: the unique index decides.
  if (!row) return { ok: false, error: "该用户名已被使用。", code: "invalid", fieldErrors: { username: "该用户名已被使用" } };
  recordAudit(db, { action: "account_created", actor: user, target: `账户 ${input.username}`, detail: `${input.displayName}，${ROLE_LABELS[input.role]}，${unitName(db, input.unitId)}` });
  return { ok: true, data: { id: row.id } };
}

/** Changes a person's name, unit and role. An administrator cannot demote themselves. */
export function updateAccount(user: CurrentUser, input: UpdateAccountInput): ActionResult {
  if (user.role !== "admin") return refuseAdmin(user, "修改账户");
  if (input.userId === user.id && input.role !== "admin") {
    return { ok: false, error: "不能取消您自己的管理员角色。", code: "invalid", fieldErrors: { role: "不能取消您自己的管理员角色" } };
  }
  const db = getDb();
  const target = accountName(db, input.userId);
  if (!target) return NOT_FOUND;
  const placement = checkPlacement(input.unitId, input.role);
  if (!placement.ok) return placement;
  // Role and unit are re-read from the database on every request: no session needs revoking.
  db.transaction((tx) => {
    tx.update(users).set({ displayName: input.displayName, unitId: input.unitId, role: input.role }).where(eq(users.id, input.userId)).run();
    recordAudit(tx, { action: "account_updated", actor: user, target: `账户 ${target}`, detail: `${input.displayName}，${ROLE_LABELS[input.role]}，${unitName(tx, input.unitId)}` });
  });
  return { ok: true };
}


const accountName = (db: Reader, userId: number) => db.select({ username: users.username }).from(users).where(eq(users.id, userId)).get()?.username;
const unitName = (db: Reader, unitId: number) => db.select({ name: units.name }).from(units).where(eq(units.id, unitId)).get()?.name ?? "";

function revokeAllSessions(tx: Pick<ReturnType<typeof getDb>, "update">, userId: number, now: number) {
  tx.update(sessions).set({ revokedAt: now }).where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt))).run();
}

/** Sets a new password the administrator typed; signs the person out everywhere and lifts a lock. */
export async function resetPassword(user: CurrentUser, input: ResetPasswordInput): Promise<ActionResult> {
  if (user.role !== "admin") return refuseAdmin(user, "重置密码");
  if (input.userId === user.id) return { ok: false, error: "请通过“修改密码”修改您自己的密码。", code: "invalid" };
  const db = getDb();
  const target = accountName(db, input.userId);
  if (!target) return NOT_FOUND;
  const weak = passwordProblem(input.password, target);
  if (weak) return { ok: false, error: weak, code: "invalid", fieldErrors: { password: weak } };
  const passwordHash = await hashPassword(input.password);
  const now = Date.now();
  db.transaction((tx) => {
    tx.update(users).set({ passwordHash, passwordChangedAt: now, failedLogins: 0, lockedUntil: null, mustChangePassword: true }).where(eq(users.id, input.userId)).run();
    revokeAllSessions(tx, input.userId, now);
    recordAudit(tx, { action: "password_reset", actor: user, target: `账户 ${target}`, at: now });
  });
  return { ok: true };
}

/** Disables (signing the person out at once) or enables an account. Nobody disables themselves. */
export function setAccountDisabled(user: CurrentUser, input: SetAccountDisabledInput): ActionResult {
  if (user.role !== "admin") return refuseAdmin(user, "停用或启用账户");
  if (input.userId === user.id && input.disabled) return { ok: false, error: "不能停用您自己的账户。", code: "invalid" };
  const db = getDb();
  const target = accountName(db, input.userId);
  if (!target) return NOT_FOUND;
  const now = Date.now();
  db.transaction((tx) => {
    tx.update(users).set({ disabled: input.disabled }).where(eq(users.id, input.userId)).run();
    if (input.disabled) revokeAllSessions(tx, input.userId, now);
    recordAudit(tx, { action: input.disabled ? "account_disabled" : "account_enabled", actor: user, target: `账户 ${target}`, at: now });
  });
  return { ok: true };
}

/** Lifts a lock after too many failed sign-ins. */
export function unlockAccount(user: CurrentUser, userId: number): ActionResult {
  if (user.role !== "admin") return refuseAdmin(user, "解除锁定");
  const db = getDb();
  const target = accountName(db, userId);
  if (!target) return NOT_FOUND;
  db.transaction((tx) => {
    tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, userId)).run();
    recordAudit(tx, { action: "account_unlocked", actor: user, target: `账户 ${target}` });
  });
  return { ok: true };
}
