import "server-only";
import { recordRefusal } from "./internal/refusal-log";
import type { CurrentUser } from "./types";

/**
 * The data layer's refusals, recorded in the security audit on the way out (coalesced: lib/dal/internal/refusal-log.ts).
 * Each guard stays one line: `if (...) return refused(user, "what", answer, target)`. The address is the
 * one lib/dal/session.ts remembered for the person's request.
 */

export const ADMIN_ONLY = { ok: false as const, error: "仅管理员可以进行此操作。", code: "not_found" as const };

/** Records that `user` was refused `what` (on `target`), and returns the refusal's answer unchanged. */
export function refused<T>(user: CurrentUser, what: string, answer: T, target?: string): T {
  recordRefusal({ action: "access_refused", actor: user, detail: what, target });
  return answer;
}

/** An administrator-only operation asked for by someone else. */
export function refuseAdmin(user: CurrentUser, what: string): typeof ADMIN_ONLY {
  return refused(user, `${what}（仅管理员）`, ADMIN_ONLY);
}

/** Names a report in the audit: "报告 #12（区教育局 2021年度）". */
export function reportTarget(r: { id: number; unitName: string; year: number }): string {
  return `报告 #${r.id}（${r.unitName} ${r.year}年度）`;
}
