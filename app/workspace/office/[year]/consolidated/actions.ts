"use server";

import { revalidatePath } from "next/cache";
import { removeOverride, saveOfficeEntries, saveOfficeNarrative, saveOverride, type SaveOfficeEntriesOutcome, type SaveOfficeNarrativeOutcome } from "@/lib/dal/consolidated-save";
import { getCurrentUser } from "@/lib/dal/session";
import type { ActionResult } from "@/lib/dal/types";
import {
  officeEntriesSchema,
  officeNarrativeSchema,
  overrideSchema,
  removeOverrideSchema,
  type OfficeEntriesInput,
  type OfficeNarrativeInput,
  type OverrideInputData,
  type RemoveOverrideInput,
} from "@/lib/validation/consolidated-input";

const SIGNED_OUT = { ok: false as const, error: "登录已过期，请重新登录后继续。", code: "auth" as const };
const MALFORMED = { ok: false as const, error: "提交的数据格式不正确。", code: "invalid" as const };

// Reachable by a direct POST: each action checks the caller; the data layer checks the role and the year.
function refresh(year: number) {
  revalidatePath(`/workspace/office/${year}/consolidated`, "layout");
}

export async function saveOverrideAction(input: OverrideInputData): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = overrideSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ...MALFORMED, error: issue?.message ?? MALFORMED.error, ...(issue?.path[0] === "reason" ? { fieldErrors: { reason: issue.message } } : {}) };
  }
  const result = saveOverride(user, parsed.data);
  if (result.ok) refresh(parsed.data.year);
  return result;
}

export async function removeOverrideAction(input: RemoveOverrideInput): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = removeOverrideSchema.safeParse(input);
  if (!parsed.success) return MALFORMED;
  const result = removeOverride(user, parsed.data);
  if (result.ok) refresh(parsed.data.year);
  return result;
}

export async function saveOfficeEntriesAction(input: OfficeEntriesInput): Promise<ActionResult<SaveOfficeEntriesOutcome>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = officeEntriesSchema.safeParse(input);
  if (!parsed.success) return MALFORMED;
  const result = saveOfficeEntries(user, parsed.data);
  if (result.ok) refresh(parsed.data.year);
  return result;
}

export async function saveOfficeNarrativeAction(input: OfficeNarrativeInput): Promise<ActionResult<SaveOfficeNarrativeOutcome>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = officeNarrativeSchema.safeParse(input);
  if (!parsed.success) return { ...MALFORMED, error: parsed.error.issues[0]?.message ?? MALFORMED.error };
  const result = saveOfficeNarrative(user, parsed.data);
  if (result.ok) refresh(parsed.data.year);
  return result;
}
