import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { reportYearUnits, reports, units, users } from "@/db/schema";
import type { MergeUnitInput } from "@/lib/validation/admin-input";
import { refuseAdmin } from "./access-refusals";
import { reportsWithContent } from "./internal/report-content";
import { recordAudit } from "./internal/audit-write";
import type { ActionResult, CurrentUser } from "./types";
import { UNIT_NOT_FOUND } from "./internal/not-found";

const REPORTING = ["agency", "subdistrict"] as const;

export interface MergeOutcome {
  movedAccounts: number;
  /** Years from which the merged unit's untouched report was removed. */
  removedFromYears: number[];
}

/**
 * 机构改革: unit A is merged into unit B. A's people now work for B (their accounts move); A is retired and
 * its past reports stay A's, readable as before; in years where A's report was never touched, A is no
 * longer expected. A report A has already started stays: the office decides about it in the year's settings.
 */
export function mergeUnit(user: CurrentUser, input: MergeUnitInput): ActionResult<MergeOutcome> {
  if (user.role !== "admin") return refuseAdmin(user, "合并单位");
  if (input.unitId === input.intoUnitId) return { ok: false, error: "不能把单位并入它自己。", code: "invalid", fieldErrors: { intoUnitId: "请选择另一个单位" } };
  const db = getDb();
  return db.transaction((tx) => {
    const from = tx.select().from(units).where(eq(units.id, input.unitId)).get();
    const into = tx.select().from(units).where(eq(units.id, input.intoUnitId)).get();
    if (!from || !into) return { ok: false as const, error: UNIT_NOT_FOUND, code: "not_found" as const };
    if (!REPORTING.includes(from.kind as never) || !REPORTING.includes(into.kind as never)) {
      return { ok: false as const, error: "只能合并区级部门或街道。", code: "invalid" as const };
    }
    if (!from.active) return { ok: false as const, error: "该单位已撤销。", code: "invalid" as const };
    if (!into.active) return { ok: false as const, error: "不能并入已撤销的单位。", code: "invalid" as const, fieldErrors: { intoUnitId: "不能并入已撤销的单位" } };

    const moved = tx.update(users).set({ unitId: into.id }).where(eq(users.unitId, from.id)).run().changes;
    const open = tx.select({ id: reports.id, year: reports.year }).from(reports).where(eq(reports.unitId, from.id)).all();
    const touched = reportsWithContent(tx, open.map((r) => r.id));
    const untouched = open.filter((r) => !touched.has(r.id));
    if (untouched.length) {
      tx.delete(reports).where(inArray(reports.id, untouched.map((r) => r.id))).run();
      for (const r of untouched) tx.delete(reportYearUnits).where(and(eq(reportYearUnits.year, r.year), eq(reportYearUnits.unitId, from.id))).run();
    }
    tx.update(units).set({ active: false, mergedIntoId: into.id }).where(eq(units.id, from.id)).run();
    const years = untouched.map((r) => r.year).sort();
    recordAudit(tx, {
      action: "unit_merged",
      actor: user,
      target: `单位 ${from.name}`,
      detail: `并入“${into.name}”；${moved} 个账户转入；${years.length ? `${years.join("、")}年度未填写的报告已移除` : "无未填写的报告需移除"}`,
    });
    return { ok: true as const, data: { movedAccounts: moved, removedFromYears: years } };
  });
}
