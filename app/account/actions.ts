"use server";

import { signOut } from "@/lib/auth/auth";
import { runAction } from "@/lib/actions";
import { changePassword } from "@/lib/dal/account";
import { currentRequestAddress, currentSessionId, getPasswordChangeUser, revokeSession } from "@/lib/dal/session";
import type { ActionResult } from "@/lib/dal/types";
import { INPUT_INVALID, SIGNED_OUT } from "@/lib/domain/refusals";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/validation/account-input";

export async function signOutAction(): Promise<void> {
  const sid = await currentSessionId();
  if (sid) revokeSession(sid, await currentRequestAddress());
  await signOut({ redirectTo: "/login" });
}

// Also for someone who must first replace an administrator's password. Its refusals carry no code: the
// form shows the message and nothing else.
export async function changePasswordAction(input: ChangePasswordInput): Promise<ActionResult> {
  return runAction(changePasswordSchema, input, async (user, data) => changePassword(user, data.currentPassword, data.newPassword, await currentSessionId()), {
    user: async () => (await getPasswordChangeUser())?.user ?? null,
    signedOut: { ok: false, error: SIGNED_OUT },
    invalid: (error) => ({ ok: false, error: error.issues[0]?.message ?? INPUT_INVALID }),
  });
}
