"use client";

import { useCallback, useRef, useState, type ClipboardEvent, type FocusEvent, type KeyboardEvent } from "react";
import type { ReportFormat } from "@/lib/report-format";
import { isBlock, parseClipboard } from "@/lib/grid/clipboard";
import { nextCell, type Move } from "@/lib/grid/navigate";
import { planPaste, type PastePlan } from "@/lib/grid/rectangle";
import { emptyHistory, record, redo, undo, type CellChange, type UndoState } from "@/lib/grid/undo";
import type { ReportDraft } from "./report-draft";

export type OpenPaste = Extract<PastePlan, { ok: true }> & { startKey: string; startName: string };

const KEY_MOVES: Record<string, Move> = { ArrowUp: "up", ArrowDown: "down", ArrowLeft: "left", ArrowRight: "right", Home: "home", End: "end" };

/** The cell input an event happened in (a number cell of the grid), if any. */
function cellOf(target: EventTarget | null): { el: HTMLInputElement; key: string } | null {
  if (!(target instanceof HTMLInputElement)) return null;
  const key = target.dataset.cell;
  return key ? { el: target, key } : null;
}

export function focusCell(key: string) {
  const el = document.querySelector<HTMLInputElement>(`input[data-cell="${CSS.escape(key)}"]`);
  el?.focus();
  el?.select();
}

/**
 * Spreadsheet habits for the section's grid, by event delegation on the section element: block paste with a
 * preview, Enter/arrows/Home/End movement, Esc, and undo/redo. Every change of several cells goes through
 * ReportDraft.setCellTexts, so it is one save with the usual conflict checks and history.
 */
export function useGridEditing(format: ReportFormat, draft: ReportDraft, readOnly: boolean) {
  // The history lives in a ref (read and written synchronously by key handlers) mirrored into state for rendering.
  const historyRef = useRef<UndoState>(emptyHistory);
  const [history, setHistoryState] = useState<UndoState>(emptyHistory);
  const setHistory = useCallback((h: UndoState) => {
    historyRef.current = h;
    setHistoryState(h);
  }, []);
  const [paste, setPaste] = useState<OpenPaste | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  // The focused cell's text when it got focus: what a typed value is undone to.
  const focused = useRef<{ key: string; text: string } | null>(null);
  const textOf = useCallback((key: string) => draft.getSnapshot().texts[key] ?? draft.savedText(key), [draft]);

  /** A typed value becomes one undo step when the person leaves the cell (or undoes). */
  const commitTyped = useCallback(() => {
    const f = focused.current;
    if (!f) return;
    const now = textOf(f.key);
    if (now !== f.text) {
      const name = format.cellByKey.get(f.key)?.name ?? f.key;
      setHistory(record(historyRef.current, { label: `输入 ${name}`, changes: [{ key: f.key, before: f.text, after: now }] }));
      f.text = now;
    }
  }, [format, textOf, setHistory]);

  const apply = useCallback(
    (texts: Record<string, string>) => {
      void draft.setCellTexts(texts);
      // The cell with focus now holds the applied text: leaving it is not a new typed step.
      if (focused.current && texts[focused.current.key] !== undefined) focused.current.text = texts[focused.current.key];
    },
    [draft],
  );

  /** A paste or a fill: one step, one save. */
  const applyStep = useCallback(
    (label: string, texts: Record<string, string>) => {
      commitTyped();
      const changes: CellChange[] = Object.entries(texts).map(([key, after]) => ({ key, before: textOf(key), after }));
      setHistory(record(historyRef.current, { label, changes }));
      apply(texts);
    },
    [apply, commitTyped, textOf, setHistory],
  );

  const doUndo = useCallback(() => {
    commitTyped();
    const u = undo(historyRef.current);
    if (!u) return;
    setHistory(u.state);
    apply(u.texts);
  }, [apply, commitTyped, setHistory]);

  const doRedo = useCallback(() => {
    commitTyped();
    const r = redo(historyRef.current);
    if (!r) return;
    setHistory(r.state);
    apply(r.texts);
  }, [apply, commitTyped, setHistory]);

  const onFocus = (e: FocusEvent) => {
    const c = cellOf(e.target);
    if (c) focused.current = { key: c.key, text: textOf(c.key) };
  };
  const onBlur = (e: FocusEvent) => {
    if (cellOf(e.target)) {
      commitTyped();
      focused.current = null;
    }
  };

  const onPaste = (e: ClipboardEvent) => {
    const c = cellOf(e.target);
    if (!c || readOnly || c.el.readOnly) return;
    const block = parseClipboard(e.clipboardData.getData("text/plain"), e.clipboardData.getData("text/html"));
    // One value into one cell pastes as the browser does.
    if (!isBlock(block)) return;
    e.preventDefault();
    const plan = planPaste(format, c.key, block, textOf, (key) => draft.cellUnit(key));
    if (!plan.ok) {
      setPaste(null);
      setRefusal(plan.message);
      return;
    }
    setRefusal(null);
    setPaste({ ...plan, startKey: c.key, startName: format.cellByKey.get(c.key)!.name });
  };

  const confirmPaste = () => {
    if (!paste) return;
    applyStep(`粘贴 ${paste.changes.length} 格`, Object.fromEntries(paste.changes.map((t) => [t.key, t.after])));
    const start = paste.startKey;
    setPaste(null);
    focusCell(start);
  };
  const cancelPaste = () => {
    const start = paste?.startKey;
    setPaste(null);
    if (start) focusCell(start);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const c = cellOf(e.target);
    if (!c) return;
    const mod = e.ctrlKey || e.metaKey;
    if (mod && !e.altKey) {
      const k = e.key.toLowerCase();
      if ((k === "z" && !e.shiftKey) || k === "y" || (k === "z" && e.shiftKey)) {
        e.preventDefault();
        if (readOnly) return;
        if (k === "z" && !e.shiftKey) doUndo();
        else doRedo();
      }
      return;
    }
    if (e.altKey) return;
    if (e.key === "Escape") {
      if (readOnly || c.el.readOnly) return;
      e.preventDefault();
      const saved = draft.savedText(c.key);
      if (textOf(c.key) !== saved) draft.setCellText(c.key, saved);
      return;
    }
    const move: Move | undefined = e.key === "Enter" ? (e.shiftKey ? "up" : "down") : e.shiftKey ? undefined : KEY_MOVES[e.key];
    if (!move) return;
    e.preventDefault();
    const target = nextCell(format, c.key, move);
    if (target) focusCell(target);
  };

  return {
    history,
    paste,
    refusal,
    dismissRefusal: () => setRefusal(null),
    confirmPaste,
    cancelPaste,
    applyStep,
    undo: doUndo,
    redo: doRedo,
    handlers: { onFocus, onBlur, onPaste, onKeyDown },
  };
}
