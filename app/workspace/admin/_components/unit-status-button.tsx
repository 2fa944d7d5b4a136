"use client";

import { setUnitActiveAction } from "../units/actions";
import { ConfirmRow, useConfirmStep } from "./confirm-step";

/** Retire (撤销) or reactivate a unit, after a second click that says what it means. */
export function UnitStatusButton({ unitId, active }: { unitId: number; active: boolean }) {
  const step = useConfirmStep();

  const run = () =>
    step.run(async () => {
      const result = await setUnitActiveAction({ unitId, active: !active });
      return result.ok ? { ok: true, text: active ? "单位已撤销。" : "单位已恢复。" } : { ok: false, text: result.error };
    });

  return (
    <section aria-labelledby="unit-status-heading" className="rounded border border-slate-200 bg-white p-4">
      <h2 id="unit-status-heading" className="font-semibold">{active ? "撤销单位" : "恢复单位"}</h2>
      <p className="mt-1 text-sm text-slate-700">
        {active
          ? "撤销后，该单位不再列入新建的报告年度；往年报告保留并可查阅，人员账户不受影响（如需停用，请在账户管理中操作）。已列入的年度仍需在年度设置中移除。"
          : "恢复后，该单位可再次列入报告年度。"}
      </p>
      <ConfirmRow step={step} label={active ? "撤销单位…" : "恢复单位"} confirmLabel={active ? "确认撤销" : "确认恢复"} pendingLabel="正在处理…" onConfirm={run} />
    </section>
  );
}
