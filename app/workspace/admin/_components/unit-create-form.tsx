"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { UNIT_KIND_LABELS, UNIT_KINDS } from "@/lib/domain";
import { createUnitSchema, type CreateUnitInput } from "@/lib/validation/admin-input";
import { createUnitAction } from "../units/actions";
import { ChoiceField, TextField } from "./form-bits";
import { FormCard } from "./form-card";
import { useActionSubmit } from "./use-action-submit";

export const FULL_NAME_HINT = "如：宁波市北仑区教育局；不填则用单位名称";

export function UnitCreateForm() {
  const form = useForm<CreateUnitInput>({ resolver: zodResolver(createUnitSchema), defaultValues: { code: "", name: "", fullName: "", kind: "agency" } });
  const { onSubmit, pending, message } = useActionSubmit(form, createUnitAction, (values) => `已添加单位“${values.name}”。`, () => form.reset());

  return (
    <FormCard id="unit-create" title="添加单位" onSubmit={onSubmit} fieldsClassName="grid gap-4 md:grid-cols-2" submitLabel="添加单位" pendingLabel="正在添加…" pending={pending} message={message}>
      <TextField form={form} name="code" id="new-unit-code" label="单位代码" hint="小写英文字母、数字和连字符，用于账户名，添加后不能修改" />
      <TextField form={form} name="name" id="new-unit-name" label="单位名称" />
      <TextField form={form} name="fullName" id="new-unit-full-name" label="单位全称（用于报告标题）" hint={FULL_NAME_HINT} />
      <ChoiceField form={form} name="kind" id="new-unit-kind" label="单位类型" values={UNIT_KINDS} labels={UNIT_KIND_LABELS} />
    </FormCard>
  );
}
