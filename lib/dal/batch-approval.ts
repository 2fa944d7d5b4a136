import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { explanations, reports, units } from "@/db/schema";
import { isOfficeRole } from "@/lib/access/report-access";
import { runChecks } from "@/lib/checks/run-checks";
import { refused } from "./access-refusals";
import { buildCheckContext, readPreviousReportData, readReportData } from "./internal/report-context";
import type { Reader } from "./internal/db-types";
import { approveReport } from "./review-actions";
import type { ActionResult, CurrentUser } from "./types";

/**
 * 批量审核通过: the submitted reports that need no reading of their own — no error, and every warning's
 * explanation already accepted — approved in one go, each through the ordinary approval (its own checks,
 * transaction, history and notice), with a result per report.
 */

export interface Approvable {
  reportId: number;
  unitName: string;
  warnings: number;
}

/** Why a submitted report is not approvable in a batch, or null when it is. */
function notApprovable(db: Reader, reportId: number, unitId: number, year: number): string | null {
  const data = readReportData(db, reportId);
  if (!data) return "报告不存在";
  const findings = runChecks(buildCheckContext(data, readPreviousReportData(db, unitId, year)));
  if (findings.some((f) => f.severity === "error")) return "报告有错误";
  const verdicts = new Map(db.select({ key: explanations.findingKey, review: explanations.review }).from(explanations).where(eq(explanations.reportId, reportId)).all().map((e) => [e.key, e.review]));
  const open = findings.filter((f) => f.severity === "warning" && verdicts.get(f.key) !== "accepted");
  return open.length ? `有 ${open.length} 条情况说明尚未认可，请逐份审核` : null;
}

function submittedOfYear(db: Reader, year: number) {
  return db
    .select({ reportId: reports.id, unitId: reports.unitId, unitName: units.name, sortOrder: units.sortOrder })
    .from(reports)
    .innerJoin(units, eq(units.id, reports.unitId))
    .where(and(eq(reports.year, year), eq(reports.state, "submitted")))
    .orderBy(units.sortOrder)
    .all();
}

export function listApprovable(user: CurrentUser, year: number): Approvable[] {
  if (!isOfficeRole(user.role)) return [];
  const db = getDb();
  return submittedOfYear(db, year).flatMap((r) => {
    if (notApprovable(db, r.reportId, r.unitId, year)) return [];
    const data = readReportData(db, r.reportId)!;
    const warnings = runChecks(buildCheckContext(data, readPreviousReportData(db, r.unitId, year))).filter((f) => f.severity === "warning").length;
    return [{ reportId: r.reportId, unitName: r.unitName, warnings }];
  });
}

export interface BatchResult {
  reportId: number;
  unitName: string;
  ok: boolean;
  error?: string;
}

export function approveMany(user: CurrentUser, input: { year: number; reportIds: number[] }): ActionResult<BatchResult[]> {
  if (!isOfficeRole(user.role)) return refused(user, "批量审核通过（仅政务公开办公室）", { ok: false, error: "只有政务公开办公室可以审核报告。", code: "not_found" });
  const db = getDb();
  const submitted = new Map(submittedOfYear(db, input.year).map((r) => [r.reportId, r]));
  const results = [...new Set(input.reportIds)].map((reportId): BatchResult => {
    const r = submitted.get(reportId);
    if (!r) return { reportId, unitName: "", ok: false, error: "不是本年度已提交的报告" };
    const why = notApprovable(db, reportId, r.unitId, input.year);
    if (why) return { reportId, unitName: r.unitName, ok: false, error: why };
    const done = approveReport(user, reportId);
    return done.ok ? { reportId, unitName: r.unitName, ok: true } : { reportId, unitName: r.unitName, ok: false, error: done.error };
  });
  return { ok: true, data: results };
}
