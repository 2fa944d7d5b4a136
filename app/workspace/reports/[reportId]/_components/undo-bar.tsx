"use client";

import type { UndoState } from "@/lib/grid/undo";

/**
 * Undo and redo for the grid (also Ctrl+Z / Ctrl+Y in a cell). The step each would undo is in its tooltip and
 * description, not its text: a label that grew with the step would move the page under the pointer mid-click.
 */
export function UndoBar({ history, disabled, onUndo, onRedo }: { history: UndoState; disabled: boolean; onUndo: () => void; onRedo: () => void }) {
  const last = history.done.at(-1);
  const next = history.undone.at(-1);
  return (
    <div className="flex items-center gap-1 text-sm">
      <StepButton label="撤销" step={last?.label} keys="Ctrl+Z" none="没有可撤销的操作" disabled={disabled} onClick={onUndo} />
      <StepButton label="重做" step={next?.label} keys="Ctrl+Y" none="没有可重做的操作" disabled={disabled} onClick={onRedo} />
    </div>
  );
}

function StepButton({ label, step, keys, none, disabled, onClick }: { label: string; step?: string; keys: string; none: string; disabled: boolean; onClick: () => void }) {
  return (
    <button
      type="button"
      disabled={disabled || !step}
      onClick={onClick}
      title={step ? `${label}：${step}（${keys}）` : none}
      className="rounded border border-slate-400 bg-white px-2 py-1 disabled:opacity-50"
    >
      {label}
    </button>
  );
}
