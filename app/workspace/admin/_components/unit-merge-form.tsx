"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { mergeUnitAction } from "../units/actions";
import { ConfirmRow, useConfirmStep } from "./confirm-step";
import { inputClass } from "./form-bits";
import { UnitOptions, type UnitOption } from "./unit-options";

/** 机构改革: merge this unit into another, after a second click that says what will happen. */
export function UnitMergeForm({ unitId, unitName, targets }: { unitId: number; unitName: string; targets: UnitOption[] }) {
  const router = useRouter();
  const [into, setInto] = useState("");
  const step = useConfirmStep();
  const target = targets.find((t) => String(t.id) === into);

  const run = () =>
    step.run(async () => {
      const result = await mergeUnitAction({ unitId, intoUnitId: Number(into) });
      if (!result.ok) return { ok: false, text: result.error };
      // This unit is now retired and this form goes with it: continue on the unit it joined, with the people.
      router.push(`/workspace/admin/units/${into}?merged=${unitId}`);
    });

  return (
    <section aria-labelledby="unit-merge-heading" className="rounded border border-slate-200 bg-white p-4">
      <h2 id="unit-merge-heading" className="font-semibold">合并单位（机构改革）</h2>
      <p className="mt-1 text-sm text-slate-700">
        把“{unitName}”并入另一个单位：其人员账户转入该单位；本单位撤销，往年报告保留并可查阅；尚未填写的年度报告从应报单位中移除（已开始填写的保留，由您在年度设置中处理）。
      </p>
      <label htmlFor="merge-into" className="mt-3 block text-sm font-medium">并入</label>
      <select id="merge-into" value={into} onChange={(e) => { setInto(e.target.value); step.cancel(); }} className={inputClass}>
        <option value="">请选择单位</option>
        <UnitOptions units={targets} />
      </select>
      <ConfirmRow step={step} label="合并…" confirmLabel={`确认并入${target?.name ?? ""}`} pendingLabel="正在合并…" disabled={!into} onConfirm={run} />
    </section>
  );
}
