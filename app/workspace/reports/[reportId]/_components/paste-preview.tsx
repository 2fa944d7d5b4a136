"use client";

import { useEffect, useRef } from "react";
import type { PasteTarget } from "@/lib/grid/rectangle";

interface Props {
  startName: string;
  rows: number;
  cols: number;
  changes: PasteTarget[];
  invalid: PasteTarget[];
  derivedSkipped: string[];
  onConfirm: () => void;
  onCancel: () => void;
}

const shown = (text: string) => (text === "" ? "（空）" : text);

/** What a block paste will change, cell by cell, before anything is saved. Esc or 取消 changes nothing. */
export function PastePreview({ startName, rows, cols, changes, invalid, derivedSkipped, onConfirm, onCancel }: Props) {
  const confirm = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => (changes.length ? confirm : cancel).current?.focus(), [changes.length]);
  return (
    <div
      role="dialog"
      aria-modal="false"
      aria-labelledby="paste-preview-title"
      className="mt-3 rounded border-2 border-blue-700 bg-white p-3 text-sm shadow"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <h3 id="paste-preview-title" className="font-semibold">
        粘贴预览：从“{startName}”起 {rows} 行 {cols} 列，将修改 {changes.length} 个单元格
      </h3>
      {changes.length > 0 && (
        <ul className="mt-2 max-h-64 overflow-y-auto" aria-label="将修改的单元格">
          {changes.map((t) => (
            <li key={t.key} data-testid="paste-change">
              {t.name}：{shown(t.before)} → <strong>{t.after}</strong>
            </li>
          ))}
        </ul>
      )}
      {invalid.length > 0 && (
        <div className="mt-2 text-red-800">
          <p className="font-medium">以下 {invalid.length} 个值不是有效的数字，不会粘贴：</p>
          <ul aria-label="不会粘贴的值">
            {invalid.map((t) => (
              <li key={t.key} data-testid="paste-invalid">
                {t.name}：“{t.after}”——{t.error}
              </li>
            ))}
          </ul>
        </div>
      )}
      {derivedSkipped.length > 0 && (
        <p className="mt-2 text-slate-600" data-testid="paste-derived">
          总计由系统自动计算，粘贴内容中落在总计格的 {derivedSkipped.length} 个值不会填入
          {derivedSkipped.length <= 3 ? `：${derivedSkipped.join("、")}` : `（如 ${derivedSkipped.slice(0, 2).join("、")} 等）`}
        </p>
      )}
      <div className="mt-3 flex gap-2">
        <button ref={confirm} type="button" disabled={changes.length === 0} onClick={onConfirm} className="rounded bg-brand-600 px-3 py-1.5 text-white disabled:opacity-50">
          确认粘贴
        </button>
        <button ref={cancel} type="button" onClick={onCancel} className="rounded border border-slate-400 bg-white px-3 py-1.5">
          取消
        </button>
      </div>
    </div>
  );
}
