"use client";

import { useId, useRef, useState } from "react";
import { importChanges, type ImportChanges } from "@/lib/import/import-changes";
import { IMPORT_MAX_BYTES, IMPORT_TOO_LARGE } from "@/lib/import/import-limits";
import type { ImportedReport } from "@/lib/import/imported-report";
import { pastedFile } from "@/lib/import/published/pasted-file";
import type { CheckedUpload } from "@/lib/import/published/check-read";
import { NarrativeDiff } from "@/components/narrative-diff/narrative-diff";
import { ReadReportPreview } from "@/components/read-report/read-report-preview";
import type { ReportFormat, ReportValues } from "@/lib/report-format";
import { readImportFileAction } from "../actions";
import type { ReportDraft } from "./report-draft";

interface Props {
  reportId: number;
  format: ReportFormat;
  draft: ReportDraft;
  values: ReportValues;
  narratives: Record<string, string>;
  canImport: boolean;
  sectionTitle: (key: string) => string;
}

interface Reading {
  imported: ImportedReport;
  changes: ImportChanges;
}

type Step =
  | { kind: "idle" }
  | { kind: "reading" }
  | { kind: "error"; message: string }
  /** `zeroed`: the same file with its blank cells read as 0, offered when a published report has blanks. */
  | { kind: "preview"; file: string; asRead: Reading; zeroed?: Reading }
  | { kind: "done"; count: number };

/** A published report's blanks ("/", "—", "无") as 0: only when the person asks for it. */
function blanksAsZero(imported: ImportedReport): ImportedReport {
  const cells = { ...imported.cells };
  for (const key of imported.blanks ?? []) cells[key] = { value: "0" };
  return { ...imported, cells };
}

const SHOWN_ROWS = 300;

/**
 * Excel round trip: download the report as a workbook, fill it in offline, import it again. The file is
 * read on the server; what it would change is shown here, and only confirmed changes go into the form,
 * which saves them like typed input (conflict checks and history included).
 */
export function ImportPanel({ reportId, format, draft, values, narratives, canImport, sectionTitle }: Props) {
  const [open, setOpen] = useState(false);
  const [step, setStep] = useState<Step>({ kind: "idle" });
  const fileInput = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const panelId = useId();
  const [pasted, setPasted] = useState("");

  const read = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const file = fileInput.current?.files?.[0] ?? pastedFile(pasted);
    if (!file) {
      setStep({ kind: "error", message: "请先选择要导入的文件，或粘贴报告草稿的全文。" });
      return;
    }
    // Refused here, before sending: a body over the server's limit would be answered with an error page, not this reason.
    if (file.size > IMPORT_MAX_BYTES) {
      setStep({ kind: "error", message: IMPORT_TOO_LARGE });
      return;
    }
    setStep({ kind: "reading" });
    const form = new FormData();
    form.set("reportId", String(reportId));
    form.set("file", file);
    try {
      const result = await readImportFileAction(form);
      if (!result.ok) setStep({ kind: "error", message: result.error });
      else {
        const read = (imported: ImportedReport): Reading => ({ imported, changes: importChanges(format, values, narratives, imported) });
        const zeroed = result.data.blanks?.length ? read(blanksAsZero(result.data)) : undefined;
        setStep({ kind: "preview", file: file.name, asRead: read(result.data), ...(zeroed ? { zeroed } : {}) });
      }
    } catch {
      setStep({ kind: "error", message: "读取文件失败：网络或服务器出错，请稍后重试。" });
    }
  };

  const apply = (changes: ImportChanges, imported: ImportedReport) => {
    for (const c of changes.cells) {
      draft.setCellText(c.key, imported.cells[c.key].value ?? "");
      if (c.unit) draft.setCellUnit(c.key, c.unit);
    }
    for (const key of changes.narratives) draft.setNarrative(key, imported.narratives[key]);
    void draft.flush();
    setStep({ kind: "done", count: changes.cells.length + changes.narratives.length });
    if (fileInput.current) fileInput.current.value = "";
  };

  return (
    <section aria-label="Excel 填报与导入" className="mt-4 rounded border border-slate-300 bg-white">
      <button type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)} className="w-full px-4 py-2 text-left text-sm font-medium hover:bg-slate-50">
        {open ? "▾" : "▸"} Excel 填报与导入
      </button>
      <div id={panelId} hidden={!open} className="border-t border-slate-200 px-4 py-3 text-sm">
        <p>
          <a href={`/workspace/reports/${reportId}/draft/report.xlsx`} download className="text-blue-800 underline">
            下载本报告的 Excel 填报稿
          </a>
          ：按官方格式列出全部表格和已保存的数据，可离线填写后在此导入。
        </p>
        {canImport ? (
          <form method="post" onSubmit={read} className="mt-3 flex flex-wrap items-end gap-3">
            <div>
              <label htmlFor={inputId} className="block font-medium">
                导入文件（本系统导出的 Excel .xlsx、开放数据 .json，或报告的 Word .docx、网页 .html、PDF、文本 .txt）
              </label>
              <input id={inputId} ref={fileInput} type="file" name="file" accept=".xlsx,.json,.docx,.html,.htm,.pdf,.txt,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/html,application/pdf,text/plain" className="mt-1 block text-sm" />
            </div>
            <div className="w-full">
              <label htmlFor={`${inputId}-paste`} className="block font-medium">或粘贴报告草稿的全文（从 Word 中全选复制，表格按原样粘贴）</label>
              <textarea id={`${inputId}-paste`} value={pasted} onChange={(e) => setPasted(e.target.value)} rows={3} className="mt-1 block w-full rounded border border-slate-400 px-2 py-1" />
            </div>
            <button type="submit" disabled={step.kind === "reading"} className="rounded border border-slate-400 bg-white px-3 py-1.5 hover:bg-slate-100 disabled:opacity-60">
              {step.kind === "reading" ? "正在读取…" : "读取文件"}
            </button>
          </form>
        ) : (
          <p className="mt-2 text-slate-600">报告当前不能修改，不能导入。</p>
        )}

        <div role="status" className="mt-3">
          {step.kind === "error" && <p className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">{step.message}</p>}
          {step.kind === "done" && (
            <p className="rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">已导入 {step.count} 处修改，正在自动保存；保存状态见上方，修改记录中可查看每一处修改。</p>
          )}
        </div>
        {step.kind === "preview" && (
          <ImportPreview step={step} narratives={narratives} sectionTitle={sectionTitle} onCancel={() => setStep({ kind: "idle" })} onApply={(r) => apply(r.changes, r.imported)} />
        )}
      </div>
    </section>
  );
}

