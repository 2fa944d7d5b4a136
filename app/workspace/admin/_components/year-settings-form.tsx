"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Controller, useForm } from "react-hook-form";
import { statutoryDeadlines, updateYearSchema, type UpdateYearInput } from "@/lib/validation/admin-input";
import { formatDate } from "@/lib/format-date";
import { updateYearAction } from "../years/actions";
import { Field, inputClass } from "./form-bits";
import { FormCard } from "./form-card";
import { useActionSubmit } from "./use-action-submit";

interface Option {
  id: string;
  name: string;
}

/** Format version (locked once any value is filled in), local tables and the two deadlines of a year. */
export function YearSettingsForm({ settings, hasValues, versions, locals }: { settings: UpdateYearInput; hasValues: boolean; versions: Option[]; locals: Option[] }) {
  const form = useForm<UpdateYearInput>({ resolver: zodResolver(updateYearSchema), defaultValues: settings });
  const { onSubmit, pending, message } = useActionSubmit(form, updateYearAction, "已保存年度设置。");
  const { register, control, formState: { errors } } = form;
  const statutory = statutoryDeadlines(settings.year);

  return (
    <FormCard id="year-settings" title="年度设置" onSubmit={onSubmit} fieldsClassName="grid gap-4 md:grid-cols-2" submitLabel="保存" pendingLabel="正在保存…" pending={pending} message={message}>
      {hasValues ? (
        <div>
          <p className="block text-sm font-medium">格式版本</p>
          <p className="mt-1 px-1 py-2">{versions.find((v) => v.id === settings.formatVersion)?.name ?? settings.formatVersion}</p>
          <p className="mt-1 text-xs text-slate-600">已有单位填报了数据，格式版本不能再更改。</p>
        </div>
      ) : (
        <Field id="year-format" label="格式版本" error={errors.formatVersion?.message} hint="单位开始填报数据后不能再更改。">
          {(a) => (
            <select {...a} {...register("formatVersion")} className={inputClass}>
              {versions.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
            </select>
          )}
        </Field>
      )}
      <fieldset aria-describedby={errors.localTables ? "year-locals-error" : undefined}>
        <legend className="block text-sm font-medium">地方表格</legend>
        <Controller
          control={control}
          name="localTables"
          render={({ field }) => (
            <div className="mt-1 space-y-1">
              {locals.map((t) => (
                <label key={t.id} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={field.value.includes(t.id)}
                    onChange={(e) => field.onChange(e.target.checked ? [...field.value, t.id] : field.value.filter((v) => v !== t.id))}
                  />
                  {t.name}
                </label>
              ))}
            </div>
          )}
        />
        {errors.localTables && <p id="year-locals-error" className="mt-1 text-sm text-red-700">{errors.localTables.message}</p>}
      </fieldset>
      <Field id="year-unit-deadline" label="单位报送截止日期" error={errors.unitDeadline?.message} hint={`法定期限 ${formatDate(statutory.unit)}；可设更早的内部日期，留出审核时间。`}>
        {(a) => <input {...a} type="date" {...register("unitDeadline")} className={inputClass} />}
      </Field>
      <Field id="year-consolidated-deadline" label="本级报告截止日期" error={errors.consolidatedDeadline?.message} hint={`法定期限 ${formatDate(statutory.consolidated)}。`}>
        {(a) => <input {...a} type="date" {...register("consolidatedDeadline")} className={inputClass} />}
      </Field>
      <div className="sm:col-span-2">
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" {...register("unitsPublish")} className="mt-0.5 h-4 w-4" aria-describedby="year-units-publish-hint" />
          <span className="font-medium">允许各单位审核签发人自行发布审核通过的报告</span>
        </label>
        <p id="year-units-publish-hint" className="mt-1 ml-6 text-xs text-slate-600">不勾选时，审核通过的报告由政务公开办公室发布。更正（重新打开）始终由政务公开办公室办理。</p>
      </div>
    </FormCard>
  );
}
