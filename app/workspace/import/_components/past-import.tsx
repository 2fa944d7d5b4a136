"use client";

import JSZip from "jszip";
import Link from "next/link";
import { Fragment, useId, useRef, useState } from "react";
import { ReadReportPreview } from "@/components/read-report/read-report-preview";
import type { PastImportPreview, UnitChoice } from "@/lib/dal/past-import";
import { IMPORT_MAX_BYTES } from "@/lib/import/import-limits";
import { importPastReportAction, previewPastImportAction } from "../actions";

interface Props {
  years: { year: number; formatVersion: string; taken: number[] }[];
  units: UnitChoice[];
  office: boolean;
}

type RowState =
  | { kind: "reading" }
  | { kind: "refused"; message: string }
  | { kind: "read"; preview: PastImportPreview }
  | { kind: "importing"; preview: PastImportPreview }
  | { kind: "imported"; preview: PastImportPreview; reportId: number; cells: number }
  | { kind: "failed"; preview: PastImportPreview; message: string };

interface Row {
  file: File;
  state: RowState;
  unitId: number | null;
  year: number | null;
}

const READABLE = /\.(docx|html?|pdf|txt)$/i;
/** A .zip is opened here, in the browser: the server never unpacks an archive someone sent it; it reads each file on its own. */
const ZIP_LIMITS = { entries: 200, entryBytes: IMPORT_MAX_BYTES };

async function filesOf(list: FileList): Promise<{ files: File[]; skipped: string[] }> {
  const files: File[] = [];
  const skipped: string[] = [];
  for (const file of Array.from(list)) {
    if (!/\.zip$/i.test(file.name)) {
      files.push(file);
      continue;
    }
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(file);
    } catch {
      skipped.push(`${file.name}（不是有效的 .zip 文件）`);
      continue;
    }
    const entries = Object.values(zip.files).filter((e) => !e.dir && !e.name.startsWith("__MACOSX/"));
    if (entries.length > ZIP_LIMITS.entries) {
      skipped.push(`${file.name}（包含 ${entries.length} 个文件，超过 ${ZIP_LIMITS.entries} 个）`);
      continue;
    }
    for (const entry of entries) {
      const name = entry.name.split("/").pop() ?? entry.name;
      if (!READABLE.test(name)) {
        skipped.push(`${file.name} 中的 ${name}（不是报告文件）`);
        continue;
      }
      // The server refuses any file over 5 MB again; here the declared size spares the browser a needless inflate.
      const declared = (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
      const bytes = declared > ZIP_LIMITS.entryBytes ? null : await entry.async("uint8array").catch(() => null);
      if (!bytes || bytes.length > ZIP_LIMITS.entryBytes) skipped.push(`${file.name} 中的 ${name}（超过 5 MB 或已损坏）`);
      else files.push(new File([bytes as BlobPart], name));
    }
  }
  return { files, skipped };
}

const countsText = (p: PastImportPreview) => `读取 ${p.cells} 格 · 空白 ${p.blanks} · 未能读取 ${p.unmapped}`;
const findingsText = (p: PastImportPreview) => `${p.findings.error} 个错误 · ${p.findings.warning} 个提示`;

