"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { handBackAction, handOverAction } from "../actions";

interface Props {
  reportId: number;
  role: "editor" | "approver";
  handedOver: boolean;
}

/**
 * 送签发 inside the unit: the editor's "填写完成，送签发" (the approver is notified), and the approver's
 * "退回填报员" with a note. Saved edits are on the server already; the draft stays editable by both.
 */
export function HandoverControls({ reportId, role, handedOver }: Props) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [writing, setWriting] = useState(false);
  const [note, setNote] = useState("");
  const noteId = useId();

  const handOver = () =>
    start(async () => {
      const r = await handOverAction(reportId).catch(() => null);
      if (!r) return setMessage({ ok: false, text: "操作失败：网络或服务器出错，请稍后重试。" });
      if (!r.ok) return setMessage({ ok: false, text: r.error });
      setMessage({ ok: true, text: `已送签发，已通知本单位审核签发人（当前检查结果：${r.data.errors} 个错误、${r.data.warnings} 个提示）。` });
      router.refresh();
    });

  const handBack = () =>
    start(async () => {
      const r = await handBackAction({ reportId, note }).catch(() => null);
      if (!r) return setMessage({ ok: false, text: "操作失败：网络或服务器出错，请稍后重试。" });
      if (!r.ok) return setMessage({ ok: false, text: r.error });
      setWriting(false);
      setNote("");
      setMessage({ ok: true, text: "已退回填报员，并通知了填报员。" });
      router.refresh();
    });

  return (
    <div className="mt-3">
      {role === "editor" && !handedOver && (
        <button type="button" onClick={handOver} disabled={pending} className="rounded border border-brand-600 bg-white px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60">
          填写完成，送签发
        </button>
      )}
      {role === "approver" && handedOver && !writing && (
        <button type="button" onClick={() => setWriting(true)} className="rounded border border-slate-400 bg-white px-3 py-1.5 text-sm hover:bg-slate-100">
          退回填报员
        </button>
      )}
      {role === "approver" && writing && (
        <div className="max-w-xl rounded border border-slate-300 bg-white p-3 text-sm">
          <label htmlFor={noteId} className="block font-medium">退回说明（填报员将在报告顶部看到）</label>
          <textarea id={noteId} value={note} onChange={(e) => setNote(e.target.value)} rows={3} maxLength={1000} className="mt-1 block w-full rounded border border-slate-400 px-2 py-1" />
          <div className="mt-2 flex gap-2">
            <button type="button" onClick={handBack} disabled={pending} className="rounded bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
              确认退回
            </button>
            <button type="button" onClick={() => setWriting(false)} className="rounded border border-slate-400 bg-white px-3 py-1.5 hover:bg-slate-100">
              取消
            </button>
          </div>
        </div>
      )}
      <p role="status" className="mt-2 text-sm">
        {message && <span className={message.ok ? "text-green-800" : "text-red-800"}>{message.text}</span>}
      </p>
    </div>
  );
}
