"use server";

import { runAction, type Revalidation } from "@/lib/actions";
import { addComment, approveReport, reopenReport, returnReport, reviewExplanation } from "@/lib/dal/review-actions";
import type { ActionResult } from "@/lib/dal/types";
import {
  approveSchema,
  commentSchema,
  explanationVerdictSchema,
  reopenSchema,
  returnSchema,
  type CommentInput,
  type ExplanationVerdictInput,
  type ReopenInput,
  type ReturnInput,
} from "@/lib/validation/review-input";

// Each action checks the caller itself: reachable by a direct POST from anyone.
// A decision shows on the review page and on the unit's own page of the report.
const options = {
  revalidate: ({ reportId }: { reportId: number }): Revalidation[] => [`/workspace/review/${reportId}`, `/workspace/reports/${reportId}`],
};

export async function addCommentAction(input: CommentInput): Promise<ActionResult> {
  return runAction(commentSchema, input, addComment, options);
}

export async function reviewExplanationAction(input: ExplanationVerdictInput): Promise<ActionResult> {
  return runAction(explanationVerdictSchema, input, reviewExplanation, options);
}

export async function returnReportAction(input: ReturnInput): Promise<ActionResult> {
  return runAction(returnSchema, input, returnReport, options);
}

export async function approveReportAction(input: { reportId: number }): Promise<ActionResult> {
  return runAction(approveSchema, input, (user, data) => approveReport(user, data.reportId), options);
}

export async function reopenReportAction(input: ReopenInput): Promise<ActionResult> {
  return runAction(reopenSchema, input, reopenReport, options);
}
