"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/validation/account-input";
import { PASSWORD_RULE } from "@/lib/validation/password-policy";
import { changePasswordAction } from "../../actions";

const FIELDS = [
  { name: "currentPassword", label: "当前密码", autoComplete: "current-password", hint: undefined },
  { name: "newPassword", label: "新密码", autoComplete: "new-password", hint: PASSWORD_RULE },
  { name: "confirmPassword", label: "确认新密码", autoComplete: "new-password", hint: undefined },
] as const;

/** `first`: replacing a password an administrator chose; on success the person goes on to the workspace. */
export function PasswordForm({ first = false }: { first?: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [pending, startTransition] = useTransition();
  const { register, handleSubmit, formState, reset } = useForm<ChangePasswordInput>({ resolver: zodResolver(changePasswordSchema) });

  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      const result = await changePasswordAction(values);
      if (result.ok) reset();
      if (result.ok && first) {
        router.push("/workspace");
        return;
      }
      setMessage(result.ok ? { ok: true, text: "密码已修改。其他设备上的登录已退出。" } : { ok: false, text: result.error });
    }),
  );

  return (
    <form method="post" onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      {FIELDS.map((f) => {
        const err = formState.errors[f.name];
        const described = [f.hint ? `${f.name}-hint` : null, err ? `${f.name}-error` : null].filter(Boolean).join(" ");
        return (
          <div key={f.name}>
            <label htmlFor={f.name} className="block text-sm font-medium">{f.label}</label>
            <input id={f.name} type="password" autoComplete={f.autoComplete} {...register(f.name)}
              aria-invalid={!!err} aria-describedby={described || undefined}
              className="mt-1 w-full rounded border border-slate-300 px-3 py-2" />
            {f.hint && <p id={`${f.name}-hint`} className="mt-1 text-xs text-slate-600">{f.hint}</p>}
            {err && <p id={`${f.name}-error`} className="mt-1 text-sm text-red-700">{err.message}</p>}
          </div>
        );
      })}
      {message && (
        <p role={message.ok ? "status" : "alert"} className={`rounded px-3 py-2 text-sm ${message.ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-800"}`}>
          {message.text}
        </p>
      )}
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-5 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? "正在保存…" : "修改密码"}
      </button>
    </form>
  );
}
