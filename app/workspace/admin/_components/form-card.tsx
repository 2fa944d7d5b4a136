"use client";

import type { FormEventHandler, ReactNode } from "react";
import { type FormMessageValue, SubmitRow } from "./form-bits";

/** An administration form in its card: a heading that names the form, the fields, and the submit row. */
export function FormCard({
  id,
  title,
  onSubmit,
  fieldsClassName,
  submitLabel,
  pendingLabel,
  pending,
  message,
  children,
}: {
  /** Prefix of the heading's id. */
  id: string;
  title: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** How the fields are laid out (grid columns or a single column). */
  fieldsClassName: string;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  message: FormMessageValue;
  children: ReactNode;
}) {
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`} className="rounded border border-slate-200 bg-white p-4">
      <h2 id={`${id}-heading`} className="font-semibold">{title}</h2>
      <div className={`mt-3 ${fieldsClassName}`}>{children}</div>
      <SubmitRow pending={pending} label={submitLabel} pendingLabel={pendingLabel} message={message} />
    </form>
  );
}
