"use client";

import { useState, useTransition } from "react";
import { StateBadge } from "@/components/ui/state-badge";
import type { ActionResult } from "@/lib/dal/types";
import { UNIT_KIND_LABELS, type ReportState } from "@/lib/domain";
import { addExpectedUnitAction, removeExpectedUnitAction } from "../years/actions";
import { FormMessage, secondaryButton, type FormMessageValue } from "./form-bits";
import { UnitOptions, type UnitOption } from "./unit-options";

export interface ExpectedUnit extends UnitOption {
  active: boolean;
  state: ReportState | null;
  hasContent: boolean;
}

const cell = "border border-slate-300 px-3 py-1.5";

/** The units a year expects: add one (with its not-started report), or remove one whose report is untouched. */
export function ExpectedUnits({ year, expected, candidates }: { year: number; expected: ExpectedUnit[]; candidates: UnitOption[] }) {
  const [message, setMessage] = useState<FormMessageValue>();
  const [pending, startTransition] = useTransition();
  const [toAdd, setToAdd] = useState("");

  const run = (action: () => Promise<ActionResult>, okText: string, done?: () => void) =>
    startTransition(async () => {
      const result = await action();
      setMessage(result.ok ? { ok: true, text: okText } : { ok: false, text: result.error });
      if (result.ok) done?.();
    });

  const add = () => {
    const unit = candidates.find((c) => String(c.id) === toAdd);
    if (!unit) return setMessage({ ok: false, text: "请选择要添加的单位。" });
    run(() => addExpectedUnitAction({ year, unitId: unit.id }), `已将“${unit.name}”列入${year}年度应报单位。`, () => setToAdd(""));
  };

  return (
    <section aria-labelledby="expected-heading" className="rounded border border-slate-200 bg-white p-4">
      <h2 id="expected-heading" className="font-semibold">应报单位（{expected.length}）</h2>
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="expected-add" className="block text-sm font-medium">添加单位</label>
          <select id="expected-add" value={toAdd} onChange={(e) => setToAdd(e.target.value)} className="mt-1 rounded border border-slate-300 bg-white px-3 py-2">
            <option value="">{candidates.length ? "请选择单位" : "所有在用单位均已列入"}</option>
            <UnitOptions units={candidates} />
          </select>
        </div>
        <button type="button" onClick={add} disabled={pending || candidates.length === 0} className={secondaryButton}>添加</button>
        <FormMessage message={message} />
      </div>
      <table className="mt-4 w-full border-collapse text-sm">
        <thead>
          <tr className="bg-slate-100">
            <th scope="col" className={`${cell} text-left`}>单位</th>
            <th scope="col" className={`${cell} text-left`}>类型</th>
            <th scope="col" className={`${cell} text-left`}>报告状态</th>
            <th scope="col" className={cell}><span className="sr-only">操作</span></th>
          </tr>
        </thead>
        <tbody>
          {expected.map((u) => (
            <tr key={u.id}>
              <th scope="row" className={`${cell} text-left font-normal`}>{u.name}{!u.active && "（已撤销）"}</th>
              <td className={cell}>{UNIT_KIND_LABELS[u.kind]}</td>
              <td className={cell}>{u.state ? <StateBadge state={u.state} /> : "—"}</td>
              <td className={`${cell} text-center`}>
                {u.hasContent ? (
                  <span className="text-xs text-slate-500">已有填报内容</span>
                ) : (
                  <button type="button" disabled={pending} aria-label={`从应报单位中移除${u.name}`}
                    onClick={() => run(() => removeExpectedUnitAction({ year, unitId: u.id }), `已将“${u.name}”移出${year}年度应报单位。`)}
                    className="text-sm text-blue-800 hover:underline disabled:opacity-60">
                    移除
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
