"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { resetPasswordAction } from "@/app/workspace/admin/accounts/actions";
import { resetPasswordSchema, type ResetPasswordInput } from "@/lib/validation/admin-input";
import { PASSWORD_RULE } from "@/lib/validation/password-policy";
import { applyResult, Field, type FormMessageValue, inputClass, SubmitRow } from "./form-bits";

/** Sets a new password typed by the administrator; the person is signed out everywhere. */
export function AccountPasswordForm({ userId }: { userId: number }) {
  const [message, setMessage] = useState<FormMessageValue>();
  const [pending, startTransition] = useTransition();
  const { register, handleSubmit, formState, setError, reset } = useForm<ResetPasswordInput>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { userId, password: "", confirmPassword: "" },
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      const result = await resetPasswordAction(values);
      setMessage(applyResult(result, setError, "密码已重置，该账户的所有登录已退出。请将新密码告知本人。"));
      if (result.ok) reset({ userId, password: "", confirmPassword: "" });
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="reset-password-heading" className="rounded border border-slate-200 bg-white p-4">
      <h2 id="reset-password-heading" className="font-semibold">重置密码</h2>
      <div className="mt-3 space-y-4">
        <Field id="reset-password" label="新密码" error={errors.password?.message} hint={PASSWORD_RULE}>
          {(a) => <input {...a} type="password" autoComplete="new-password" {...register("password")} className={inputClass} />}
        </Field>
        <Field id="reset-confirm" label="确认新密码" error={errors.confirmPassword?.message}>
          {(a) => <input {...a} type="password" autoComplete="new-password" {...register("confirmPassword")} className={inputClass} />}
        </Field>
      </div>
      <SubmitRow pending={pending} label="重置密码" pendingLabel="正在重置…" message={message} />
    </form>
  );
}
