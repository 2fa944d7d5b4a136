"use client";

import { useState, useTransition } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { applyResult, type FormMessageValue, type Settled } from "./form-bits";

/**
 * Sends a form's values (checked by its resolver first) to a server action: the action's refusals go under
 * their fields, its answer into `message`; `onOk` runs after a success (to clear a creating form).
 */
export function useActionSubmit<T extends FieldValues>(
  form: UseFormReturn<T>,
  action: (values: T) => Promise<Settled>,
  okText: string | ((values: T) => string),
  onOk?: (values: T) => void,
) {
  const [message, setMessage] = useState<FormMessageValue>();
  const [pending, startTransition] = useTransition();
  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await action(values);
      setMessage(applyResult(result, form.setError, typeof okText === "string" ? okText : okText(values)));
      if (result.ok) onOk?.(values);
    }),
  );
  return { onSubmit, pending, message };
}
