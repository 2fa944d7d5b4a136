import "server-only";
import { and, asc, desc, eq, isNull } from "drizzle-orm";
import { comments, reportChanges, submissions, users } from "@/db/schema";
import type { Reader } from "./db-types";

/**
 * A report's review records (comments, state changes, submissions) as stored, with no access check: the
 * guarded readers (review-read.ts, report-read.ts) decide who sees them.
 */


export interface ReviewComment {
  id: number;
  target: "cell" | "section" | "report";
  targetKey: string;
  text: string;
  author: string;
  createdAt: number;
  resolvedAt: number | null;
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
    // The report's own states; the unit's hand-overs inside draft (target handover/handback) are its history's.
    .where(and(eq(reportChanges.reportId, reportId), eq(reportChanges.kind, "state"), eq(reportChanges.target, "state")))
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

