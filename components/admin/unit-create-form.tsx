"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { createUnitAction } from "@/app/workspace/admin/units/actions";
import { createUnitSchema, UNIT_KIND_LABELS, UNIT_KINDS, type CreateUnitInput } from "@/lib/validation/admin-input";
import { applyResult, Field, type FormMessageValue, inputClass, SubmitRow } from "./form-bits";

export function UnitCreateForm() {
  const [message, setMessage] = useState<FormMessageValue>();
  const [pending, startTransition] = useTransition();
  const { register, handleSubmit, formState, setError, reset } = useForm<CreateUnitInput>({
    resolver: zodResolver(createUnitSchema),
    defaultValues: { code: "", name: "", kind: "agency" },
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      const result = await createUnitAction(values);
      setMessage(applyResult(result, setError, `已添加单位“${values.name}”。`));
      if (result.ok) reset();
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="unit-create-heading" className="rounded border border-slate-200 bg-white p-4">
      <h2 id="unit-create-heading" className="font-semibold">添加单位</h2>
      <div className="mt-3 grid gap-4 md:grid-cols-3">
        <Field id="new-unit-code" label="单位代码" error={errors.code?.message} hint="小写英文字母、数字和连字符，用于账户名，添加后不能修改">
          {(a) => <input {...a} autoComplete="off" {...register("code")} className={inputClass} />}
        </Field>
        <Field id="new-unit-name" label="单位名称" error={errors.name?.message}>
          {(a) => <input {...a} autoComplete="off" {...register("name")} className={inputClass} />}
        </Field>
        <Field id="new-unit-kind" label="单位类型" error={errors.kind?.message}>
          {(a) => (
            <select {...a} {...register("kind")} className={inputClass}>
              {UNIT_KINDS.map((k) => (
                <option key={k} value={k}>{UNIT_KIND_LABELS[k]}</option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <SubmitRow pending={pending} label="添加单位" pendingLabel="正在添加…" message={message} />
    </form>
  );
}
