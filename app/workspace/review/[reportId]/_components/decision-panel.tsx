"use client";

import { useState } from "react";
import type { ReportState } from "@/lib/domain";
import { approveReportAction, reopenReportAction, returnReportAction } from "../actions";
import { useAction } from "./use-action";

/** What a decision is taken on, said in its confirmation. */
export interface DecisionSummary {
  unitName: string;
  year: number;
  errors: number;
  warnings: number;
  explanations: { accepted: number; rejected: number; pending: number };
  openComments: number;
}

type Decision = "return" | "approve" | "reopen";

const LABELS: Record<Decision, string> = { return: "退回修改", approve: "审核通过", reopen: "重新打开" };

const CONSEQUENCE: Record<Decision, string> = {
  return: "报告退回单位修改，单位将收到通知并看到退回理由和批注。",
  approve: "报告审核通过，计入本级汇总报告；单位将收到通知。未审核的情况说明将一并认可。",
  reopen: "已审核通过的报告退回单位修改，须重新提交和审核。",
};

/**
 * 退回修改 (reason required), 审核通过, or, once approved, 重新打开 (reason required): each asks first, with a
 * summary of what it is taken on. The bar stays in view at the bottom of the screen while the reviewer reads
 * the report, so a decision never needs a scroll to the end of a long page.
 */
export function DecisionPanel({ reportId, state, summary }: { reportId: number; state: ReportState; summary: DecisionSummary }) {
  const [reason, setReason] = useState("");
  const [asking, setAsking] = useState<Decision | null>(null);
  const { pending, error, run } = useAction();
  if (state !== "submitted" && state !== "approved") return null;
  const needReason = reason.trim().length === 0;
  const act = (d: Decision) => {
    const done = () => {
      setReason("");
      setAsking(null);
    };
    if (d === "return") run(() => returnReportAction({ reportId, reason }), done);
    else if (d === "approve") run(() => approveReportAction({ reportId }), done);
    else run(() => reopenReportAction({ reportId, reason }), done);
  };
  const { explanations: e } = summary;
  return (
    <section aria-labelledby="decision-heading" className="sticky bottom-0 z-20 mt-6 rounded-t border-2 border-slate-400 bg-white p-3 shadow-[0_-4px_12px_rgba(0,0,0,0.12)]" data-testid="decision-bar">
      <h2 id="decision-heading" className="font-semibold">审核意见</h2>
      {asking ? (
        <div role="group" aria-label={`确认${LABELS[asking]}`} className="mt-2 rounded border border-slate-300 bg-slate-50 p-3 text-sm">
          <p className="font-medium">
            确认{LABELS[asking]}：{summary.unitName}
            {summary.year}年度报告
          </p>
          <ul className="mt-1 list-disc pl-5">
            <li>
              检查结果：{summary.errors} 个错误、{summary.warnings} 个提示
            </li>
            <li>
              情况说明：认可 {e.accepted} 条、不认可 {e.rejected} 条、未审核 {e.pending} 条
            </li>
            <li>未处理的批注：{summary.openComments} 条</li>
            {asking !== "approve" && <li className="whitespace-pre-line">理由：{reason.trim()}</li>}
          </ul>
          <p className="mt-1 text-slate-700">{CONSEQUENCE[asking]}</p>
          <div className="mt-2 flex gap-3">
            <button type="button" disabled={pending} onClick={() => act(asking)} className="rounded bg-brand-600 px-4 py-2 font-medium text-white disabled:opacity-50">
              {pending ? "正在处理…" : `确认${LABELS[asking]}`}
            </button>
            <button type="button" onClick={() => setAsking(null)} className="rounded border border-slate-400 bg-white px-4 py-2 hover:bg-slate-100">
              取消
            </button>
          </div>
        </div>
      ) : (
        <>
          <label htmlFor="decision-reason" className="mt-1 block text-sm font-medium">
            {state === "submitted" ? "退回理由（退回修改时必填）" : "重新打开理由（必填）"}
          </label>
          <textarea id="decision-reason" rows={2} value={reason} onChange={(ev) => setReason(ev.target.value)} className="mt-1 w-full rounded border border-slate-300 p-2" />
          <div className="mt-2 flex flex-wrap gap-3">
            {state === "submitted" ? (
              <>
                <button type="button" disabled={pending || needReason} onClick={() => setAsking("return")} className="rounded border border-amber-600 bg-amber-50 px-4 py-2 font-medium text-amber-900 disabled:opacity-50">
                  退回修改
                </button>
                <button type="button" disabled={pending} onClick={() => setAsking("approve")} className="rounded bg-green-700 px-4 py-2 font-medium text-white disabled:opacity-50">
                  审核通过
                </button>
                {summary.errors > 0 && <p className="self-center text-sm text-red-700">报告有 {summary.errors} 个错误，不能审核通过，请退回修改。</p>}
              </>
            ) : (
              <button type="button" disabled={pending || needReason} onClick={() => setAsking("reopen")} className="rounded border border-amber-600 bg-amber-50 px-4 py-2 font-medium text-amber-900 disabled:opacity-50">
                重新打开
              </button>
            )}
          </div>
        </>
      )}
      {error && <p role="alert" className="mt-2 rounded bg-red-50 px-3 py-2 text-sm text-red-800">{error}</p>}
    </section>
  );
}
