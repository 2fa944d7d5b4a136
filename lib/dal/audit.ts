import "server-only";
import { and, count, desc, inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditEvents } from "@/db/schema";
import type { AuditAction } from "@/lib/domain";
import { likePattern } from "./internal/sql-like";
import type { CurrentUser } from "./types";

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
