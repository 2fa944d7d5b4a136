"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { UNIT_KIND_LABELS, UNIT_KINDS } from "@/lib/domain";
import { updateUnitSchema, type UpdateUnitInput } from "@/lib/validation/admin-input";
import { updateUnitAction } from "../units/actions";
import { ChoiceField, NumberField, TextField } from "./form-bits";
import { FormCard } from "./form-card";
import { useActionSubmit } from "./use-action-submit";
import { FULL_NAME_HINT } from "./unit-create-form";

/** Rename a unit, set its full name, change its kind or its place in the 机构序列. */
export function UnitEditForm({ unit }: { unit: UpdateUnitInput }) {
  const form = useForm<UpdateUnitInput>({ resolver: zodResolver(updateUnitSchema), defaultValues: unit });
  const { onSubmit, pending, message } = useActionSubmit(form, updateUnitAction, "已保存。");

  return (
    <FormCard id="unit-edit" title="名称和类型" onSubmit={onSubmit} fieldsClassName="grid gap-4 md:grid-cols-2" submitLabel="保存" pendingLabel="正在保存…" pending={pending} message={message}>
      <TextField form={form} name="name" id="unit-name" label="单位名称" />
      <TextField form={form} name="fullName" id="unit-full-name" label="单位全称（用于报告标题）" hint={FULL_NAME_HINT} />
      <ChoiceField form={form} name="kind" id="unit-kind" label="单位类型" values={UNIT_KINDS} labels={UNIT_KIND_LABELS} />
      <NumberField form={form} name="sortOrder" id="unit-sort-order" label="机构序列" hint="数字小的排在前面；公开页面和报送进度按此排序" min={0} max={99999} />
    </FormCard>
  );
}
