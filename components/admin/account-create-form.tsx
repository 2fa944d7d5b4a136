"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { createAccountAction } from "@/app/workspace/admin/accounts/actions";
import { ROLE_LABELS } from "@/lib/dal/types";
import { createAccountSchema, type CreateAccountInput } from "@/lib/validation/admin-input";
import { PASSWORD_RULE } from "@/lib/validation/password-policy";
import { applyResult, Field, FormMessage, inputClass, primaryButton, type FormMessageValue } from "./form-bits";
import { fittingRole, rolesFor } from "./role-select";
import { UnitOptions, type UnitOption } from "./unit-options";

export function AccountCreateForm({ units, unitId }: { units: UnitOption[]; unitId?: number }) {
  const [message, setMessage] = useState<FormMessageValue>();
  const [pending, startTransition] = useTransition();
  const kindOf = (id: number) => units.find((u) => u.id === id)?.kind;
  const defaults = { username: "", displayName: "", password: "", role: fittingRole("editor", unitId ? kindOf(unitId) : undefined) };
  const { register, handleSubmit, formState, setError, reset, control, getValues, setValue } = useForm<CreateAccountInput>({
    resolver: zodResolver(createAccountSchema),
    defaultValues: { ...defaults, unitId },
  });
  const errors = formState.errors;
  const selectedUnit = useWatch({ control, name: "unitId" });

  const onSubmit = handleSubmit((values) =>
    startTransition(async () => {
      const result = await createAccountAction(values);
      setMessage(applyResult(result, setError, `已创建账户 ${values.username}（${values.displayName}）。`));
      if (result.ok) reset({ ...defaults, role: values.role, unitId: values.unitId });
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded border border-slate-200 bg-white p-4">
      <div className="grid gap-4 md:grid-cols-2">
        <Field id="account-username" label="用户名" error={errors.username?.message} hint="小写英文字母、数字、点、下划线和连字符，创建后不能修改">
          {(a) => <input {...a} autoComplete="off" {...register("username")} className={inputClass} />}
        </Field>
        <Field id="account-display-name" label="姓名或称呼" error={errors.displayName?.message}>
          {(a) => <input {...a} autoComplete="off" {...register("displayName")} className={inputClass} />}
        </Field>
        <Field id="account-unit" label="所属单位" error={errors.unitId?.message}>
          {(a) => (
            <select
              {...a}
              {...register("unitId", {
                valueAsNumber: true,
                onChange: (e) => setValue("role", fittingRole(getValues("role"), kindOf(Number(e.target.value)))),
              })}
              className={inputClass}
            >
              <option value="">请选择单位</option>
              <UnitOptions units={units} />
            </select>
          )}
        </Field>
        <Field id="account-role" label="角色" error={errors.role?.message} hint="办公室人员为审核员或管理员；填报单位人员为填报员或审核签发人">
          {(a) => (
            <select {...a} {...register("role")} className={inputClass}>
              {rolesFor(kindOf(selectedUnit)).map((r) => (
                <option key={r} value={r}>{ROLE_LABELS[r]}</option>
              ))}
            </select>
          )}
        </Field>
        <Field id="account-password" label="初始密码" error={errors.password?.message} hint={`${PASSWORD_RULE}；请告知本人登录后修改`}>
          {(a) => <input {...a} type="password" autoComplete="new-password" {...register("password")} className={inputClass} />}
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} className={primaryButton}>{pending ? "正在创建…" : "创建账户"}</button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}
