"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { Approvable, BatchResult } from "@/lib/dal/batch-approval";
import { approveManyAction } from "../actions";

/**
 * 批量审核通过: the submitted reports with no error and every explanation accepted, chosen and approved in one
 * action after a list of exactly what will be approved; then a result per report.
 */
export function BatchApproval({ year, reports }: { year: number; reports: Approvable[] }) {
  const router = useRouter();
  // Nothing is chosen until the reviewer chooses: approving is each report's decision, even in a batch.
  const [chosen, setChosen] = useState<Set<number>>(() => new Set());
  const [asking, setAsking] = useState(false);
  const [results, setResults] = useState<BatchResult[] | null>(null);
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  const selected = reports.filter((r) => chosen.has(r.reportId));

  const toggle = (id: number, on: boolean) =>
    setChosen((c) => {
      const next = new Set(c);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const approve = () =>
    start(async () => {
      const r = await approveManyAction({ year, reportIds: selected.map((s) => s.reportId) }).catch(() => null);
      setAsking(false);
      if (!r) return setError("操作失败：网络或服务器出错，请稍后重试。");
      if (!r.ok) return setError(r.error);
      setError(undefined);
      setResults(r.data);
      router.refresh();
    });

  if (reports.length === 0 && !results) return null;
  return (
    <section aria-labelledby="batch-heading" className="mt-6 rounded border border-green-300 bg-green-50 p-4">
      <h2 id="batch-heading" className="font-semibold">批量审核通过</h2>
      {results ? (
        <ul className="mt-2 space-y-0.5 text-sm" aria-label="批量审核结果">
          {results.map((r) => (
            <li key={r.reportId} className={r.ok ? "text-green-900" : "text-red-800"}>
              {r.unitName}：{r.ok ? "已审核通过" : `未审核通过（${r.error}）`}
            </li>
          ))}
        </ul>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-700">以下已提交的报告没有错误，所有情况说明均已认可，可一并审核通过（每份报告仍按正常审核通过办理：重新检查、记录并通知单位）。</p>
          <fieldset className="mt-2">
            <legend className="sr-only">选择要审核通过的报告</legend>
            <ul className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
              {reports.map((r) => (
                <li key={r.reportId}>
                  <label className="inline-flex items-center gap-2">
                    <input type="checkbox" checked={chosen.has(r.reportId)} disabled={asking} onChange={(e) => toggle(r.reportId, e.target.checked)} />
                    {r.unitName}
                    {r.warnings > 0 && <span className="text-xs text-slate-600">（{r.warnings} 个提示，说明均已认可）</span>}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          {!asking && (
            <div className="mt-2 flex gap-3 text-sm">
              <button type="button" onClick={() => setChosen(new Set(reports.map((r) => r.reportId)))} className="text-blue-800 underline">全部选择</button>
              <button type="button" onClick={() => setChosen(new Set())} className="text-blue-800 underline">全部不选</button>
            </div>
          )}
          {asking ? (
            <div role="group" aria-label="确认批量审核通过" className="mt-3 rounded border border-green-700 bg-white p-3 text-sm">
              <p className="font-medium">将审核通过以下 {selected.length} 份{year}年度报告，计入本级汇总报告，并通知各单位：</p>
              <p className="mt-1">{selected.map((s) => s.unitName).join("、")}</p>
              <div className="mt-2 flex gap-3">
                <button type="button" onClick={approve} disabled={pending} className="rounded bg-green-700 px-4 py-2 font-medium text-white disabled:opacity-50">
                  {pending ? "正在审核…" : `确认审核通过 ${selected.length} 份报告`}
                </button>
                <button type="button" onClick={() => setAsking(false)} className="rounded border border-slate-400 bg-white px-4 py-2 hover:bg-slate-100">
                  取消
                </button>
              </div>
            </div>
          ) : (
            <button type="button" onClick={() => setAsking(true)} disabled={selected.length === 0} className="mt-3 rounded bg-green-700 px-4 py-2 font-medium text-white disabled:opacity-50">
              审核通过所选 {selected.length} 份报告
            </button>
          )}
        </>
      )}
      {error && <p role="alert" className="mt-2 rounded bg-red-50 px-3 py-2 text-sm text-red-800">{error}</p>}
    </section>
  );
}
