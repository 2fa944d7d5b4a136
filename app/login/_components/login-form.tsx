"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { loginAction } from "../actions";

const schema = z.object({
  username: z.string().trim().min(1, "请输入用户名"),
  password: z.string().min(1, "请输入密码"),
});

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const { register, handleSubmit, formState } = useForm<z.infer<typeof schema>>({ resolver: zodResolver(schema) });

  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      setError(undefined);
      const result = await loginAction({ ...values, callbackUrl });
      if (result?.error) setError(result.error);
    }),
  );

  return (
    <form method="post" onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      <div>
        <label htmlFor="username" className="block text-sm font-medium">用户名</label>
        <input id="username" autoComplete="username" {...register("username")} aria-invalid={!!formState.errors.username}
          aria-describedby={formState.errors.username ? "username-error" : undefined}
          className="mt-1 w-full rounded border border-slate-300 px-3 py-2" />
        {formState.errors.username && <p id="username-error" className="mt-1 text-sm text-red-700">{formState.errors.username.message}</p>}
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">密码</label>
        <input id="password" type="password" autoComplete="current-password" {...register("password")}
          aria-invalid={!!formState.errors.password} aria-describedby={formState.errors.password ? "password-error" : undefined}
          className="mt-1 w-full rounded border border-slate-300 px-3 py-2" />
        {formState.errors.password && <p id="password-error" className="mt-1 text-sm text-red-700">{formState.errors.password.message}</p>}
      </div>
      {error && <p role="alert" className="rounded bg-red-50 px-3 py-2 text-sm text-red-800">{error}</p>}
      <button type="submit" disabled={pending}
        className="w-full rounded bg-brand-600 py-2.5 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? "正在登录…" : "登录"}
      </button>
    </form>
  );
}
