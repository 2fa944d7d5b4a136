"use server";

import { z } from "zod";
import { firstIssue, runAction, signedOutAnswer, WORKSPACE } from "@/lib/actions";
import { approveMany, type BatchResult } from "@/lib/dal/batch-approval";
import { sendReminders, type ReminderOutcome } from "@/lib/dal/reminders";
import type { ActionResult } from "@/lib/dal/types";
import { MALFORMED, SIGNED_OUT_BEFORE_SENDING } from "@/lib/domain/refusals";
import { sendRemindersSchema } from "@/lib/validation/dashboard-input";

export type ReminderState = ActionResult<ReminderOutcome> | null;

// Reachable by a direct POST from anyone signed in: the data layer refuses everyone but the office.
export async function sendRemindersAction(_previous: ReminderState, formData: FormData): Promise<ReminderState> {
  return runAction(sendRemindersSchema, { year: formData.get("year"), unitIds: formData.getAll("unitId") }, sendReminders, {
    signedOut: signedOutAnswer(SIGNED_OUT_BEFORE_SENDING),
    invalid: firstIssue(MALFORMED),
    revalidate: ({ year }) => [`/workspace/office/${year}`],
  });
}

const approveManySchema = z.object({ year: z.number().int().min(2008).max(2100), reportIds: z.array(z.number().int().positive()).min(1, "请至少选择一份报告。").max(500) });

/** 批量审核通过: each selected report through the ordinary approval, a result per report. */
export async function approveManyAction(input: { year: number; reportIds: number[] }): Promise<ActionResult<BatchResult[]>> {
  return runAction(approveManySchema, input, approveMany, { invalid: firstIssue(MALFORMED), revalidate: () => [WORKSPACE] });
}
