import "server-only";
import { and, eq, max } from "drizzle-orm";
import { getDb } from "@/db/client";
import { explanations, reportChanges, reports, submissions } from "@/db/schema";
import { formatDateTime } from "@/lib/format-date";
import { canEditReport, lockedReason } from "@/lib/access/report-access";
import { runChecks } from "@/lib/checks/run-checks";
import { submissionProblems } from "@/lib/checks/submission-gate";
import type { SaveExplanationInput } from "@/lib/validation/report-input";
import { buildCheckContext, readExplanations, readPreviousReportData, readRejections, readReportData } from "./internal/report-context";
import { notify, officePeople } from "./internal/notify";
import { findReadableReport } from "./report-gate";
import { resolveOpenComments } from "./review-actions";
import type { ActionResult, CurrentUser } from "./types";
import { REPORT_NOT_FOUND } from "./internal/not-found";


/** Stores (or, with empty text, removes) the unit's explanation of one warning. */
export function saveExplanation(user: CurrentUser, input: SaveExplanationInput): ActionResult {
  const header = findReadableReport(user, input.reportId);
  if (!header) return { ok: false, error: REPORT_NOT_FOUND, code: "not_found" };
  if (!canEditReport(user, header)) return { ok: false, error: lockedReason(header.state), code: "locked" };
  const db = getDb();
  const now = Date.now();
  const text = input.text.trim();
  db.transaction((tx) => {
    const where = and(eq(explanations.reportId, header.id), eq(explanations.findingKey, input.findingKey));
    const old = tx.select({ text: explanations.text }).from(explanations).where(where).get();
    if ((old?.text ?? "") === text) return;
    if (text) {
      tx.insert(explanations)
        .values({ reportId: header.id, findingKey: input.findingKey, checkId: input.checkId, text, updatedAt: now, updatedBy: user.id })
        .onConflictDoUpdate({
          target: [explanations.reportId, explanations.findingKey],
          set: { text, updatedAt: now, updatedBy: user.id, review: "pending", reviewNote: null, reviewedAt: null, reviewedBy: null },
        })
        .run();
    } else {
      tx.delete(explanations).where(where).run();
    }
    tx.insert(reportChanges)
      .values({ reportId: header.id, userId: user.id, at: now, kind: "narrative", target: `explanation:${input.checkId}`, oldValue: old?.text ?? null, newValue: text || null })
      .run();
  });
  return { ok: true };
}

export interface SubmitRefusal {
  problems: { checkId: string; severity: string; message: string; reason: "error" | "unexplained" }[];
}

/**
 * The unit approver signs off and submits. The checks run again here, on what is stored, inside the
 * transaction that changes the state: nothing typed after the check can slip in unchecked.
 */
export function submitReport(
  user: CurrentUser,
  reportId: number,
  /** The version the approver previewed and signed: anything saved since is not what they read. */
  signedVersion?: number,
): ActionResult<undefined> | { ok: false; error: string; code: "invalid"; problems: SubmitRefusal["problems"] } {
  const header = findReadableReport(user, reportId);
  if (!header) return { ok: false, error: REPORT_NOT_FOUND, code: "not_found" };
  if (user.role !== "approver" || user.unitId !== header.unitId) {
    return { ok: false, error: "只有本单位的审核签发人可以签发提交报告。", code: "locked" };
  }
  const db = getDb();
  return db.transaction((tx) => {
    const report = tx.select().from(reports).where(eq(reports.id, reportId)).get();
    if (!report) return { ok: false as const, error: REPORT_NOT_FOUND, code: "not_found" as const };
    if (!canEditReport(user, report) || report.state === "not_started") {
      return { ok: false as const, error: report.state === "not_started" ? "报告尚未填写，不能提交。" : lockedReason(report.state), code: "locked" as const };
    }
    if (signedVersion !== undefined && signedVersion !== report.version) {
      return { ok: false as const, error: "签发预览打开后报告又有修改（可能是本单位其他人的修改），签发的不是现在的内容。请刷新页面，重新预览后再签发。", code: "conflict" as const };
    }
    const current = readReportData(tx, reportId)!;
    const findings = runChecks(buildCheckContext(current, readPreviousReportData(tx, report.unitId, report.year)));
    const problems = submissionProblems(findings, readExplanations(tx, reportId), readRejections(tx, reportId));
    if (problems.length > 0) {
      return {
        ok: false as const,
        code: "invalid" as const,
        error: `报告还有 ${problems.length} 个问题需要处理，暂不能提交。`,
        problems: problems.map((p) => ({ checkId: p.finding.checkId, severity: p.finding.severity, message: p.finding.message, reason: p.reason })),
      };
    }
    const now = Date.now();
    tx.update(reports)
      // Signed off: the hand-over inside the unit is done with.
      .set({ state: "submitted", submittedAt: now, submittedBy: user.id, updatedAt: now, updatedBy: user.id, version: report.version + 1, handoverAt: null, handoverBy: null, handbackAt: null, handbackBy: null, handbackNote: null })
      .where(eq(reports.id, reportId))
      .run();
    const previous = tx.select({ n: max(submissions.number) }).from(submissions).where(eq(submissions.reportId, reportId)).get();
    tx.insert(submissions)
      .values({ reportId, number: (previous?.n ?? 0) + 1, submittedAt: now, submittedBy: user.id, content: { values: current.values, narratives: current.narratives } })
      .run();
    resolveOpenComments(tx, reportId, now);
    notify(tx, officePeople(tx), {
      kind: "submitted",
      title: `${header.unitName}已提交${header.year}年度报告`,
      body: `${user.displayName}于${formatDateTime(now)}签发提交，请审核。`,
      link: `/workspace/review/${reportId}`,
      reportId,
    }, now);
    tx.insert(reportChanges)
      .values({ reportId, userId: user.id, at: now, kind: "state", target: "state", oldValue: report.state, newValue: "submitted", note: `${user.displayName}签发提交` })
      .run();
    return { ok: true as const };
  });
}
