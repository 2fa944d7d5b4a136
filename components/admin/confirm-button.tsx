"use client";

import { secondaryButton } from "./form-bits";

/**
 * A consequential step in two clicks: the first asks, the second (which names what will happen) acts.
 * The caller owns `confirming` so that it can reset it when the action has run.
 */
export function ConfirmButton({
  label,
  confirmLabel,
  pendingLabel,
  confirming,
  pending,
  disabled = false,
  onAsk,
  onConfirm,
  onCancel,
}: {
  label: string;
  confirmLabel: string;
  pendingLabel: string;
  confirming: boolean;
  pending: boolean;
  disabled?: boolean;
  onAsk: () => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  if (!confirming) {
    return (
      <button type="button" disabled={disabled} onClick={onAsk} className={secondaryButton}>
        {label}
      </button>
    );
  }
  return (
    <>
      <button type="button" onClick={onConfirm} disabled={pending} className={secondaryButton}>
        {pending ? pendingLabel : confirmLabel}
      </button>
      <button type="button" onClick={onCancel} className="text-sm text-blue-800 hover:underline">取消</button>
    </>
  );
}
