"use server";

import { signOut } from "@/lib/auth/auth";
import { changePassword } from "@/lib/dal/account";
import { currentRequestAddress, currentSessionId, getPasswordChangeUser, revokeSession } from "@/lib/dal/session";
import type { ActionResult } from "@/lib/dal/types";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/validation/account-input";

export async function signOutAction(): Promise<void> {
  const sid = await currentSessionId();
  if (sid) revokeSession(sid, await currentRequestAddress());
  await signOut({ redirectTo: "/login" });
}

export async function changePasswordAction(input: ChangePasswordInput): Promise<ActionResult> {
  const session = await getPasswordChangeUser();
  if (!session) return { ok: false, error: "登录已过期，请重新登录。" };
  const user = session.user;
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "输入有误" };
  return changePassword(user, parsed.data.currentPassword, parsed.data.newPassword, await currentSessionId());
}
