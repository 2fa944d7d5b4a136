"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { updateAccountAction } from "@/app/workspace/admin/accounts/actions";
import { ROLE_LABELS } from "@/lib/dal/types";
import { updateAccountSchema, type UpdateAccountInput } from "@/lib/validation/admin-input";
import { applyResult, Field, type FormMessageValue, inputClass, SubmitRow } from "./form-bits";
import { fittingRole, rolesFor } from "./role-select";
import { UnitOptions, type UnitOption } from "./unit-options";

/** Name, unit and role of an account. An administrator editing themselves keeps the administrator role. */
export function AccountEditForm({ account, units, self }: { account: UpdateAccountInput; units: UnitOption[]; self: boolean }) {
  const [message, setMessage] = useState<FormMessageValue>();
  const [pending, startTransition] = useTransition();
  const kindOf = (id: number) => units.find((u) => u.id === id)?.kind;
  const { register, handleSubmit, formState, setError, control, getValues, setValue } = useForm<UpdateAccountInput>({
    resolver: zodResolver(updateAccountSchema),
    defaultValues: account,
  });
  const errors = formState.errors;
  const selectedUnit = useWatch({ control, name: "unitId" });

  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      setMessage(applyResult(await updateAccountAction(values), setError, "已保存。新的单位和角色立即生效。"));
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="account-edit-heading" className="rounded border border-slate-200 bg-white p-4">
      <h2 id="account-edit-heading" className="font-semibold">姓名、单位和角色</h2>
      <div className="mt-3 space-y-4">
        <Field id="edit-display-name" label="姓名或称呼" error={errors.displayName?.message}>
          {(a) => <input {...a} autoComplete="off" {...register("displayName")} className={inputClass} />}
        </Field>
        <Field id="edit-unit" label="所属单位" error={errors.unitId?.message}>
          {(a) => (
            <select
              {...a}
              {...register("unitId", {
                valueAsNumber: true,
                onChange: (e) => setValue("role", fittingRole(getValues("role"), kindOf(Number(e.target.value)))),
              })}
              className={inputClass}
            >
              <UnitOptions units={units} />
            </select>
          )}
        </Field>
        <Field id="edit-role" label="角色" error={errors.role?.message} hint={self ? "您不能取消自己的管理员角色。" : undefined}>
          {(a) => (
            <select {...a} {...register("role")} className={inputClass}>
              {rolesFor(kindOf(selectedUnit))
                .filter((r) => !self || r === "admin")
                .map((r) => (
                  <option key={r} value={r}>{ROLE_LABELS[r]}</option>
                ))}
            </select>
          )}
        </Field>
      </div>
      <SubmitRow pending={pending} label="保存" pendingLabel="正在保存…" message={message} />
    </form>
  );
}
