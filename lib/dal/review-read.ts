import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { explanations } from "@/db/schema";
import { isOfficeRole } from "@/lib/access/report-access";
import { runChecks } from "@/lib/checks/run-checks";
import type { Finding } from "@/lib/checks/types";
import { refused } from "./access-refusals";
import { buildCheckContext, readPreviousReportData, readReportData, type ReportSnapshotData } from "./internal/report-context";
import { diffSubmissions, readComments, readStateEvents, type ReviewComment, type StateEvent, type SubmissionChange } from "./internal/review-records";
import { findReadableReport, type ReportHeader } from "./report-gate";
import type { CurrentUser } from "./types";

export type { ReviewComment, StateEvent, SubmissionChange };

export interface ReviewedExplanation {
  findingKey: string;
  checkId: string;
  text: string;
  review: "pending" | "accepted" | "rejected";
  reviewNote: string | null;
  /** Its finding no longer stands (the unit changed what it explained): kept on record, blocks nothing. */
  lapsed: boolean;
}

export interface ReviewData {
  header: ReportHeader;
  data: ReportSnapshotData;
  findings: Finding[];
  explanations: ReviewedExplanation[];
  comments: ReviewComment[];
  events: StateEvent[];
  submissionCount: number;
  /** Changes between the last two submissions; null before the second one. */
  changesSinceLastSubmission: SubmissionChange[] | null;
}

/** Everything the office reviews a unit's report with. Office roles only; drafts stay private to their unit. */
export function getReviewData(user: CurrentUser, reportId: number): ReviewData | null {
  if (!isOfficeRole(user.role)) return refused(user, "查看审核（仅政务公开办公室）", null, `报告 #${reportId}`);
  const header = findReadableReport(user, reportId);
  if (!header || header.unitId === user.unitId) return null;
  const db = getDb();
  const data = readReportData(db, reportId)!;
  const findings = runChecks(buildCheckContext(data, readPreviousReportData(db, header.unitId, header.year)));
  const diff = diffSubmissions(db, reportId);
  const standing = new Set(findings.map((f) => f.key));
  return {
    header,
    data,
    findings,
    explanations: db
      .select({ findingKey: explanations.findingKey, checkId: explanations.checkId, text: explanations.text, review: explanations.review, reviewNote: explanations.reviewNote })
      .from(explanations)
      .where(eq(explanations.reportId, reportId))
      .all()
      .map((e) => ({ ...e, lapsed: !standing.has(e.findingKey) })),
    comments: readComments(db, reportId),
    events: readStateEvents(db, reportId),
    submissionCount: diff.count,
    changesSinceLastSubmission: diff.changes,
  };
}
