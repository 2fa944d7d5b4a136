"use client";

import { useSyncExternalStore } from "react";
import { formatTime } from "@/lib/format-date";
import type { CellSource } from "./cell-input";
import type { DraftSnapshot } from "./report-draft";
import { isUntouched, saveStatusText } from "./save-status-text";

const STYLE: Record<DraftSnapshot["status"], string> = {
  saved: "bg-green-50 text-green-800 border-green-200",
  dirty: "bg-slate-50 text-slate-700 border-slate-300",
  saving: "bg-blue-50 text-blue-800 border-blue-200",
  retrying: "bg-amber-50 text-amber-900 border-amber-300",
  failed: "bg-red-50 text-red-800 border-red-300",
  locked: "bg-red-50 text-red-800 border-red-300",
};

/**
 * Read from the draft itself, not from the editor's deferred snapshot: the status must never say 已保存 while
 * a change is waiting, not even for the moment before the rest of the page catches up with a keystroke.
 */
export function SaveStatus({ draft, onRetry }: { draft: CellSource; onRetry: () => void }) {
  const snap = useSyncExternalStore(draft.subscribe, draft.getSnapshot, draft.getSnapshot);
  const hasInvalid = Object.keys(snap.errors).length > 0;
  const detail =
    snap.status === "failed" || snap.status === "locked"
      ? snap.message
      : snap.status === "saved" && snap.lastSavedAt
        ? `（${formatTime(snap.lastSavedAt)}）`
        : undefined;
  const untouched = snap.status === "saved" && isUntouched(snap);
  return (
    <div className={`flex flex-wrap items-center gap-2 rounded border px-3 py-1.5 text-sm ${untouched ? STYLE.dirty : STYLE[snap.status]}`}>
      <span role="status" aria-live="polite" data-testid="save-status">
        {saveStatusText(snap)}
        {detail && <span className="ml-1">{detail}</span>}
      </span>
      {hasInvalid && <span className="text-red-700">· 有输入不正确的单元格，未保存</span>}
      {snap.status === "failed" && (
        <button type="button" onClick={onRetry} className="rounded border border-red-400 px-2 py-0.5 hover:bg-red-100">
          立即重试
        </button>
      )}
    </div>
  );
}
