"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { publishConsolidatedAction, publishReportAction, reopenForCorrectionAction } from "../actions";

interface Props {
  /** A unit report (reportId) or the consolidated report of a year. */
  target: { reportId: number } | { year: number; reportId: number | null };
  state: string;
  /** Versions already published; the next one is a correction and needs a note. */
  publishedVersions: number;
  publicPath: string | null;
  /** 更正 (reopening) is the office's; a unit that may publish its own report does not get it. */
  canCorrect?: boolean;
}

/** 发布 and 更正: publishing freezes a version; correcting reopens the report, and the next publication is version n+1. */
export function PublishPanel({ target, state, publishedVersions, publicPath, canCorrect = true }: Props) {
  const router = useRouter();
  const [note, setNote] = useState("");
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [pending, startTransition] = useTransition();
  const [asking, setAsking] = useState<"publish" | "reopen" | null>(null);
  const isCorrection = publishedVersions > 0;
  const nextVersion = publishedVersions + 1;
  const canPublish = "year" in target ? state !== "published" : state === "approved";
  const previewPath = `/workspace/publishing/preview?${"year" in target ? `year=${target.year}` : `report=${target.reportId}`}`;

  const publish = () =>
    startTransition(async () => {
      const correctionNote = isCorrection ? note : undefined;
      const r = "year" in target ? await publishConsolidatedAction({ year: target.year, correctionNote }) : await publishReportAction({ reportId: target.reportId, correctionNote });
      setAsking(null);
      setMessage(r.ok ? { ok: true, text: `已发布第 ${r.data.version} 版。` } : { ok: false, text: r.error });
      if (r.ok) router.refresh();
    });
  const reopen = () =>
    startTransition(async () => {
      if (target.reportId === null) return;
      const r = await reopenForCorrectionAction({ reportId: target.reportId, reason });
      setAsking(null);
      setMessage(r.ok ? { ok: true, text: "已重新打开，修改并审核后可发布更正版本。" } : { ok: false, text: r.error });
      if (r.ok) router.refresh();
    });

  return (
    <section aria-labelledby="publish-heading" className="mt-6 rounded border-2 border-emerald-600 bg-white p-4">
      <h2 id="publish-heading" className="font-semibold">向社会公开</h2>
      {publicPath && (
        <p className="mt-1 text-sm">
          已发布 {publishedVersions} 个版本：<Link href={publicPath} className="text-blue-800 underline">{publicPath}</Link>
        </p>
      )}
      {canPublish && (
        <div className="mt-2">
          {isCorrection && (
            <>
              <label htmlFor="correction-note" className="block text-sm font-medium">更正说明（发布更正版本时必填，将在公开页面显示）</label>
              <textarea id="correction-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} className="mt-1 w-full rounded border border-slate-300 p-2 text-sm" />
            </>
          )}
          {asking === "publish" ? (
            <div role="group" aria-label="确认发布" className="mt-2 rounded border border-emerald-600 bg-emerald-50 p-3 text-sm">
              <p>
                将发布第 {nextVersion} 版{isCorrection ? `（更正：${note.trim()}）` : ""}。发布后任何人都可以在公开网站查阅该版本，它不能再修改；
                {isCorrection ? "此前的版本仍可在原地址查阅。" : "如需更正，须重新打开并发布新版本。"}
                {publicPath && <> 公开地址：<Link href={publicPath} className="text-blue-800 underline">{publicPath}</Link>（当前版本）</>}
              </p>
              <p className="mt-2">
                <a href={previewPath} target="_blank" rel="noopener" className="font-medium text-blue-800 underline">
                  预览公开页面（第 {nextVersion} 版，新窗口打开）
                </a>
              </p>
              <div className="mt-2 flex gap-3">
                <button type="button" disabled={pending} onClick={publish} className="rounded bg-emerald-700 px-4 py-2 font-medium text-white disabled:opacity-50">
                  {pending ? "正在发布…" : `确认发布第 ${nextVersion} 版`}
                </button>
                <button type="button" onClick={() => setAsking(null)} className="rounded border border-slate-400 bg-white px-4 py-2 hover:bg-slate-100">
                  取消
                </button>
              </div>
            </div>
          ) : (
            <button type="button" disabled={pending || (isCorrection && !note.trim())} onClick={() => setAsking("publish")} className="mt-2 rounded bg-emerald-700 px-4 py-2 font-medium text-white disabled:opacity-50">
              {isCorrection ? `发布更正版本（第 ${nextVersion} 版）` : "发布"}
            </button>
          )}
        </div>
      )}
      {canCorrect && state === "published" && target.reportId !== null && (
        <div className="mt-3">
          <label htmlFor="correction-reason" className="block text-sm font-medium">更正理由</label>
          <textarea id="correction-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} className="mt-1 w-full rounded border border-slate-300 p-2 text-sm" />
          {asking === "reopen" ? (
            <div role="group" aria-label="确认更正" className="mt-2 rounded border border-amber-600 bg-amber-50 p-3 text-sm">
              <p>报告将重新打开并退回单位修改（理由：{reason.trim()}）；已发布的第 {publishedVersions} 版仍在公开网站上，修改审核后发布第 {nextVersion} 版。</p>
              <div className="mt-2 flex gap-3">
                <button type="button" disabled={pending} onClick={reopen} className="rounded bg-amber-700 px-4 py-2 font-medium text-white disabled:opacity-50">
                  确认重新打开
                </button>
                <button type="button" onClick={() => setAsking(null)} className="rounded border border-slate-400 bg-white px-4 py-2 hover:bg-slate-100">
                  取消
                </button>
              </div>
            </div>
          ) : (
            <button type="button" disabled={pending || !reason.trim()} onClick={() => setAsking("reopen")} className="mt-2 rounded border border-amber-600 bg-amber-50 px-4 py-2 font-medium text-amber-900 disabled:opacity-50">
              更正（重新打开报告）
            </button>
          )}
        </div>
      )}
      {message && <p role={message.ok ? "status" : "alert"} className={`mt-2 text-sm ${message.ok ? "text-green-800" : "text-red-700"}`}>{message.text}</p>}
    </section>
  );
}
