"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { updateAccountSchema, type UpdateAccountInput } from "@/lib/validation/admin-input";
import { updateAccountAction } from "../accounts/actions";
import { AccountUnitRoleFields } from "./account-unit-role-fields";
import { TextField } from "./form-bits";
import { FormCard } from "./form-card";
import type { UnitOption } from "./unit-options";
import { useActionSubmit } from "./use-action-submit";

/** Name, unit and role of an account. An administrator editing themselves keeps the administrator role. */
export function AccountEditForm({ account, units, self }: { account: UpdateAccountInput; units: UnitOption[]; self: boolean }) {
  const form = useForm<UpdateAccountInput>({ resolver: zodResolver(updateAccountSchema), defaultValues: account });
  const { onSubmit, pending, message } = useActionSubmit(form, updateAccountAction, "已保存。新的单位和角色立即生效。");

  return (
    <FormCard id="account-edit" title="姓名、单位和角色" onSubmit={onSubmit} fieldsClassName="space-y-4" submitLabel="保存" pendingLabel="正在保存…" pending={pending} message={message}>
      <TextField form={form} name="displayName" id="edit-display-name" label="姓名或称呼" />
      <AccountUnitRoleFields idPrefix="edit" form={form} units={units} roleHint={self ? "您不能取消自己的管理员角色。" : undefined} adminOnly={self} />
    </FormCard>
  );
}
