"use server";

import { firstIssue, runAction, signedOutAnswer } from "@/lib/actions";
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
