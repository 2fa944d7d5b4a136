"use client";

import { useState, useTransition } from "react";
import { setUnitActiveAction } from "@/app/workspace/admin/units/actions";
import { ConfirmButton } from "./confirm-button";
import { FormMessage, type FormMessageValue } from "./form-bits";

/** Retire (撤销) or reactivate a unit, after a second click that says what it means. */
export function UnitStatusButton({ unitId, active }: { unitId: number; active: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<FormMessageValue>();
  const [pending, startTransition] = useTransition();

  const run = () =>
    startTransition(async () => {
      const result = await setUnitActiveAction({ unitId, active: !active });
      setConfirming(false);
      setMessage(result.ok ? { ok: true, text: active ? "单位已撤销。" : "单位已恢复。" } : { ok: false, text: result.error });
    });

  return (
    <section aria-labelledby="unit-status-heading" className="rounded border border-slate-200 bg-white p-4">
      <h2 id="unit-status-heading" className="font-semibold">{active ? "撤销单位" : "恢复单位"}</h2>
      <p className="mt-1 text-sm text-slate-700">
        {active
          ? "撤销后，该单位不再列入新建的报告年度；往年报告保留并可查阅，人员账户不受影响（如需停用，请在账户管理中操作）。已列入的年度仍需在年度设置中移除。"
          : "恢复后，该单位可再次列入报告年度。"}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <ConfirmButton
          label={active ? "撤销单位…" : "恢复单位"}
          confirmLabel={active ? "确认撤销" : "确认恢复"}
          pendingLabel="正在处理…"
          confirming={confirming}
          pending={pending}
          onAsk={() => setConfirming(true)}
          onConfirm={run}
          onCancel={() => setConfirming(false)}
        />
        <FormMessage message={message} />
      </div>
    </section>
  );
}
