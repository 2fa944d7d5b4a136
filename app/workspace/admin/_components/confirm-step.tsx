"use client";

import { useState, useTransition } from "react";
import { FormMessage, secondaryButton, type FormMessageValue } from "./form-bits";

/** Where a two-click step stands: asking or not, its action running or not, and the action's answer. */
export interface ConfirmStep {
  confirming: boolean;
  pending: boolean;
  message: FormMessageValue;
  ask: () => void;
  cancel: () => void;
  /** Runs the action; then the step stops asking and shows the answer the action returns (none: the old one stays). */
  run: (action: () => Promise<FormMessageValue | void>) => void;
}

/** The step's state lives with the caller, so that a changed choice can cancel it. */
export function useConfirmStep(): ConfirmStep {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<FormMessageValue>();
  const [pending, startTransition] = useTransition();
  return {
    confirming,
    pending,
    message,
    ask: () => setConfirming(true),
    cancel: () => setConfirming(false),
    run: (action) =>
      startTransition(async () => {
        const answer = await action();
        setConfirming(false);
        if (answer) setMessage(answer);
      }),
  };
}

/**
 * A consequential step in two clicks, with the action's answer beside it: the first click asks, the
 * second (which names what will happen) acts.
 */
export function ConfirmRow({
  step,
  label,
  confirmLabel,
  pendingLabel,
  disabled = false,
  onConfirm,
}: {
  step: ConfirmStep;
  label: string;
  confirmLabel: string;
  pendingLabel: string;
  disabled?: boolean;
  onConfirm: () => void;
}) {
  return (
    <div className="mt-3 flex flex-wrap items-center gap-3">
      {step.confirming ? (
        <>
          <button type="button" onClick={onConfirm} disabled={step.pending} className={secondaryButton}>
            {step.pending ? pendingLabel : confirmLabel}
          </button>
          <button type="button" onClick={step.cancel} className="text-sm text-blue-800 hover:underline">取消</button>
        </>
      ) : (
        <button type="button" disabled={disabled} onClick={step.ask} className={secondaryButton}>
          {label}
        </button>
      )}
      <FormMessage message={step.message} />
    </div>
  );
}