export function PastImport({ years, units, office }: Props) {
  const [rows, setRows] = useState<Row[]>([]);
  const [skipped, setSkipped] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const yearSet = new Set(years.map((y) => y.year));

  const update = (i: number, patch: Partial<Row>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const read = async (e: React.FormEvent) => {
    e.preventDefault();
    const list = input.current?.files;
    if (!list?.length) return;
    setBusy(true);
    const { files, skipped: notRead } = await filesOf(list);
    setSkipped(notRead);
    const fresh: Row[] = files.map((file) => ({ file, state: { kind: "reading" }, unitId: null, year: null }));
    setRows(fresh);
    // One file at a time: the server reads one import per person at once.
    for (let i = 0; i < fresh.length; i++) {
      const file = fresh[i].file;
      if (file.size > IMPORT_MAX_BYTES) {
        update(i, { state: { kind: "refused", message: "文件超过 5 MB。" } });
        continue;
      }
      const form = new FormData();
      form.set("file", file);
      const result = await previewPastImportAction(form).catch(() => null);
      if (!result) update(i, { state: { kind: "refused", message: "读取失败：网络或服务器出错。" } });
      else if (!result.ok) update(i, { state: { kind: "refused", message: result.error } });
      else {
        const p = result.data;
        update(i, { state: { kind: "read", preview: p }, unitId: p.unit?.id ?? (office ? null : (units[0]?.id ?? null)), year: p.year !== null && yearSet.has(p.year) ? p.year : null });
      }
    }
    setBusy(false);
  };

  const takenFor = (r: Row) => r.unitId !== null && r.year !== null && (years.find((y) => y.year === r.year)?.taken.includes(r.unitId) ?? false);
  const ready = rows.filter((r) => r.state.kind === "read" && r.unitId !== null && r.year !== null && !takenFor(r));

  const importAll = async () => {
    setBusy(true);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (row.state.kind !== "read" || row.unitId === null || row.year === null || takenFor(row)) continue;
      const preview = row.state.preview;
      update(i, { state: { kind: "importing", preview } });
      const form = new FormData();
      form.set("file", row.file);
      form.set("unitId", String(row.unitId));
      form.set("year", String(row.year));
      const result = await importPastReportAction(form).catch(() => null);
      if (!result) update(i, { state: { kind: "failed", preview, message: "导入失败：网络或服务器出错。" } });
      else if (!result.ok) update(i, { state: { kind: "failed", preview, message: result.error } });
      else update(i, { state: { kind: "imported", preview, reportId: result.data.reportId, cells: result.data.cells } });
    }
    setBusy(false);
  };

  return (
    <section aria-labelledby="past-import-heading" className="mt-6">
      <h2 id="past-import-heading" className="text-lg font-semibold">选择要导入的报告</h2>
      <form method="post" onSubmit={read} className="mt-2 flex flex-wrap items-end gap-3 rounded border border-slate-300 bg-white px-4 py-3">
        <div>
          <label htmlFor={inputId} className="block font-medium">报告文件{office ? "（可多选，或一个 .zip）" : ""}</label>
          <input id={inputId} ref={input} type="file" multiple={office} accept=".docx,.html,.htm,.pdf,.txt,.zip" className="mt-1 block text-sm" />
        </div>
        <button type="submit" disabled={busy} className="rounded border border-slate-400 bg-white px-3 py-1.5 hover:bg-slate-100 disabled:opacity-60">
          读取文件
        </button>
      </form>
      {skipped.length > 0 && (
        <div className="mt-2 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          <p>以下文件未读取：</p>
          <ul className="list-disc pl-5">{skipped.map((s) => <li key={s}>{s}</li>)}</ul>
        </div>
      )}
      {rows.length > 0 && (
        <>
          <div className="mt-4 overflow-x-auto rounded border border-slate-300 bg-white" role="region" aria-label="读取结果" tabIndex={0}>
            <table className="min-w-full text-sm">
              <caption className="sr-only">读取结果：每份文件将导入的单位、年度和读取情况</caption>
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th scope="col" className="px-2 py-1.5">文件</th>
                  <th scope="col" className="px-2 py-1.5">单位</th>
                  <th scope="col" className="px-2 py-1.5">年度</th>
                  <th scope="col" className="px-2 py-1.5">格式</th>
                  <th scope="col" className="px-2 py-1.5">单元格</th>
                  <th scope="col" className="px-2 py-1.5">检查结果</th>
                  <th scope="col" className="px-2 py-1.5">状态</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => (
                  <Fragment key={`${row.file.name}-${i}`}>
                    <PreviewRow row={row} taken={takenFor(row)} units={units} years={years} office={office} onUnit={(unitId) => update(i, { unitId })} onYear={(year) => update(i, { year })} />
                    {"preview" in row.state && <DetailRow file={row.file.name} preview={row.state.preview} />}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
          <div className="mt-3 flex items-center gap-3">
            <button type="button" onClick={importAll} disabled={busy || ready.length === 0} className="rounded bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
              导入 {ready.length} 份报告
            </button>
            <p role="status" className="text-sm text-slate-700">
              {busy ? "正在处理…" : rows.some((r) => r.state.kind === "imported") ? `已导入 ${rows.filter((r) => r.state.kind === "imported").length} 份。` : ""}
            </p>
          </div>
        </>
      )}
    </section>
  );
}

function PreviewRow({ row, taken, units, years, office, onUnit, onYear }: { row: Row; taken: boolean; units: UnitChoice[]; years: Props["years"]; office: boolean; onUnit: (id: number | null) => void; onYear: (y: number | null) => void }) {
  const s = row.state;
  const name = row.file.name;
  if (s.kind === "reading" || s.kind === "refused") {
    return (
      <tr className="border-t border-slate-200">
        <th scope="row" className="px-2 py-1.5 text-left font-normal">{name}</th>
        <td colSpan={6} className={`px-2 py-1.5 ${s.kind === "refused" ? "text-red-800" : "text-slate-600"}`}>{s.kind === "reading" ? "正在读取…" : `不能导入：${s.message}`}</td>
      </tr>
    );
  }
  const p = s.preview;
  const editable = s.kind === "read";
  const ordered = [...p.candidates, ...units.filter((u) => !p.candidates.some((c) => c.id === u.id))];
  return (
    <tr className="border-t border-slate-200 align-top">
      <th scope="row" className="px-2 py-1.5 text-left font-normal">
        {name}
        {p.printedUnit && <span className="block text-xs text-slate-600">标题：{p.printedUnit}{p.year ? `${p.year}年` : ""}</span>}
      </th>
      <td className="px-2 py-1.5">
        {office ? (
          <select aria-label={`${name} · 单位`} disabled={!editable} value={row.unitId ?? ""} onChange={(e) => onUnit(e.target.value ? Number(e.target.value) : null)} className={`rounded border px-1 py-0.5 ${row.unitId === null ? "border-red-500" : "border-slate-400"}`}>
            <option value="">{p.candidates.length > 1 ? "（多个单位符合，请选择）" : "（请选择单位）"}</option>
            {ordered.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </select>
        ) : (
          units[0]?.name
        )}
        {office && row.unitId !== null && p.printedUnit && !p.candidates.some((c) => c.id === row.unitId) && <span className="block text-xs text-amber-900">与标题中的单位不同，请核对</span>}
      </td>
      <td className="px-2 py-1.5">
        <select aria-label={`${name} · 年度`} disabled={!editable} value={row.year ?? ""} onChange={(e) => onYear(e.target.value ? Number(e.target.value) : null)} className={`rounded border px-1 py-0.5 ${row.year === null ? "border-red-500" : "border-slate-400"}`}>
          <option value="">（请选择）</option>
          {years.map((y) => <option key={y.year} value={y.year}>{y.year}年</option>)}
        </select>
        {p.year !== null && !years.some((y) => y.year === p.year) && <span className="block text-xs text-red-800">{p.year}年度尚未建立</span>}
      </td>
      <td className="px-2 py-1.5">
        {p.formatName}
        {row.year !== null && years.find((y) => y.year === row.year)?.formatVersion !== p.formatVersion && <span className="block text-xs text-red-800">与该年度的格式不同</span>}
      </td>
      <td className="px-2 py-1.5 whitespace-nowrap">{countsText(p)}</td>
      <td className="px-2 py-1.5">
        <details>
          <summary className="cursor-pointer whitespace-nowrap">{findingsText(p)}</summary>
          <ul className="mt-1 list-disc space-y-0.5 pl-4 text-xs">
            {[...p.notices, ...p.details].map((d) => <li key={d}>{d}</li>)}
          </ul>
        </details>
      </td>
      <td className="px-2 py-1.5">
        {s.kind === "read" &&
          (row.unitId === null || row.year === null ? (
            <span className="text-red-800">请选择单位和年度</span>
          ) : taken ? (
            <span className="text-red-800">该单位已有{row.year}年度报告，不能导入</span>
          ) : (
            "待导入"
          ))}
        {s.kind === "importing" && "正在导入…"}
        {s.kind === "imported" && (
          <span className="text-green-800">
            已导入（{s.cells} 格）<Link href={`/workspace/reports/${s.reportId}`} className="ml-1 text-blue-800 underline">查看</Link>
          </span>
        )}
        {s.kind === "failed" && <span className="text-red-800">未导入：{s.message}</span>}
      </td>
    </tr>
  );
}

/** The whole reading of one file, drawn only when opened: a bulk import may list 77 of them. */
function DetailRow({ file, preview }: { file: string; preview: PastImportPreview }) {
  const [open, setOpen] = useState(false);
  return (
    <tr className="bg-slate-50">
      <td colSpan={7} className="px-2 py-1">
        <details onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary className="cursor-pointer text-sm text-blue-800">查看“{file}”的读取详情（原样表格与按官方格式读取的报告）</summary>
          {open && (
            <div className="py-2">
              <ReadReportPreview file={file} result={preview.checked} headingLevel={3} />
            </div>
          )}
        </details>
      </td>
    </tr>
  );
}
