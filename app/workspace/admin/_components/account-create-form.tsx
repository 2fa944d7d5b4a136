"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { createAccountSchema, type CreateAccountInput } from "@/lib/validation/admin-input";
import { PASSWORD_RULE } from "@/lib/validation/password-policy";
import { createAccountAction } from "../accounts/actions";
import { AccountUnitRoleFields } from "./account-unit-role-fields";
import { FormMessage, primaryButton, TextField } from "./form-bits";
import { fittingRole } from "./role-select";
import type { UnitOption } from "./unit-options";
import { useActionSubmit } from "./use-action-submit";

export function AccountCreateForm({ units, unitId }: { units: UnitOption[]; unitId?: number }) {
  const kindOf = (id: number) => units.find((u) => u.id === id)?.kind;
  const defaults = { username: "", displayName: "", password: "", role: fittingRole("editor", unitId ? kindOf(unitId) : undefined) };
  const form = useForm<CreateAccountInput>({ resolver: zodResolver(createAccountSchema), defaultValues: { ...defaults, unitId } });
  const { onSubmit, pending, message } = useActionSubmit(
    form,
    createAccountAction,
    (values) => `已创建账户 ${values.username}（${values.displayName}）。`,
    // The next account is often for the same unit and role.
    (values) => form.reset({ ...defaults, role: values.role, unitId: values.unitId }),
  );

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4 rounded border border-slate-200 bg-white p-4">
      <div className="grid gap-4 md:grid-cols-2">
        <TextField form={form} name="username" id="account-username" label="用户名" hint="小写英文字母、数字、点、下划线和连字符，创建后不能修改" />
        <TextField form={form} name="displayName" id="account-display-name" label="姓名或称呼" />
        <AccountUnitRoleFields idPrefix="account" form={form} units={units} unitPlaceholder="请选择单位" roleHint="办公室人员为审核员或管理员；填报单位人员为填报员或审核签发人" />
        <TextField form={form} name="password" id="account-password" label="初始密码" hint={`${PASSWORD_RULE}；请告知本人登录后修改`} type="password" autoComplete="new-password" />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} className={primaryButton}>{pending ? "正在创建…" : "创建账户"}</button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}
