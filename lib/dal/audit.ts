import "server-only";
import { and, count, desc, inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditEvents, type AuditAction } from "@/db/schema";
import { likePattern } from "./sql-like";
import type { CurrentUser } from "./types";

export { recordAudit, type AuditInput } from "@/lib/audit/write";

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
  password_change_failed: "修改密码时当前密码错误",
  sign_in_throttled: "登录过于频繁被拒绝",
  access_refused: "拒绝访问",
  foreign_origin_refused: "拒绝跨站提交",
};

/** Groups for the audit page's filter. */
export const AUDIT_GROUPS = {
  signin: { label: "登录", actions: ["sign_in", "sign_in_failed", "sign_out", "account_locked", "password_changed", "password_change_failed", "sign_in_throttled"] },
  accounts: { label: "账户管理", actions: ["account_created", "account_updated", "password_reset", "account_disabled", "account_enabled", "account_unlocked"] },
  organisation: {
    label: "单位与年度",
    actions: ["unit_created", "unit_updated", "unit_retired", "unit_restored", "unit_merged", "year_created", "year_updated", "expected_unit_added", "expected_unit_removed", "government_name_changed"],
  },
  publishing: { label: "发布", actions: ["report_published", "report_reopened"] },
  refusals: { label: "拒绝的访问", actions: ["access_refused", "foreign_origin_refused", "sign_in_throttled", "password_change_failed"] },
} as const satisfies Record<string, { label: string; actions: readonly AuditAction[] }>;
export type AuditGroup = keyof typeof AUDIT_GROUPS;

export interface AuditRow {
  id: number;
  at: number;
  username: string | null;
  action: AuditAction;
  target: string | null;
  detail: string | null;
  /** The forwarded chain the request carried (forgeable). */
  ip: string | null;
  /** The connection's own address. */
  peer: string | null;
  /** Identical events the row stands for (repeated refusals within a minute). */
  count: number;
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
    .select({ id: auditEvents.id, at: auditEvents.at, username: auditEvents.username, action: auditEvents.action, target: auditEvents.target, detail: auditEvents.detail, ip: auditEvents.ip, peer: auditEvents.peer, count: auditEvents.count })
    .from(auditEvents)
    .where(cond)
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE)
    .all();
  return { rows, total };
}
