/**
 * What the data layer answers when a thing does not exist or the caller may not see it: the same words either
 * way, so an answer never tells which (the refusal itself is audited where the check is made).
 */
export const REPORT_NOT_FOUND = "未找到该报告，或您无权访问。";

/** A "not found" result with its message. */
export function notFound(error: string): { ok: false; error: string; code: "not_found" } {
  return { ok: false, error, code: "not_found" };
}
