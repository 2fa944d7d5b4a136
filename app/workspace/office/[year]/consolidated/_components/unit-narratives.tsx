"use client";

import Link from "next/link";
import { useState } from "react";
import { STATE_LABELS, type ReportState } from "@/lib/domain";
import { reviewPath } from "./paths";

interface UnitText {
  unitId: number;
  unitName: string;
  reportId: number;
  state: ReportState;
  text: string;
}

/** Every unit's text for the same section, one at a time, beside the office's editor. */
export function UnitNarratives({ title, units }: { title: string; units: UnitText[] }) {
  const [selected, setSelected] = useState(units.find((u) => u.text.trim())?.unitId ?? units[0]?.unitId);
  const unit = units.find((u) => u.unitId === selected);
  if (units.length === 0) return <p className="text-sm text-slate-600">本年度还没有单位提交报告。</p>;
  const index = units.findIndex((u) => u.unitId === selected);
  const step = (d: number) => setSelected(units[(index + d + units.length) % units.length].unitId);
  return (
    <div>
      <div className="flex flex-wrap items-end gap-2">
        <label className="text-sm font-semibold">
          对照各单位的“{title}”
          <select value={selected} onChange={(e) => setSelected(Number(e.target.value))} className="mt-1 block max-w-full rounded border border-slate-400 px-2 py-1 font-normal">
            {units.map((u) => (
              <option key={u.unitId} value={u.unitId}>
                {u.unitName}（{STATE_LABELS[u.state]}{u.text.trim() ? "" : "，未填写"}）
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => step(-1)} className="rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-50">上一个</button>
        <button type="button" onClick={() => step(1)} className="rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-50">下一个</button>
      </div>
      {unit && (
        <article className="mt-3 rounded border border-slate-300 bg-slate-50 p-3" aria-label={`${unit.unitName}的${title}`} data-testid="unit-narrative">
          <div className="flex items-center justify-between text-sm">
            <span className="font-medium">{unit.unitName}</span>
            <Link href={reviewPath(unit.reportId)} className="text-blue-800 hover:underline">查看该单位报告</Link>
          </div>
          <div className="mt-2 max-h-[32rem] overflow-auto whitespace-pre-wrap leading-7">{unit.text.trim() ? unit.text : "（该单位未填写本部分）"}</div>
        </article>
      )}
    </div>
  );
}
