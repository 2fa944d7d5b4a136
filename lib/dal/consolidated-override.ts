import "server-only";
import { and, eq } from "drizzle-orm";
import { consolidationOverrides, reportChanges } from "@/db/schema";
import { canEditConsolidated } from "@/lib/access/consolidated-access";
import type { OverrideInputData, RemoveOverrideInput } from "@/lib/validation/consolidated-input";
import { LOCKED, NOT_FOUND, bump, display, ensureOfficeReport, parseFor, prelude } from "./internal/consolidated-write";
import type { ActionResult, CurrentUser } from "./types";

/**
 * Overrides of consolidated numbers (AGG-SUM): the office replaces the sum of the units with its own
 * number and a reason; the sum and the difference stay visible. Only input cells: totals follow their parts.
 * Each change is also recorded in the office report's history (target "override:<cell key>", the reason as note).
 */

export function saveOverride(user: CurrentUser, input: OverrideInputData): ActionResult {
  const p = prelude(user, input.year);
  if (!p) return NOT_FOUND;
  const reason = input.reason.trim();
  if (!reason) return { ok: false, error: "请填写调整理由。", code: "invalid", fieldErrors: { reason: "请填写调整理由" } };
  const r = parseFor(p.format, input.key, input.value, input.unit);
  if ("error" in r) return { ok: false, error: r.error!, code: "invalid", fieldErrors: { value: ("field" in r && r.field) || r.error! } };
  if (r.value === null) return { ok: false, error: "请填写调整后的数值；如需恢复为各单位合计，请使用“撤销调整”。", code: "invalid", fieldErrors: { value: "请填写数值" } };
  const { cell, value, unit } = { ...r, value: r.value };
  const now = Date.now();
  return p.db.transaction((tx) => {
    const report = ensureOfficeReport(tx, p.office, input.year, user.id, now);
    if (!canEditConsolidated(user, report)) return LOCKED;
    const where = and(eq(consolidationOverrides.year, input.year), eq(consolidationOverrides.cellKey, cell.key));
    const cur = tx.select().from(consolidationOverrides).where(where).get();
    if (cur && cur.value === value && (cur.unit ?? null) === unit && cur.reason === reason) return { ok: true as const };
    const row = { value, unit, reason, updatedAt: now, updatedBy: user.id };
    tx.insert(consolidationOverrides)
      .values({ year: input.year, cellKey: cell.key, ...row })
      .onConflictDoUpdate({ target: [consolidationOverrides.year, consolidationOverrides.cellKey], set: row })
      .run();
    tx.insert(reportChanges)
      .values({
        reportId: report.id,
        userId: user.id,
        at: now,
        kind: "cell",
        target: `override:${cell.key}`,
        oldValue: cur ? display(cur.value, cur.unit) : null,
        newValue: display(value, unit),
        note: `调整汇总数：${reason}`,
      })
      .run();
    bump(tx, report.id, report.version + 1, user.id, now);
    return { ok: true as const };
  });
}

export function removeOverride(user: CurrentUser, input: RemoveOverrideInput): ActionResult {
  const p = prelude(user, input.year);
  if (!p) return NOT_FOUND;
  const now = Date.now();
  return p.db.transaction((tx) => {
    const where = and(eq(consolidationOverrides.year, input.year), eq(consolidationOverrides.cellKey, input.key));
    const cur = tx.select().from(consolidationOverrides).where(where).get();
    if (!cur) return { ok: true as const };
    const report = ensureOfficeReport(tx, p.office, input.year, user.id, now);
    if (!canEditConsolidated(user, report)) return LOCKED;
    tx.delete(consolidationOverrides).where(where).run();
    tx.insert(reportChanges)
      .values({ reportId: report.id, userId: user.id, at: now, kind: "cell", target: `override:${input.key}`, oldValue: display(cur.value, cur.unit), newValue: null, note: "撤销调整，恢复为各单位合计" })
      .run();
    bump(tx, report.id, report.version + 1, user.id, now);
    return { ok: true as const };
  });
}
