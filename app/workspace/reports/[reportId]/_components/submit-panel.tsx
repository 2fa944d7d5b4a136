"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { SubmissionProblem } from "@/lib/checks/submission-gate";
import { submitReportAction } from "../actions";

interface Props {
  reportId: number;
  canSubmit: boolean;
  canEdit: boolean;
  problems: SubmissionProblem[];
  hasUnsaved: boolean;
  flush: () => Promise<void>;
}

type ServerProblem = { checkId: string; message: string; reason: "error" | "unexplained" | "rejected" };

/** 签发提交: the approver's sign-off. The server checks again; its refusal lists what to fix. */
export function SubmitPanel({ reportId, canSubmit, canEdit, problems, hasUnsaved, flush }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [refusal, setRefusal] = useState<{ error: string; problems: ServerProblem[] }>();
  const errors = problems.filter((p) => p.reason === "error").length;
  const rejected = problems.filter((p) => p.reason === "rejected").length;
  const unexplained = problems.length - errors - rejected;

  const submit = () =>
    startTransition(async () => {
      await flush();
      const result = await submitReportAction(reportId);
      if (result.ok) {
        setRefusal(undefined);
        router.refresh();
      } else {
        setRefusal({ error: result.error, problems: "problems" in result ? result.problems : [] });
      }
    });

  return (
    <section aria-labelledby="submit-heading" className="mt-6 rounded border border-slate-300 bg-white p-4">
      <h3 id="submit-heading" className="font-semibold">签发提交</h3>
      <p className="mt-1 text-sm text-slate-700">
        {problems.length === 0
          ? "检查通过：没有错误，所有提示均已说明。"
          : `尚有 ${errors} 个错误${unexplained ? `、${unexplained} 个提示未填写情况说明` : ""}${rejected ? `、${rejected} 条情况说明未被认可` : ""}，处理后方可提交。`}
      </p>
      {!canEdit ? null : canSubmit ? (
        <button
          type="button"
          onClick={submit}
          disabled={pending}
          className="mt-3 rounded bg-brand-600 px-5 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {pending ? "正在提交…" : "签发并提交"}
        </button>
      ) : (
        <p className="mt-2 text-sm text-slate-600">报告由本单位审核签发人签发提交；填写完成后，请点击页面上方的“填写完成，送签发”通知审核签发人。</p>
      )}
      {hasUnsaved && canSubmit && <p className="mt-2 text-xs text-slate-600">提交前将先保存未保存的修改。</p>}
      {refusal && (
        <div role="alert" className="mt-3 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          <p className="font-medium">{refusal.error}</p>
          {refusal.problems.length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {refusal.problems.slice(0, 50).map((p, i) => (
                <li key={i}>
                  <code className="text-xs">{p.checkId}</code> {p.message}
                  {p.reason === "unexplained" && "（未填写情况说明）"}
                  {p.reason === "rejected" && "（情况说明未被认可）"}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
