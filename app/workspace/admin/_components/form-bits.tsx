"use client";

import type { ReactNode } from "react";
import type { FieldValues, Path, UseFormReturn, UseFormSetError } from "react-hook-form";

export const inputClass = "mt-1 w-full rounded border border-slate-300 bg-white px-3 py-2";
export const primaryButton = "rounded bg-brand-600 px-5 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60";
export const secondaryButton = "rounded border border-slate-400 bg-white px-4 py-2 text-sm hover:bg-slate-100 disabled:opacity-60";

export interface A11yProps {
  id: string;
  "aria-invalid": boolean;
  "aria-describedby"?: string;
}

/** A labelled control with its error under it; the control receives its id and ARIA wiring. */
export function Field({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: string; children: (a: A11yProps) => ReactNode }) {
  const described = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      {children({ id, "aria-invalid": !!error, "aria-describedby": described || undefined })}
      {hint && <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">{hint}</p>}
      {error && <p id={`${id}-error`} className="mt-1 text-sm text-red-700">{error}</p>}
    </div>
  );
}

/** What a field needs of its form: useForm's return, or a narrower view of one (account-unit-role-fields). */
export type FieldForm<T extends FieldValues> = Pick<UseFormReturn<T>, "register" | "getFieldState" | "formState">;

/** The field's refusal, if any (passing formState subscribes the form to its errors). */
function errorOf<T extends FieldValues>(form: FieldForm<T>, name: Path<T>): string | undefined {
  return form.getFieldState(name, form.formState).error?.message;
}

/** A labelled text input bound to the form field `name`. */
export function TextField<T extends FieldValues>({
  form,
  name,
  id,
  label,
  hint,
  type,
  autoComplete = "off",
}: {
  form: FieldForm<T>;
  name: Path<T>;
  id: string;
  label: string;
  hint?: string;
  type?: "password";
  autoComplete?: string;
}) {
  return (
    <Field id={id} label={label} error={errorOf(form, name)} hint={hint}>
      {(a) => <input {...a} type={type} autoComplete={autoComplete} {...form.register(name)} className={inputClass} />}
    </Field>
  );
}

/** A labelled whole-number input bound to the form field `name`; an emptied input is NaN, for the schema to refuse. */
export function NumberField<T extends FieldValues>({ form, name, id, label, hint, min, max }: { form: FieldForm<T>; name: Path<T>; id: string; label: string; hint?: string; min?: number; max?: number }) {
  return (
    <Field id={id} label={label} error={errorOf(form, name)} hint={hint}>
      {(a) => <input {...a} type="number" inputMode="numeric" step={1} min={min} max={max} {...form.register(name, { valueAsNumber: true })} className={inputClass} />}
    </Field>
  );
}

/** A labelled select of fixed values shown by their Chinese labels (unit kinds, roles), bound to the form field `name`. */
export function ChoiceField<T extends FieldValues, V extends string>({
  form,
  name,
  id,
  label,
  hint,
  values,
  labels,
}: {
  form: FieldForm<T>;
  name: Path<T>;
  id: string;
  label: string;
  hint?: string;
  values: readonly V[];
  labels: Record<V, string>;
}) {
  return (
    <Field id={id} label={label} error={errorOf(form, name)} hint={hint}>
      {(a) => (
        <select {...a} {...form.register(name)} className={inputClass}>
          {values.map((v) => (
            <option key={v} value={v}>{labels[v]}</option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The submit button (its label changing while the action runs) and the action's answer beside it. */
export function SubmitRow({ pending, label, pendingLabel, message }: { pending: boolean; label: string; pendingLabel: string; message: FormMessageValue }) {
  return (
    <div className="mt-4 flex flex-wrap items-center gap-4">
      <button type="submit" disabled={pending} className={primaryButton}>{pending ? pendingLabel : label}</button>
      <FormMessage message={message} />
    </div>
  );
}

export type FormMessageValue = { ok: boolean; text: string } | undefined;

export function FormMessage({ message }: { message: FormMessageValue }) {
  if (!message) return null;
  return (
    <p role={message.ok ? "status" : "alert"} className={`rounded px-3 py-2 text-sm ${message.ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-800"}`}>
      {message.text}
    </p>
  );
}

/** Any ActionResult, whatever its data. */
export type Settled = { ok: true } | { ok: false; error: string; fieldErrors?: Record<string, string> };

/** Puts the server's per-field refusals under their fields; returns the message for the form as a whole. */
export function applyResult<T extends FieldValues>(result: Settled, setError: UseFormSetError<T>, okText: string): FormMessageValue {
  if (result.ok) return { ok: true, text: okText };
  for (const [name, message] of Object.entries(result.fieldErrors ?? {})) setError(name as Path<T>, { type: "server", message });
  return { ok: false, text: result.error };
}
