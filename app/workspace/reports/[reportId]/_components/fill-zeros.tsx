"use client";

import { useState } from "react";

export interface FillOption {
  /** The button's text, e.g. 本表空白格填 0. */
  label: string;
  /** What the confirmation says it will do. */
  describe: (count: number) => string;
  /** The cells it sets to 0 (only those whose text is not already 0). */
  keys: string[];
}

/** Fill buttons for one table, each asking for confirmation with the number of cells it will change. */
export function FillZeros({ tableName, options, disabled, onFill }: { tableName: string; options: FillOption[]; disabled: boolean; onFill: (option: FillOption) => void }) {
  const [asking, setAsking] = useState<FillOption | null>(null);
  return (
    <div className="mb-1.5 mt-2 flex flex-wrap items-center gap-2 text-sm" role="group" aria-label={`${tableName}：快速填写`}>
      {options.map((o) => (
        <button
          key={o.label}
          type="button"
          disabled={disabled || o.keys.length === 0}
          onClick={() => setAsking(o)}
          className="rounded border border-slate-400 bg-white px-2 py-1 disabled:opacity-50"
        >
          {o.label}（{o.keys.length} 格）
        </button>
      ))}
      {asking && (
        <div role="alertdialog" aria-labelledby="fill-confirm-text" className="flex flex-wrap items-center gap-2 rounded border border-amber-500 bg-amber-50 px-2 py-1">
          <span id="fill-confirm-text">{asking.describe(asking.keys.length)}</span>
          <button
            type="button"
            autoFocus
            onClick={() => {
              onFill(asking);
              setAsking(null);
            }}
            className="rounded bg-brand-600 px-2 py-1 text-white"
          >
            确认填 0
          </button>
          <button type="button" onClick={() => setAsking(null)} className="rounded border border-slate-400 bg-white px-2 py-1">
            取消
          </button>
        </div>
      )}
    </div>
  );
}
