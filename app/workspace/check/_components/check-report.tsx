"use client";

import { useId, useRef, useState } from "react";
import { ReadReportPreview } from "@/components/read-report/read-report-preview";
import type { CheckedUpload } from "@/lib/dal/report-check";
import { IMPORT_MAX_BYTES, IMPORT_TOO_LARGE } from "@/lib/import/import-limits";
import { pastedFile } from "@/lib/import/published/pasted-file";
import { checkReportFileAction } from "../actions";

type Step = { kind: "idle" } | { kind: "reading" } | { kind: "error"; message: string } | { kind: "done"; file: string; result: CheckedUpload };

export function CheckReport() {
  const [step, setStep] = useState<Step>({ kind: "idle" });
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [pasted, setPasted] = useState("");

  const submit = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const file = input.current?.files?.[0] ?? pastedFile(pasted);
    if (!file) return setStep({ kind: "error", message: "请选择要检查的报告文件，或粘贴报告全文。" });
    if (file.size > IMPORT_MAX_BYTES) return setStep({ kind: "error", message: IMPORT_TOO_LARGE });
    setStep({ kind: "reading" });
    const form = new FormData();
    form.set("file", file);
    try {
      const result = await checkReportFileAction(form);
      setStep(result.ok ? { kind: "done", file: file.name, result: result.data } : { kind: "error", message: result.error });
    } catch {
      setStep({ kind: "error", message: "读取文件失败：网络或服务器出错，请稍后重试。" });
    }
  };

  return (
    <div className="mt-6">
      <form method="post" onSubmit={submit} className="flex flex-wrap items-end gap-3 rounded border border-slate-300 bg-white px-4 py-3">
        <div>
          <label htmlFor={inputId} className="block font-medium">报告文件</label>
          <input id={inputId} ref={input} type="file" name="file" accept=".docx,.html,.htm,.pdf,.txt,text/html,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document" className="mt-1 block text-sm" />
        </div>
        <div className="w-full">
          <label htmlFor={`${inputId}-paste`} className="block font-medium">或粘贴报告全文（从网页或 Word 中复制，表格按原样粘贴）</label>
          <textarea id={`${inputId}-paste`} value={pasted} onChange={(e) => setPasted(e.target.value)} rows={4} className="mt-1 block w-full rounded border border-slate-400 px-2 py-1 text-sm" />
        </div>
        <button type="submit" disabled={step.kind === "reading"} className="rounded bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
          {step.kind === "reading" ? "正在检查…" : "开始检查"}
        </button>
      </form>
      <div role="status" className="mt-3">
        {step.kind === "error" && <p className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">{step.message}</p>}
        {step.kind === "done" && <p className="sr-only">检查完成：{step.result.findings.length} 条检查结果。</p>}
      </div>
      {step.kind === "done" && <ReadReportPreview file={step.file} result={step.result} />}
    </div>
  );
}
