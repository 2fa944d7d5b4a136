"use client";

import { useState } from "react";
import type { ReportState } from "@/lib/domain";
import { approveReportAction, reopenReportAction, returnReportAction } from "../actions";
import { useAction } from "./use-action";

/** 退回修改 (reason required), 审核通过, or, once approved, 重新打开 (reason required). */
export function DecisionPanel({ reportId, state, errorCount }: { reportId: number; state: ReportState; errorCount: number }) {
  const [reason, setReason] = useState("");
  const { pending, error, run } = useAction();
  if (state !== "submitted" && state !== "approved") return null;
  const needReason = reason.trim().length === 0;
  return (
    <section aria-labelledby="decision-heading" className="mt-6 rounded border-2 border-slate-400 bg-white p-4">
      <h2 id="decision-heading" className="font-semibold">审核意见</h2>
      <label htmlFor="decision-reason" className="mt-2 block text-sm font-medium">
        {state === "submitted" ? "退回理由（退回修改时必填）" : "重新打开理由（必填）"}
      </label>
      <textarea id="decision-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} className="mt-1 w-full rounded border border-slate-300 p-2" />
      <div className="mt-3 flex flex-wrap gap-3">
        {state === "submitted" ? (
          <>
            <button type="button" disabled={pending || needReason} onClick={() => run(() => returnReportAction({ reportId, reason }), () => setReason(""))} className="rounded border border-amber-600 bg-amber-50 px-4 py-2 font-medium text-amber-900 disabled:opacity-50">
              退回修改
            </button>
            <button type="button" disabled={pending} onClick={() => run(() => approveReportAction({ reportId }))} className="rounded bg-green-700 px-4 py-2 font-medium text-white disabled:opacity-50">
              审核通过
            </button>
            {errorCount > 0 && <p className="self-center text-sm text-red-700">报告有 {errorCount} 个错误，不能审核通过，请退回修改。</p>}
          </>
        ) : (
          <button type="button" disabled={pending || needReason} onClick={() => run(() => reopenReportAction({ reportId, reason }), () => setReason(""))} className="rounded border border-amber-600 bg-amber-50 px-4 py-2 font-medium text-amber-900 disabled:opacity-50">
            重新打开
          </button>
        )}
      </div>
      {error && <p role="alert" className="mt-2 rounded bg-red-50 px-3 py-2 text-sm text-red-800">{error}</p>}
    </section>
  );
}
