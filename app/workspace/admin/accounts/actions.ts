"use server";

import { revalidatePath } from "next/cache";
import { createAccount, resetPassword, setAccountDisabled, unlockAccount, updateAccount } from "@/lib/dal/admin-accounts";
import { getCurrentUser } from "@/lib/dal/session";
import type { ActionResult } from "@/lib/dal/types";
import {
  createAccountSchema,
  parseInput,
  resetPasswordSchema,
  setAccountDisabledSchema,
  updateAccountSchema,
  userIdSchema,
  type CreateAccountInput,
  type ResetPasswordInput,
  type SetAccountDisabledInput,
  type UpdateAccountInput,
} from "@/lib/validation/admin-input";

const SIGNED_OUT = { ok: false as const, error: "登录已过期，请重新登录。", code: "auth" as const };

// Reachable by a direct POST from anyone: the data layer refuses everyone but an administrator.
export async function createAccountAction(input: CreateAccountInput): Promise<ActionResult<{ id: number }>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = parseInput(createAccountSchema, input);
  if (!parsed.ok) return parsed;
  const result = await createAccount(user, parsed.data);
  if (result.ok) revalidatePath("/workspace/admin", "layout");
  return result;
}

export async function updateAccountAction(input: UpdateAccountInput): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = parseInput(updateAccountSchema, input);
  if (!parsed.ok) return parsed;
  const result = updateAccount(user, parsed.data);
  if (result.ok) revalidatePath("/workspace", "layout");
  return result;
}

export async function resetPasswordAction(input: ResetPasswordInput): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = parseInput(resetPasswordSchema, input);
  if (!parsed.ok) return parsed;
  const result = await resetPassword(user, parsed.data);
  if (result.ok) revalidatePath("/workspace/admin", "layout");
  return result;
}

export async function setAccountDisabledAction(input: SetAccountDisabledInput): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = parseInput(setAccountDisabledSchema, input);
  if (!parsed.ok) return parsed;
  const result = setAccountDisabled(user, parsed.data);
  if (result.ok) revalidatePath("/workspace/admin", "layout");
  return result;
}

export async function unlockAccountAction(input: { userId: number }): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = parseInput(userIdSchema, input);
  if (!parsed.ok) return parsed;
  const result = unlockAccount(user, parsed.data.userId);
  if (result.ok) revalidatePath("/workspace/admin", "layout");
  return result;
}
