/**
 * What the data layer answers when a thing does not exist or the caller may not see it: the same words either
 * way, so an answer never tells which (the refusal itself is audited where the check is made).
 */
export const REPORT_NOT_FOUND = "未找到该报告，或您无权访问。";
/** For callers who may see any report (the office, the seed): the report does not exist. */
export const REPORT_MISSING = "未找到该报告。";
export const UNIT_NOT_FOUND = "未找到该单位。";

/** A "not found" result with its message. */
export function notFound(error: string): { ok: false; error: string; code: "not_found" } {
  return { ok: false, error, code: "not_found" };
}
