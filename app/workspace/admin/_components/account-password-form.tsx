"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { resetPasswordSchema, type ResetPasswordInput } from "@/lib/validation/admin-input";
import { PASSWORD_RULE } from "@/lib/validation/password-policy";
import { resetPasswordAction } from "../accounts/actions";
import { TextField } from "./form-bits";
import { FormCard } from "./form-card";
import { useActionSubmit } from "./use-action-submit";

/** Sets a new password typed by the administrator; the person is signed out everywhere. */
export function AccountPasswordForm({ userId }: { userId: number }) {
  const form = useForm<ResetPasswordInput>({ resolver: zodResolver(resetPasswordSchema), defaultValues: { userId, password: "", confirmPassword: "" } });
  const { onSubmit, pending, message } = useActionSubmit(form, resetPasswordAction, "密码已重置，该账户的所有登录已退出。请将新密码告知本人。", () =>
    form.reset({ userId, password: "", confirmPassword: "" }),
  );

  return (
    <FormCard id="reset-password" title="重置密码" onSubmit={onSubmit} fieldsClassName="space-y-4" submitLabel="重置密码" pendingLabel="正在重置…" pending={pending} message={message}>
      <TextField form={form} name="password" id="reset-password" label="新密码" hint={PASSWORD_RULE} type="password" autoComplete="new-password" />
      <TextField form={form} name="confirmPassword" id="reset-confirm" label="确认新密码" type="password" autoComplete="new-password" />
    </FormCard>
  );
}
