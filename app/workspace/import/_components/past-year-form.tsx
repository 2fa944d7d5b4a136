"use client";

import { useId, useState } from "react";
import { createPastYearAction } from "../actions";

interface Props {
  earliest: number | null;
  versions: { id: string; name: string }[];
  locals: { id: string; name: string }[];
}

/** A year before the earliest, with the format its reports were printed in (2020 reports use the 2019 format). */
export function PastYearForm({ earliest, versions, locals }: Props) {
  const id = useId();
  const suggested = (earliest ?? new Date().getFullYear()) - 1;
  const [year, setYear] = useState(String(suggested));
  const [version, setVersion] = useState(suggested >= 2021 ? "2021" : "2019");
  const [chosen, setChosen] = useState<string[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const result = await createPastYearAction({ year: Number(year), formatVersion: version, localTables: chosen }).catch(() => null);
    setBusy(false);
    if (!result) return setMessage({ ok: false, text: "保存失败：网络或服务器出错，请稍后重试。" });
    setMessage(result.ok ? { ok: true, text: `已新建${result.data.year}年度。` } : { ok: false, text: result.error });
  };

  return (
    <details className="mt-4 rounded border border-slate-300 bg-white px-4 py-3">
      <summary className="cursor-pointer font-medium">新建往年年度{earliest ? `（早于${earliest}年度）` : ""}</summary>
      <form method="post" onSubmit={submit} className="mt-3 flex flex-wrap items-end gap-4 text-sm">
        <div>
          <label htmlFor={`${id}-year`} className="block font-medium">年度</label>
          <input id={`${id}-year`} inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} className="mt-1 w-24 rounded border border-slate-400 px-2 py-1" />
        </div>
        <div>
          <label htmlFor={`${id}-version`} className="block font-medium">报告格式</label>
          <select id={`${id}-version`} value={version} onChange={(e) => setVersion(e.target.value)} className="mt-1 rounded border border-slate-400 px-2 py-1">
            {versions.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
          </select>
        </div>
        <fieldset>
          <legend className="font-medium">地方表格</legend>
          {locals.map((t) => (
            <label key={t.id} className="mt-1 mr-3 inline-flex items-center gap-1">
              <input type="checkbox" checked={chosen.includes(t.id)} onChange={(e) => setChosen((c) => (e.target.checked ? [...c, t.id] : c.filter((x) => x !== t.id)))} />
              {t.name}
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={busy} className="rounded border border-slate-400 bg-white px-3 py-1.5 hover:bg-slate-100 disabled:opacity-60">
          新建年度
        </button>
      </form>
      <p role="status" className="mt-2 text-sm">
        {message && <span className={message.ok ? "text-green-800" : "text-red-800"}>{message.text}</span>}
      </p>
    </details>
  );
}
