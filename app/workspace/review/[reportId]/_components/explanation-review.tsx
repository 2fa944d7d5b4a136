"use client";

import { useState } from "react";
import { SEVERITY } from "@/components/findings/finding-style";
import type { Finding } from "@/lib/checks/types";
import type { ReviewedExplanation } from "@/lib/dal/review-read";
import { reviewExplanationAction } from "../actions";
import { useAction } from "./use-action";

const VERDICT = { pending: "待审核", accepted: "已认可", rejected: "不认可" } as const;

interface Props {
  reportId: number;
  findings: Finding[];
  explanations: ReviewedExplanation[];
  canReview: boolean;
}

/** The checks' findings on the report with the unit's explanations; the reviewer accepts or rejects each. */
export function ExplanationReview({ reportId, findings, explanations, canReview }: Props) {
  const byKey = new Map(explanations.map((e) => [e.findingKey, e]));
  return (
    <section aria-labelledby="findings-heading" className="mt-4 rounded border border-slate-300 bg-white p-3">
      <h2 id="findings-heading" className="font-semibold">检查结果与情况说明（{findings.length} 项）</h2>
      {findings.length === 0 && <p className="mt-1 text-sm text-green-800">✓ 未发现问题</p>}
      <ul className="mt-2 space-y-2">
        {findings.map((f) => (
          <FindingRow key={f.key} reportId={reportId} finding={f} explanation={byKey.get(f.key)} canReview={canReview} />
        ))}
      </ul>
      <LapsedExplanations explanations={explanations.filter((e) => e.lapsed)} />
    </section>
  );
}

/** Explanations whose finding the unit has since fixed: on record with their verdict, no longer in the way. */
function LapsedExplanations({ explanations }: { explanations: ReviewedExplanation[] }) {
  if (explanations.length === 0) return null;
  return (
    <div className="mt-3 border-t border-slate-200 pt-2 text-sm">
      <h3 className="font-medium text-slate-700">已失效的情况说明（{explanations.length} 条，对应的问题已不存在，不影响审核通过）</h3>
      <ul className="mt-1 space-y-1" aria-label="已失效的情况说明">
        {explanations.map((e) => (
          <li key={e.findingKey} className="rounded border border-slate-200 bg-slate-50 px-3 py-1 text-slate-700" data-testid="lapsed-explanation">
            <code className="text-xs">{e.checkId}</code> 单位说明：{e.text}
            <span className="ml-2 rounded bg-white px-1 text-xs">{VERDICT[e.review]} · 已失效</span>
            {e.reviewNote && <span className="ml-2 text-xs">审核意见：{e.reviewNote}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

function FindingRow({ reportId, finding, explanation, canReview }: { reportId: number; finding: Finding; explanation?: ReviewedExplanation; canReview: boolean }) {
  const s = SEVERITY[finding.severity];
  const [note, setNote] = useState(explanation?.reviewNote ?? "");
  const { pending, error, run } = useAction();
  const verdict = (v: "accepted" | "rejected") =>
    run(() => reviewExplanationAction({ reportId, findingKey: finding.key, verdict: v, note: note || undefined }));
  return (
    <li className={`rounded border px-3 py-2 text-sm ${s.box}`} data-testid="review-finding">
      <p className={s.text}>
        <span aria-hidden="true">{s.icon} </span>
        <span className="font-medium">{s.label}</span> <code className="text-xs">{finding.checkId}</code> {finding.message}
      </p>
      {finding.severity === "warning" && (
        <div className="mt-1">
          <p>
            单位说明：{explanation ? explanation.text : <span className="text-red-700">（未说明）</span>}
            {explanation && <span className="ml-2 rounded bg-white px-1 text-xs">{VERDICT[explanation.review]}</span>}
          </p>
          {explanation && canReview && (
            <div className="mt-1 flex flex-wrap items-center gap-2">
              <label className="sr-only" htmlFor={`note-${finding.key}`}>审核意见</label>
              <input id={`note-${finding.key}`} value={note} onChange={(e) => setNote(e.target.value)} placeholder="审核意见（可选）" className="min-w-64 flex-1 rounded border border-slate-300 px-2 py-1" />
              <button type="button" disabled={pending} onClick={() => verdict("accepted")} className="rounded border border-green-600 bg-white px-2 py-1 text-green-800">认可说明</button>
              <button type="button" disabled={pending} onClick={() => verdict("rejected")} className="rounded border border-red-600 bg-white px-2 py-1 text-red-800">不认可</button>
            </div>
          )}
          {error && <p role="alert" className="text-red-700">{error}</p>}
        </div>
      )}
    </li>
  );
}
