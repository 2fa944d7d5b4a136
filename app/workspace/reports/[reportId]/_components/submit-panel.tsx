"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { ReportDocument } from "@/components/public-report/report-document";
import type { SubmissionProblem } from "@/lib/checks/submission-gate";
import type { Finding } from "@/lib/checks/types";
import { chineseDate } from "@/lib/format-date";
import { buildSnapshot, type PublishedReport } from "@/lib/publishing/snapshot";
import type { ReportFormat, ReportValues } from "@/lib/report-format";
import { submitReportAction } from "../actions";

interface Props {
  reportId: number;
  canSubmit: boolean;
  canEdit: boolean;
  problems: SubmissionProblem[];
  hasUnsaved: boolean;
  flush: () => Promise<void>;
  /** What will be submitted, as saved once flushed, and the version it is. */
  content: () => { version: number; values: ReportValues; narratives: Record<string, string> };
  format: ReportFormat;
  /** The unit's full official name, as the report's title prints it. */
  officialName: string;
  year: number;
  signerName: string;
  /** Warnings and their explanations, read with the report before signing. */
  warnings: Finding[];
  explanations: Record<string, string>;
}

type ServerProblem = { checkId: string; message: string; reason: "error" | "unexplained" | "rejected" };

export const DECLARATION = "本人已审核本报告内容，确认数据真实、准确";

/**
 * 签发提交 as a step of its own (workflow.md, submitted): the approver reads the whole report as it will be
 * submitted, in the official layout, with the warnings and their explanations; confirms the declaration,
 * with their name and the date; and confirms once more what will happen. What is submitted is what was
 * previewed: the server refuses if anything was saved after the preview was opened. The server checks again.
 */
export function SubmitPanel(props: Props) {
  const { reportId, canSubmit, canEdit, problems, hasUnsaved, flush } = props;
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [pending, startTransition] = useTransition();
  const [preview, setPreview] = useState<{ version: number; report: PublishedReport } | null>(null);
  const [declared, setDeclared] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState<{ error: string; problems: ServerProblem[] }>();
  const errors = problems.filter((p) => p.reason === "error").length;
  const rejected = problems.filter((p) => p.reason === "rejected").length;
  const unexplained = problems.length - errors - rejected;

  const open = () =>
    startTransition(async () => {
      await flush();
      const content = props.content();
      const report = buildSnapshot({ kind: "unit", year: props.year, organisation: props.officialName, format: props.format, values: content.values, narratives: content.narratives, publishedAt: Date.now() });
      setPreview({ version: content.version, report });
      setDeclared(false);
      setConfirming(false);
      setRefusal(undefined);
      dialog.current?.showModal();
    });

  const close = () => {
    dialog.current?.close();
    setPreview(null);
  };

  const submit = () =>
    startTransition(async () => {
      if (!preview) return;
      const result = await submitReportAction({ reportId, version: preview.version });
      if (result.ok) {
        close();
        router.refresh();
      } else {
        setConfirming(false);
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
        <button type="button" onClick={open} disabled={pending} className="mt-3 rounded bg-brand-600 px-5 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
          预览并签发
        </button>
      ) : (
        <p className="mt-2 text-sm text-slate-600">报告由本单位审核签发人签发提交；填写完成后，请点击页面上方的“填写完成，送签发”通知审核签发人。</p>
      )}
      {hasUnsaved && canSubmit && <p className="mt-2 text-xs text-slate-600">预览前将先保存未保存的修改。</p>}

      <dialog ref={dialog} aria-labelledby={titleId} onClose={() => setPreview(null)} className="m-auto max-h-[92vh] w-[min(64rem,96vw)] overflow-y-auto rounded border border-slate-400 bg-slate-50 p-0 backdrop:bg-black/40">
        {preview && (
          <div className="p-4 sm:p-6">
            <h2 id={titleId} className="text-xl font-bold">签发预览：{preview.report.title}</h2>
            <p className="mt-1 text-sm text-slate-700">以下是将要提交的报告全文（官方版式）。请通读后签发；预览打开后如报告又有修改，须重新预览。</p>
            {problems.length > 0 && (
              <div className="mt-3 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900" data-testid="signoff-problems">
                <p className="font-medium">尚有 {problems.length} 个问题需要处理，提交时将被拒绝：</p>
                <ul className="mt-1 list-disc pl-5">
                  {problems.slice(0, 20).map((p) => (
                    <li key={p.finding.key}>
                      <code className="text-xs">{p.finding.checkId}</code> {p.finding.message}
                      {p.reason === "unexplained" && "（未填写情况说明）"}
                      {p.reason === "rejected" && "（情况说明未被认可）"}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <div className="mt-4 max-h-[50vh] overflow-y-auto rounded border border-slate-300" tabIndex={0} role="region" aria-label="将要提交的报告全文">
              <ReportDocument report={preview.report} undated />
            </div>
            {props.warnings.length > 0 && (
              <section aria-label="提示及情况说明" className="mt-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
                <h3 className="font-semibold">提示及情况说明（{props.warnings.length}）</h3>
                <ul className="mt-1 space-y-1">
                  {props.warnings.map((w) => (
                    <li key={w.key}>
                      <code className="text-xs">{w.checkId}</code> {w.message}
                      <span className="block text-slate-700">情况说明：{props.explanations[w.key]?.trim() || "（未填写）"}</span>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <div className="mt-4 rounded border border-slate-300 bg-white p-3">
              <label className="flex items-start gap-2">
                <input type="checkbox" checked={declared} onChange={(e) => setDeclared(e.target.checked)} className="mt-1" />
                <span>{DECLARATION}。</span>
              </label>
              <p className="mt-2 text-sm text-slate-700">
                签发人：{props.signerName}　签发日期：{chineseDate(preview.report.publishedOn)}
              </p>
            </div>
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
            {confirming ? (
              <div className="mt-4 rounded border border-brand-600 bg-white p-3" role="group" aria-label="确认签发">
                <p>
                  将以 <strong>{props.signerName}</strong> 的名义签发{props.officialName}
                  {props.year}年度报告，并提交政务公开办公室备案。提交后本单位不能再修改；如需修改，须由政务公开办公室退回。
                </p>
                <div className="mt-3 flex gap-3">
                  <button type="button" onClick={submit} disabled={pending} className="rounded bg-brand-600 px-5 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
                    {pending ? "正在提交…" : "确认提交"}
                  </button>
                  <button type="button" onClick={() => setConfirming(false)} className="rounded border border-slate-400 bg-white px-4 py-2 hover:bg-slate-100">
                    返回
                  </button>
                </div>
              </div>
            ) : (
              <div className="mt-4 flex gap-3">
                <button type="button" onClick={() => setConfirming(true)} disabled={!declared} className="rounded bg-brand-600 px-5 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
                  签发并提交
                </button>
                <button type="button" onClick={close} className="rounded border border-slate-400 bg-white px-4 py-2 hover:bg-slate-100">
                  关闭
                </button>
              </div>
            )}
          </div>
        )}
      </dialog>
    </section>
  );
}