function ImportPreview({
  step,
  narratives,
  sectionTitle,
  onCancel,
  onApply,
}: {
  step: Extract<Step, { kind: "preview" }>;
  narratives: Record<string, string>;
  sectionTitle: (key: string) => string;
  onCancel: () => void;
  onApply: (reading: Reading) => void;
}) {
  const [zero, setZero] = useState(false);
  const reading = zero && step.zeroed ? step.zeroed : step.asRead;
  const { imported, changes } = reading;
  const { file } = step;
  const blanks = step.asRead.imported.blanks?.length ?? 0;
  const total = changes.cells.length + changes.narratives.length;
  return (
    <div className="mt-3" data-testid="import-preview">
      <h3 className="font-semibold">“{file}”将作如下修改</h3>
      {imported.notices.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 rounded border border-amber-300 bg-amber-50 py-2 pr-3 pl-7 text-amber-950">
          {imported.notices.map((n) => <li key={n}>{n}</li>)}
        </ul>
      )}
      {imported.problems.length > 0 && (
        <div className="mt-2 rounded border border-red-300 bg-red-50 px-3 py-2 text-red-900">
          <p className="font-medium">以下内容未导入：</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {imported.problems.map((p) => <li key={p}>{p}</li>)}
          </ul>
        </div>
      )}
      {step.asRead.imported.reading && <ReadingDetails file={file} reading={step.asRead.imported.reading} />}
      {blanks > 0 && (
        <div className="mt-2 rounded border border-slate-300 bg-slate-50 px-3 py-2">
          <p>文件中有 {blanks} 个单元格为空白（未填，或印为“/”“—”“无”），按空白导入，不会当作 0。</p>
          <label className="mt-1 flex items-center gap-2">
            <input type="checkbox" checked={zero} onChange={(e) => setZero(e.target.checked)} />
            空白按 0 处理
          </label>
        </div>
      )}
      <p className="mt-2">
        {total === 0 ? "文件中的数据与报告当前内容相同，无需导入。" : `共 ${changes.cells.length} 个单元格${changes.narratives.length ? `、${changes.narratives.length} 部分正文` : ""}将被修改`}
        {changes.unchanged > 0 && `（另有 ${changes.unchanged} 个单元格与当前相同）`}。
      </p>
      {changes.cells.length > 0 && (
        <div className="mt-2 max-h-80 overflow-auto rounded border border-slate-200" tabIndex={0} role="region" aria-label="将被修改的单元格">
          <table className="w-full text-left">
            <caption className="sr-only">将被修改的单元格</caption>
            <thead className="sticky top-0 bg-slate-100">
              <tr>
                <th scope="col" className="px-2 py-1">单元格</th>
                <th scope="col" className="px-2 py-1 text-right">当前</th>
                <th scope="col" className="px-2 py-1 text-right">导入后</th>
              </tr>
            </thead>
            <tbody>
              {changes.cells.slice(0, SHOWN_ROWS).map((c) => (
                <tr key={c.key} className="border-t border-slate-100">
                  <th scope="row" className="px-2 py-1 font-normal">{c.name}</th>
                  <td className="px-2 py-1 text-right text-slate-600">{c.from ?? "（空）"}</td>
                  <td className="px-2 py-1 text-right font-medium">{c.to ?? "（空）"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {changes.narratives.length > 0 && (
        <div className="mt-3">
          <p>正文：{changes.narratives.map(sectionTitle).join("、")}将替换为文件中的文字，修改如下（绿色下划线为插入，红色删除线为删除）：</p>
          {changes.narratives.map((key) => (
            <NarrativeDiff key={key} title={sectionTitle(key)} from={narratives[key]} to={imported.narratives[key]} />
          ))}
        </div>
      )}
      <div className="mt-3 flex gap-3">
        {total > 0 && (
          <button type="button" onClick={() => onApply(reading)} className="rounded bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700">
            导入这 {total} 处修改
          </button>
        )}
        <button type="button" onClick={onCancel} className="rounded border border-slate-400 bg-white px-3 py-1.5 hover:bg-slate-100">
          取消
        </button>
      </div>
    </div>
  );
}

/** A Word draft's whole reading: its tables as read beside the report in the official layout, drawn when opened. */
function ReadingDetails({ file, reading }: { file: string; reading: CheckedUpload }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="mt-2 rounded border border-slate-200 px-3 py-2" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-blue-800">查看文件的读取详情（原样表格与按官方格式读取的报告、检查结果）</summary>
      {open && <ReadReportPreview file={file} result={reading} headingLevel={3} />}
    </details>
  );
}
