"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { saveOfficeNarrativeAction } from "../actions";

interface Props {
  year: number;
  sectionKey: string;
  title: string;
  hint?: string;
  text: string;
  rev: number;
  canEdit: boolean;
}

type Conflict = { text: string; rev: number; by: string | null };

/** The consolidated report's text for one section, saved with an explicit button; never silently overwrites a colleague. */
export function NarrativeForm({ year, sectionKey, title, hint, text: initial, rev: initialRev, canEdit }: Props) {
  const router = useRouter();
  const [text, setText] = useState(initial);
  const [saved, setSaved] = useState({ text: initial, rev: initialRev });
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const dirty = text !== saved.text;

  const save = (baseRev: number) =>
    startTransition(async () => {
      const r = await saveOfficeNarrativeAction({ year, sectionKey, text, baseRev });
      if (!r.ok) return setMessage({ ok: false, text: r.error });
      if (r.data.conflict) {
        setConflict(r.data.conflict);
        return setMessage({ ok: false, text: `${r.data.conflict.by ?? "他人"}已修改了本部分，您的内容尚未保存。` });
      }
      setConflict(null);
      setSaved({ text, rev: r.data.rev });
      setMessage({ ok: true, text: "已保存。" });
      router.refresh();
    });

  return (
    <div>
      <label htmlFor="office-narrative" className="font-semibold">
        {title} · 本级汇总报告正文
      </label>
      {hint && <p className="mt-1 text-sm text-slate-600">{hint}</p>}
      <textarea
        id="office-narrative"
        value={text}
        onChange={(e) => setText(e.target.value)}
        readOnly={!canEdit}
        rows={22}
        className="mt-2 block w-full rounded border border-slate-400 px-3 py-2 leading-7"
      />
      <p className="mt-1 text-xs text-slate-500">{text.length} 字</p>
      {canEdit && (
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <button type="button" onClick={() => save(saved.rev)} disabled={pending || !dirty} className="rounded bg-brand-600 px-4 py-1.5 text-white hover:bg-brand-700 disabled:opacity-50">
            保存正文
          </button>
          {dirty && <span className="text-sm text-slate-600">有未保存的修改</span>}
          {message && (
            <span role={message.ok ? "status" : "alert"} className={`text-sm ${message.ok ? "text-green-800" : "text-red-800"}`}>
              {message.text}
            </span>
          )}
        </div>
      )}
      {conflict && (
        <div className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          <p className="font-medium text-amber-900">{conflict.by ?? "他人"}保存的内容：</p>
          <div className="mt-1 max-h-60 overflow-auto whitespace-pre-wrap rounded bg-white p-2">{conflict.text}</div>
          <div className="mt-2 flex gap-3">
            <button
              type="button"
              onClick={() => {
                setText(conflict.text);
                setSaved({ text: conflict.text, rev: conflict.rev });
                setConflict(null);
                setMessage(null);
              }}
              className="rounded border border-slate-400 bg-white px-3 py-1 hover:bg-slate-50"
            >
              采用对方的内容
            </button>
            <button type="button" onClick={() => save(conflict.rev)} className="rounded border border-slate-400 bg-white px-3 py-1 hover:bg-slate-50">
              保留我的内容（覆盖对方）
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
