"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { governmentNameSchema, type GovernmentNameInput } from "@/lib/validation/settings-input";
import { setGovernmentNameAction } from "../actions";

/** 本级政府名称: printed in the consolidated report's title. */
export function GovernmentNameForm({ name }: { name: string }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [pending, startTransition] = useTransition();
  const { register, handleSubmit, formState } = useForm<GovernmentNameInput>({ resolver: zodResolver(governmentNameSchema), defaultValues: { name } });
  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      const r = await setGovernmentNameAction(values);
      setMessage(r.ok ? { ok: true, text: "已保存。" } : { ok: false, text: r.error });
    }),
  );
  return (
    <form method="post" onSubmit={onSubmit} className="mt-6 rounded border border-slate-200 bg-white p-5" noValidate>
      <label htmlFor="government-name" className="block font-semibold">本级政府名称</label>
      <p className="text-sm text-slate-600">用于本级汇总报告的标题，如“宁波市北仑区人民政府2020年政府信息公开工作年度报告”。</p>
      <div className="mt-2 flex gap-2">
        <input id="government-name" {...register("name")} aria-invalid={!!formState.errors.name} className="w-80 rounded border border-slate-300 px-3 py-2" />
        <button type="submit" disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-white disabled:opacity-60">保存</button>
      </div>
      {formState.errors.name && <p className="mt-1 text-sm text-red-700">{formState.errors.name.message}</p>}
      {message && <p role={message.ok ? "status" : "alert"} className={`mt-1 text-sm ${message.ok ? "text-green-800" : "text-red-700"}`}>{message.text}</p>}
    </form>
  );
}
