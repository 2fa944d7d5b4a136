"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { UNIT_KIND_LABELS, UNIT_KINDS } from "@/lib/domain";
import { updateUnitSchema, type UpdateUnitInput } from "@/lib/validation/admin-input";
import { updateUnitAction } from "../units/actions";
import { ChoiceField, TextField } from "./form-bits";
import { FormCard } from "./form-card";
import { useActionSubmit } from "./use-action-submit";

/** Rename a unit or change its kind. */
export function UnitEditForm({ unit }: { unit: UpdateUnitInput }) {
  const form = useForm<UpdateUnitInput>({ resolver: zodResolver(updateUnitSchema), defaultValues: unit });
  const { onSubmit, pending, message } = useActionSubmit(form, updateUnitAction, "已保存。");

  return (
    <FormCard id="unit-edit" title="名称和类型" onSubmit={onSubmit} fieldsClassName="grid gap-4 md:grid-cols-2" submitLabel="保存" pendingLabel="正在保存…" pending={pending} message={message}>
      <TextField form={form} name="name" id="unit-name" label="单位名称" />
      <ChoiceField form={form} name="kind" id="unit-kind" label="单位类型" values={UNIT_KINDS} labels={UNIT_KIND_LABELS} />
    </FormCard>
  );
}
