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
      <button
        type="button"
        disabled={disabled || !last}
        onClick={onUndo}
        title={last ? `撤销：${last.label}（Ctrl+Z）` : "没有可撤销的操作"}
        className="rounded border border-slate-400 bg-white px-2 py-1 disabled:opacity-50"
      >
        撤销
      </button>
      <button
        type="button"
        disabled={disabled || !next}
        onClick={onRedo}
        title={next ? `重做：${next.label}（Ctrl+Y）` : "没有可重做的操作"}
        className="rounded border border-slate-400 bg-white px-2 py-1 disabled:opacity-50"
      >
        重做
      </button>
    </div>
  );
}
