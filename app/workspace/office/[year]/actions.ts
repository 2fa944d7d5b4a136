"use server";

import { revalidatePath } from "next/cache";
import { sendReminders, type ReminderOutcome } from "@/lib/dal/reminders";
import { getCurrentUser } from "@/lib/dal/session";
import type { ActionResult } from "@/lib/dal/types";
import { sendRemindersSchema } from "@/lib/validation/dashboard-input";

export type ReminderState = ActionResult<ReminderOutcome> | null;

// Reachable by a direct POST from anyone signed in: the data layer refuses everyone but the office.
export async function sendRemindersAction(_previous: ReminderState, formData: FormData): Promise<ReminderState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "登录已过期，请重新登录后再发送。", code: "auth" };
  const parsed = sendRemindersSchema.safeParse({ year: formData.get("year"), unitIds: formData.getAll("unitId") });
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "提交的数据格式不正确。", code: "invalid" };
  const result = sendReminders(user, parsed.data);
  if (result.ok) revalidatePath(`/workspace/office/${parsed.data.year}`);
  return result;
}
