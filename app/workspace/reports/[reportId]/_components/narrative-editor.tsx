"use client";

import { NARRATIVE_MAX_CHARS } from "@/lib/validation/report-input";

interface Props {
  id: string;
  label: string;
  hint?: string;
  required: boolean;
  text: string;
  readOnly: boolean;
  onChange: (text: string) => void;
  /** The same section of the unit's previous report, shown folded for reference. */
  previous?: { year: number; text: string };
  /** Said beside the previous text where copying it is itself a fault (五: 内容雷同). */
  previousWarning?: string;
}

/** Plain text with paragraphs; headings such as （一）… are written on their own line. */
export function NarrativeEditor({ id, label, hint, required, text, readOnly, onChange, previous, previousWarning }: Props) {
  const rows = Math.min(30, Math.max(6, text.split("\n").length + 2));
  return (
    <div className="mt-4">
      <label htmlFor={id} className="block font-medium">
        {label}
        {required && <span className="ml-1 text-sm font-normal text-red-700">（必填）</span>}
      </label>
      {hint && <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">{hint}</p>}
      {previous && (
        <details className="mt-2 rounded border border-slate-200 bg-white text-sm" data-testid={`${id}-previous`}>
          <summary className="cursor-pointer px-3 py-1.5 text-slate-700">参考：{previous.year}年度报告的这一部分</summary>
          {previousWarning && <p className="px-3 text-amber-900">{previousWarning}</p>}
          <div tabIndex={0} role="region" aria-label={`${previous.year}年度正文`} className="max-h-64 overflow-y-auto px-3 pt-1 pb-2 leading-7 whitespace-pre-line text-slate-700">
            {previous.text}
          </div>
        </details>
      )}
      <textarea
        id={id}
        value={text}
        readOnly={readOnly}
        rows={rows}
        maxLength={NARRATIVE_MAX_CHARS}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)}
        className="mt-2 w-full rounded border border-slate-300 bg-white p-3 leading-7 focus:border-blue-700 read-only:bg-slate-50"
        placeholder="每段一行；小标题如“（一）主动公开情况”单独成行。"
      />
      <p className="text-right text-xs text-slate-500">{text.length} 字</p>
    </div>
  );
}
