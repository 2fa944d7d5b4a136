import "server-only";
import { and, asc, desc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { comments, explanations, reportChanges, submissions, users } from "@/db/schema";
import { isOfficeRole } from "@/lib/access/report-access";
import { runChecks } from "@/lib/checks/run-checks";
import type { Finding } from "@/lib/checks/types";
import { refused } from "./access-refusals";
import { buildCheckContext, readPreviousReportData, readReportData, type ReportSnapshotData } from "./report-context";
import { findReadableReport, type ReportHeader } from "./report-read";
import type { CurrentUser } from "./types";

type Reader = Pick<ReturnType<typeof getDb>, "select">;

export interface ReviewComment {
  id: number;
  target: "cell" | "section" | "report";
  targetKey: string;
  text: string;
  author: string;
  createdAt: number;
  resolvedAt: number | null;
}

export interface ReviewedExplanation {
  findingKey: string;
  checkId: string;
  text: string;
  review: "pending" | "accepted" | "rejected";
  reviewNote: string | null;
  /** Its finding no longer stands (the unit changed what it explained): kept on record, blocks nothing. */
  lapsed: boolean;
}

export interface StateEvent {
  at: number;
  who: string | null;
  from: string | null;
  to: string | null;
  note: string | null;
}

export interface SubmissionChange {
  kind: "cell" | "narrative";
  key: string;
  before: string | null;
  after: string | null;
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

export function readComments(db: Reader, reportId: number, openOnly = false): ReviewComment[] {
  return db
    .select({
      id: comments.id,
      target: comments.target,
      targetKey: comments.targetKey,
      text: comments.text,
      author: users.displayName,
      createdAt: comments.createdAt,
      resolvedAt: comments.resolvedAt,
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(openOnly ? and(eq(comments.reportId, reportId), isNull(comments.resolvedAt)) : eq(comments.reportId, reportId))
    .orderBy(asc(comments.id))
    .all();
}

export function readStateEvents(db: Reader, reportId: number): StateEvent[] {
  return db
    .select({ at: reportChanges.at, who: users.displayName, from: reportChanges.oldValue, to: reportChanges.newValue, note: reportChanges.note })
    .from(reportChanges)
    .leftJoin(users, eq(users.id, reportChanges.userId))
    .where(and(eq(reportChanges.reportId, reportId), eq(reportChanges.kind, "state")))
    .orderBy(asc(reportChanges.id))
    .all();
}

function display(v: { value: string; unit?: string } | undefined): string | null {
  return v ? (v.unit ? `${v.value} ${v.unit}` : v.value) : null;
}

/** What the unit changed between its last two submissions: the reviewer reads only that on a resubmission. */
export function diffSubmissions(db: Reader, reportId: number): { count: number; changes: SubmissionChange[] | null } {
  const last = db.select().from(submissions).where(eq(submissions.reportId, reportId)).orderBy(desc(submissions.number)).limit(2).all();
  if (last.length < 2) return { count: last.length, changes: null };
  const [now, before] = [last[0].content, last[1].content];
  const changes: SubmissionChange[] = [];
  for (const key of new Set([...Object.keys(before.values), ...Object.keys(now.values)])) {
    const a = display(before.values[key]);
    const b = display(now.values[key]);
    if (a !== b) changes.push({ kind: "cell", key, before: a, after: b });
  }
  for (const key of new Set([...Object.keys(before.narratives), ...Object.keys(now.narratives)])) {
    if ((before.narratives[key] ?? "") !== (now.narratives[key] ?? "")) {
      changes.push({ kind: "narrative", key, before: before.narratives[key] ?? null, after: now.narratives[key] ?? null });
    }
  }
  return { count: last[0].number, changes };
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
