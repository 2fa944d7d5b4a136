"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { AmountUnit } from "@/lib/report-format";
import { removeOverrideAction, saveOverrideAction } from "../actions";

interface Props {
  year: number;
  cellKey: string;
  cellName: string;
  /** For amounts: the units the value may be typed in. */
  units: AmountUnit[];
  baseUnit: AmountUnit | null;
  sum: string | null;
  current: { value: string; unit: AmountUnit | null; reason: string } | null;
}

/** What the typed value would differ from the sum by (a preview; the server computes the recorded one exactly). */
function preview(value: string, unit: AmountUnit | null, base: AmountUnit | null, sum: string | null): string | null {
  const n = Number(value.trim());
  if (value.trim() === "" || !Number.isFinite(n)) return null;
  const typed = unit === "元" && base === "万元" ? n / 10_000 : n;
  const d = Math.round((typed - Number(sum ?? 0)) * 10_000) / 10_000;
  return d > 0 ? `+${d}` : String(d);
}

/** Override one consolidated number: a value and a required reason; or undo the override. */
export function OverrideForm({ year, cellKey, cellName, units, baseUnit, sum, current }: Props) {
  const router = useRouter();
  const [value, setValue] = useState(current?.value ?? "");
  const [unit, setUnit] = useState<AmountUnit | null>(current?.unit ?? units[0] ?? null);
  const [reason, setReason] = useState(current?.reason ?? "");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const diff = preview(value, unit, baseUnit, sum);

  const run = (act: () => Promise<{ ok: boolean; error?: string }>, done: string) =>
    startTransition(async () => {
      const r = await act();
      setMessage(r.ok ? { ok: true, text: done } : { ok: false, text: r.error ?? "保存失败" });
      if (r.ok) router.refresh();
    });

  const save = (e: React.FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return setMessage({ ok: false, text: "请填写调整理由：调整后的数与各单位合计不同，理由将随汇总报告保存。" });
    run(() => saveOverrideAction({ year, key: cellKey, value, ...(unit && units.length ? { unit } : {}), reason }), "已保存调整。");
  };

  return (
    <form method="post" onSubmit={save} className="mt-6 rounded border border-slate-300 bg-white p-4" aria-labelledby="override-title">
      <h2 id="override-title" className="font-semibold">{current ? "修改调整" : "调整汇总数"}</h2>
      <p className="mt-1 text-sm text-slate-600">
        汇总数默认等于各单位合计（{sum ?? "空白"}{baseUnit ? ` ${baseUnit}` : ""}）。如需采用其他数，请填写调整后的数和理由；差额将在汇总报告中始终可见。
      </p>
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <label className="text-sm">
          调整后的数（{cellName}）
          <input
            value={value}
            onChange={(e) => setValue(e.target.value)}
            inputMode="decimal"
            className="mt-1 block w-48 rounded border border-slate-400 px-2 py-1 text-right tabular-nums"
            aria-describedby="override-diff"
          />
        </label>
        {units.length > 0 && (
          <label className="text-sm">
            单位
            <select value={unit ?? ""} onChange={(e) => setUnit(e.target.value as AmountUnit)} className="mt-1 block rounded border border-slate-400 px-2 py-1">
              {units.map((u) => (
                <option key={u}>{u}</option>
              ))}
            </select>
          </label>
        )}
        <p id="override-diff" className="text-sm text-amber-900" aria-live="polite">
          {diff !== null && `与各单位合计的差额：${diff}${baseUnit ? ` ${baseUnit}` : ""}`}
        </p>
      </div>
      <label className="mt-3 block text-sm">
        调整理由（必填）
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={3} maxLength={1000} required className="mt-1 block w-full rounded border border-slate-400 px-2 py-1" />
      </label>
      <div className="mt-3 flex gap-3">
        <button type="submit" disabled={pending} className="rounded bg-brand-600 px-4 py-1.5 text-white hover:bg-brand-700 disabled:opacity-50">
          保存调整
        </button>
        {current && (
          <button
            type="button"
            disabled={pending}
            onClick={() => run(() => removeOverrideAction({ year, key: cellKey }), "已撤销调整，恢复为各单位合计。")}
            className="rounded border border-slate-400 px-4 py-1.5 hover:bg-slate-50 disabled:opacity-50"
          >
            撤销调整
          </button>
        )}
      </div>
      {message && (
        <p role={message.ok ? "status" : "alert"} className={`mt-2 text-sm ${message.ok ? "text-green-800" : "text-red-800"}`}>
          {message.text}
        </p>
      )}
    </form>
  );
}
