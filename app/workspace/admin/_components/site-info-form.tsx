"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { siteInfoSchema, type SiteInfoInput } from "@/lib/validation/settings-input";
import { setSiteInfoAction } from "../actions";

const FIELDS: { name: keyof SiteInfoInput; label: string; hint: string }[] = [
  { name: "sponsor", label: "主办单位", hint: "如：宁波市北仑区人民政府办公室" },
  { name: "contact", label: "联系方式", hint: "地址、电话，如：宁波市北仑区新碶街道 电话 0574-XXXXXXXX" },
  { name: "siteCode", label: "网站标识码", hint: "10 位数字，由政府网站管理部门分配" },
  { name: "icp", label: "ICP 备案号", hint: "如：浙ICP备XXXXXXXX号" },
  { name: "police", label: "公安机关备案号", hint: "如：浙公网安备 XXXXXXXXXXXXXX号" },
];

/** The public site's footer, as Chinese government sites must show it; a field left empty is not shown. */
export function SiteInfoForm({ info }: { info: SiteInfoInput }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [pending, startTransition] = useTransition();
  const { register, handleSubmit, formState } = useForm<SiteInfoInput>({ resolver: zodResolver(siteInfoSchema), defaultValues: info });
  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      const r = await setSiteInfoAction(values);
      setMessage(r.ok ? { ok: true, text: "已保存，公开页面已更新。" } : { ok: false, text: r.error });
    }),
  );
  return (
    <form method="post" onSubmit={onSubmit} className="mt-6 rounded border border-slate-200 bg-white p-5" noValidate>
      <h2 className="font-semibold">公开网站信息</h2>
      <p className="text-sm text-slate-600">显示在公开页面底部（政府网站须标明主办单位、联系方式、网站标识码和备案号）；未填写的项不显示。</p>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        {FIELDS.map((f) => (
          <div key={f.name}>
            <label htmlFor={`site-${f.name}`} className="block text-sm font-medium">{f.label}</label>
            <input id={`site-${f.name}`} {...register(f.name)} aria-invalid={!!formState.errors[f.name]} aria-describedby={`site-${f.name}-hint`} className="mt-1 w-full rounded border border-slate-300 px-3 py-2" />
            <p id={`site-${f.name}-hint`} className="text-xs text-slate-600">{f.hint}</p>
            {formState.errors[f.name] && <p className="text-sm text-red-700">{formState.errors[f.name]?.message}</p>}
          </div>
        ))}
      </div>
      <button type="submit" disabled={pending} className="mt-3 rounded bg-brand-600 px-4 py-2 text-white disabled:opacity-60">保存</button>
      {message && <p role={message.ok ? "status" : "alert"} className={`mt-1 text-sm ${message.ok ? "text-green-800" : "text-red-700"}`}>{message.text}</p>}
    </form>
  );
}
