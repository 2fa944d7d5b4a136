import "server-only";
import { and, count, desc, inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditEvents, type AuditAction } from "@/db/schema";
import { likePattern } from "./sql-like";
import type { CurrentUser } from "./types";

type Writer = Pick<ReturnType<typeof getDb>, "insert">;

export const AUDIT_LABELS: Record<AuditAction, string> = {
  sign_in: "登录",
  sign_in_failed: "登录失败",
  sign_out: "退出登录",
  account_locked: "账户被锁定",
  password_changed: "修改密码",
  account_created: "新建账户",
  account_updated: "修改账户",
  password_reset: "重置密码",
  account_disabled: "停用账户",
  account_enabled: "启用账户",
  account_unlocked: "解除锁定",
  unit_created: "新增单位",
  unit_updated: "修改单位",
  unit_retired: "撤销单位",
  unit_restored: "恢复单位",
  unit_merged: "合并单位",
  year_created: "创建报告年度",
  year_updated: "修改年度设置",
  expected_unit_added: "增加应报单位",
  expected_unit_removed: "移除应报单位",
  government_name_changed: "修改本级政府名称",
  report_published: "发布报告",
  report_reopened: "重新打开报告（更正）",
};

/** Groups for the audit page's filter. */
export const AUDIT_GROUPS = {
  signin: { label: "登录", actions: ["sign_in", "sign_in_failed", "sign_out", "account_locked", "password_changed"] },
  accounts: { label: "账户管理", actions: ["account_created", "account_updated", "password_reset", "account_disabled", "account_enabled", "account_unlocked"] },
  organisation: {
    label: "单位与年度",
    actions: ["unit_created", "unit_updated", "unit_retired", "unit_restored", "unit_merged", "year_created", "year_updated", "expected_unit_added", "expected_unit_removed", "government_name_changed"],
  },
  publishing: { label: "发布", actions: ["report_published", "report_reopened"] },
} as const satisfies Record<string, { label: string; actions: readonly AuditAction[] }>;
export type AuditGroup = keyof typeof AUDIT_GROUPS;

export interface AuditInput {
  action: AuditAction;
  actor?: Pick<CurrentUser, "id" | "username"> | null;
  /** For sign-ins: the name that was typed, when no account matched. */
  username?: string;
  target?: string;
  detail?: string;
  ip?: string | null;
  at?: number;
}

/** Records one event, inside the caller's transaction when it has one: the event and the change land together. */
export function recordAudit(db: Writer, e: AuditInput): void {
  db.insert(auditEvents)
    .values({
      at: e.at ?? Date.now(),
      userId: e.actor?.id ?? null,
      username: (e.actor?.username ?? e.username ?? null)?.slice(0, 100) ?? null,
      action: e.action,
      target: e.target?.slice(0, 200) ?? null,
      detail: e.detail?.slice(0, 500) ?? null,
      ip: e.ip?.slice(0, 200) ?? null,
    })
    .run();
}

export interface AuditRow {
  id: number;
  at: number;
  username: string | null;
  action: AuditAction;
  target: string | null;
  detail: string | null;
  ip: string | null;
}

export const AUDIT_PAGE_SIZE = 100;

/** The audit, newest first, a page at a time. Administrators only (null for anyone else). */
export function listAudit(user: CurrentUser, filter: { group?: AuditGroup; q?: string; page?: number }): { rows: AuditRow[]; total: number } | null {
  if (user.role !== "admin") return null;
  const where: SQL[] = [];
  if (filter.group) where.push(inArray(auditEvents.action, [...AUDIT_GROUPS[filter.group].actions]));
  if (filter.q) where.push(sql`(${auditEvents.username} like ${likePattern(filter.q)} escape '\\' or ${auditEvents.target} like ${likePattern(filter.q)} escape '\\')`);
  const cond = where.length ? and(...where) : undefined;
  const db = getDb();
  const total = db.select({ n: count() }).from(auditEvents).where(cond).get()?.n ?? 0;
  const page = Math.max(1, filter.page ?? 1);
  const rows = db
    .select({ id: auditEvents.id, at: auditEvents.at, username: auditEvents.username, action: auditEvents.action, target: auditEvents.target, detail: auditEvents.detail, ip: auditEvents.ip })
    .from(auditEvents)
    .where(cond)
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE)
    .all();
  return { rows, total };
}
