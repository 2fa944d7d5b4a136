"use server";

import { revalidatePath } from "next/cache";
import { addComment, approveReport, reopenReport, returnReport, reviewExplanation } from "@/lib/dal/review-actions";
import { getCurrentUser } from "@/lib/dal/session";
import type { ActionResult, CurrentUser } from "@/lib/dal/types";
import type { ZodType } from "zod";
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

const SIGNED_OUT = { ok: false as const, error: "登录已过期，请重新登录。", code: "auth" as const };

// Each action checks the caller itself: reachable by a direct POST from anyone.
async function run<T>(schema: ZodType<T>, input: unknown, fn: (user: CurrentUser, data: T) => ActionResult, reportId: number): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "输入有误", code: "invalid" };
  const result = fn(user, parsed.data);
  if (result.ok) {
    revalidatePath(`/workspace/review/${reportId}`);
    revalidatePath(`/workspace/reports/${reportId}`);
  }
  return result;
}

export async function addCommentAction(input: CommentInput) {
  return run(commentSchema, input, addComment, input?.reportId);
}

export async function reviewExplanationAction(input: ExplanationVerdictInput) {
  return run(explanationVerdictSchema, input, reviewExplanation, input?.reportId);
}

export async function returnReportAction(input: ReturnInput) {
  return run(returnSchema, input, returnReport, input?.reportId);
}

export async function approveReportAction(input: { reportId: number }) {
  return run(approveSchema, input, (user, data) => approveReport(user, data.reportId), input?.reportId);
}

export async function reopenReportAction(input: ReopenInput) {
  return run(reopenSchema, input, reopenReport, input?.reportId);
}
