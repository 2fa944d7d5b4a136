import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { comments, explanations, reportChanges, reports } from "@/db/schema";
import { type ReportState } from "@/lib/domain";
import { isOfficeRole } from "@/lib/access/report-access";
import { runChecks } from "@/lib/checks/run-checks";
import { formatVersions } from "@/lib/report-format";
import type { CommentInput, ExplanationVerdictInput, ReopenInput, ReturnInput } from "@/lib/validation/review-input";
import { refused } from "./access-refusals";
import { notify, unitPeople } from "./internal/notify";
import { buildCheckContext, readPreviousReportData, readReportData } from "./internal/report-context";
import { findReadableReport, type ReportHeader } from "./report-gate";
import type { ActionResult, CurrentUser } from "./types";
import type { Tx } from "./internal/db-types";
import { notFound, REPORT_NOT_FOUND } from "./internal/not-found";

const NOT_FOUND = notFound(REPORT_NOT_FOUND);

/** An office person on a unit's handed-in report; anyone else is told the report does not exist. */
function reviewable(user: CurrentUser, reportId: number): ReportHeader | null {
  if (!isOfficeRole(user.role)) return refused(user, "审核操作（仅政务公开办公室）", null, `报告 #${reportId}`);
  const header = findReadableReport(user, reportId);
  return header && header.unitId !== user.unitId ? header : null;
}

/** Moves a report between states inside a transaction, only from the state it was read in; records and notifies. */
function transition(
  tx: Tx,
  user: CurrentUser,
  header: ReportHeader,
  from: ReportState,
  to: ReportState,
  note: string,
  notice: { kind: "returned" | "approved" | "reopened"; title: string; body: string },
): ActionResult {
  const now = Date.now();
  const done = tx
    .update(reports)
    .set({ state: to, updatedAt: now, updatedBy: user.id })
    .where(and(eq(reports.id, header.id), eq(reports.state, from)))
    .run();
  if (done.changes === 0) return { ok: false, error: "报告状态已变化，请刷新页面后再操作。", code: "conflict" };
  tx.insert(reportChanges).values({ reportId: header.id, userId: user.id, at: now, kind: "state", target: "state", oldValue: from, newValue: to, note }).run();
  notify(tx, unitPeople(tx, header.unitId), { ...notice, link: `/workspace/reports/${header.id}`, reportId: header.id }, now);
  return { ok: true };
}

export function addComment(user: CurrentUser, input: CommentInput): ActionResult {
  const header = reviewable(user, input.reportId);
  if (!header) return NOT_FOUND;
  if (header.state !== "submitted") return { ok: false, error: "只能对已提交、待审核的报告添加批注。", code: "locked" };
  getDb().insert(comments).values({ reportId: header.id, target: input.target, targetKey: input.targetKey, text: input.text, authorId: user.id, createdAt: Date.now() }).run();
  return { ok: true };
}

export function reviewExplanation(user: CurrentUser, input: ExplanationVerdictInput): ActionResult {
  const header = reviewable(user, input.reportId);
  if (!header) return NOT_FOUND;
  if (header.state !== "submitted") return { ok: false, error: "只能审核已提交报告的情况说明。", code: "locked" };
  const done = getDb()
    .update(explanations)
    .set({ review: input.verdict, reviewNote: input.note || null, reviewedAt: Date.now(), reviewedBy: user.id })
    .where(and(eq(explanations.reportId, header.id), eq(explanations.findingKey, input.findingKey)))
    .run();
  return done.changes ? { ok: true } : { ok: false, error: "未找到该情况说明。", code: "not_found" };
}

/** 退回修改: back to the unit with a reason; the comments stay at their cells for the unit to see. */
export function returnReport(user: CurrentUser, input: ReturnInput): ActionResult {
  const header = reviewable(user, input.reportId);
  if (!header) return NOT_FOUND;
  if (header.state !== "submitted") return { ok: false, error: "只能退回已提交的报告。", code: "locked" };
  return getDb().transaction((tx) =>
    transition(tx, user, header, "submitted", "returned", input.reason, {
      kind: "returned",
      title: `${header.year}年度报告被退回修改`,
      body: `退回理由：${input.reason}`,
    }),
  );
}

/** 审核通过: refused while the checks find an error or the office has rejected an explanation. */
export function approveReport(user: CurrentUser, reportId: number): ActionResult {
  const header = reviewable(user, reportId);
  if (!header) return NOT_FOUND;
  if (header.state !== "submitted") return { ok: false, error: "只能审核通过已提交的报告。", code: "locked" };
  return getDb().transaction((tx) => {
    const data = readReportData(tx, reportId)!;
    const findings = runChecks(buildCheckContext(data, readPreviousReportData(tx, header.unitId, header.year)));
    const errors = findings.filter((f) => f.severity === "error");
    if (errors.length) return { ok: false as const, error: `报告仍有 ${errors.length} 个错误，不能审核通过：${errors[0].message}`, code: "invalid" as const };
    // An explanation belongs to its finding: once the unit fixed what it explained, its verdict blocks nothing
    // (it stays on record, shown as lapsed).
    const standing = inArray(explanations.findingKey, findings.map((f) => f.key));
    const rejected = tx.select({ k: explanations.findingKey }).from(explanations).where(and(eq(explanations.reportId, reportId), eq(explanations.review, "rejected"), standing)).all();
    if (rejected.length) return { ok: false as const, error: `有 ${rejected.length} 条情况说明未被认可，请退回修改。`, code: "invalid" as const };
    tx.update(explanations).set({ review: "accepted", reviewedAt: Date.now(), reviewedBy: user.id }).where(and(eq(explanations.reportId, reportId), eq(explanations.review, "pending"), standing)).run();
    return transition(tx, user, header, "submitted", "approved", "审核通过", {
      kind: "approved",
      title: `${header.year}年度报告已审核通过`,
      body: `${header.unitName}${header.year}年度报告（${formatVersions[header.formatVersion]?.name ?? ""}格式）已由${user.displayName}审核通过。`,
    });
  });
}

/** Reopening an approved report is an explicit, recorded step: it goes back to the unit as returned. */
export function reopenReport(user: CurrentUser, input: ReopenInput): ActionResult {
  const header = reviewable(user, input.reportId);
  if (!header) return NOT_FOUND;
  if (header.state !== "approved") return { ok: false, error: "只能重新打开已审核通过的报告。", code: "locked" };
  return getDb().transaction((tx) =>
    transition(tx, user, header, "approved", "returned", `重新打开：${input.reason}`, {
      kind: "reopened",
      title: `${header.year}年度报告已重新打开`,
      body: `重新打开理由：${input.reason}`,
    }),
  );
}

/** On resubmission the unit has answered the open comments: they move to the history. */
export function resolveOpenComments(tx: Tx, reportId: number, now: number): void {
  tx.update(comments).set({ resolvedAt: now }).where(and(eq(comments.reportId, reportId), isNull(comments.resolvedAt))).run();
}
