"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { updateUnitAction } from "@/app/workspace/admin/units/actions";
import { UNIT_KIND_LABELS, UNIT_KINDS, updateUnitSchema, type UpdateUnitInput } from "@/lib/validation/admin-input";
import { applyResult, Field, type FormMessageValue, inputClass, SubmitRow } from "./form-bits";

/** Rename a unit or change its kind. */
export function UnitEditForm({ unit }: { unit: UpdateUnitInput }) {
  const [message, setMessage] = useState<FormMessageValue>();
  const [pending, startTransition] = useTransition();
  const { register, handleSubmit, formState, setError } = useForm<UpdateUnitInput>({
    resolver: zodResolver(updateUnitSchema),
    defaultValues: unit,
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      setMessage(applyResult(await updateUnitAction(values), setError, "已保存。"));
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="unit-edit-heading" className="rounded border border-slate-200 bg-white p-4">
      <h2 id="unit-edit-heading" className="font-semibold">名称和类型</h2>
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <Field id="unit-name" label="单位名称" error={errors.name?.message}>
          {(a) => <input {...a} autoComplete="off" {...register("name")} className={inputClass} />}
        </Field>
        <Field id="unit-kind" label="单位类型" error={errors.kind?.message}>
          {(a) => (
            <select {...a} {...register("kind")} className={inputClass}>
              {UNIT_KINDS.map((k) => (
                <option key={k} value={k}>{UNIT_KIND_LABELS[k]}</option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <SubmitRow pending={pending} label="保存" pendingLabel="正在保存…" message={message} />
    </form>
  );
}
