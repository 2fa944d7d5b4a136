"use server";

import { issuesByField, runAction, WORKSPACE, type Revalidation } from "@/lib/actions";
import { createAccount, resetPassword, setAccountDisabled, unlockAccount, updateAccount } from "@/lib/dal/admin-accounts";
import type { ActionResult } from "@/lib/dal/types";
import {
  createAccountSchema,
  resetPasswordSchema,
  setAccountDisabledSchema,
  updateAccountSchema,
  userIdSchema,
  type CreateAccountInput,
  type ResetPasswordInput,
  type SetAccountDisabledInput,
  type UpdateAccountInput,
} from "@/lib/validation/admin-input";

// Reachable by a direct POST from anyone: the data layer refuses everyone but an administrator.
// Most account changes show only in administration; a changed name or unit shows across the workspace.
const ADMIN: Revalidation = { layout: "/workspace/admin" };
const inAdmin = { invalid: issuesByField, revalidate: [ADMIN] };

export async function createAccountAction(input: CreateAccountInput): Promise<ActionResult<{ id: number }>> {
  return runAction(createAccountSchema, input, createAccount, inAdmin);
}

export async function updateAccountAction(input: UpdateAccountInput): Promise<ActionResult> {
  return runAction(updateAccountSchema, input, updateAccount, { invalid: issuesByField, revalidate: [WORKSPACE] });
}

export async function resetPasswordAction(input: ResetPasswordInput): Promise<ActionResult> {
  return runAction(resetPasswordSchema, input, resetPassword, inAdmin);
}

export async function setAccountDisabledAction(input: SetAccountDisabledInput): Promise<ActionResult> {
  return runAction(setAccountDisabledSchema, input, setAccountDisabled, inAdmin);
}

export async function unlockAccountAction(input: { userId: number }): Promise<ActionResult> {
  return runAction(userIdSchema, input, (user, data) => unlockAccount(user, data.userId), inAdmin);
}
