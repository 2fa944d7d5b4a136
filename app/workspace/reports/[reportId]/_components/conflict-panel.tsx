"use client";

import { formatTime } from "@/lib/format-date";
import type { ReportFormat } from "@/lib/report-format";
import type { DraftSnapshot } from "./report-draft";

interface Props {
  snap: DraftSnapshot;
  format: ReportFormat;
  sectionTitle: (key: string) => string;
  onCell: (key: string, choice: "theirs" | "mine") => void;
  onNarrative: (key: string, choice: "theirs" | "mine") => void;
}

/** Someone else changed what this person was changing: show both values and let the person decide. */
export function ConflictPanel({ snap, format, sectionTitle, onCell, onNarrative }: Props) {
  if (snap.conflicts.length === 0 && snap.narrativeConflicts.length === 0) return null;
  const button = "rounded border px-2 py-0.5 text-sm";
  return (
    <section role="alert" aria-label="保存冲突" className="mt-4 rounded border-2 border-amber-400 bg-amber-50 p-4 text-sm text-amber-950">
      <h2 className="font-semibold">保存冲突：以下内容已被他人修改，您的修改尚未保存</h2>
      <ul className="mt-2 space-y-2">
        {snap.conflicts.map((c) => {
          const name = format.cellByKey.get(c.key)?.name ?? c.key;
          const mine = snap.texts[c.key] ?? "";
          return (
            <li key={c.key} className="flex flex-wrap items-center gap-2">
              <span>
                “{name}”已被{c.by ?? "他人"}于 {formatTime(c.at)} 改为 <strong>{c.value ?? "空"}{c.unit ? ` ${c.unit}` : ""}</strong>，
                您填写的是 <strong>{mine || "空"}</strong>。
              </span>
              <button type="button" className={`${button} border-amber-500 bg-white`} onClick={() => onCell(c.key, "theirs")}>
                采用对方的值
              </button>
              <button type="button" className={`${button} border-amber-700 bg-amber-600 text-white`} onClick={() => onCell(c.key, "mine")}>
                保留我的值
              </button>
            </li>
          );
        })}
        {snap.narrativeConflicts.map((c) => (
          <li key={c.sectionKey} className="flex flex-wrap items-center gap-2">
            <span>“{sectionTitle(c.sectionKey)}”正文已被{c.by ?? "他人"}于 {formatTime(c.at)} 修改。</span>
            <button type="button" className={`${button} border-amber-500 bg-white`} onClick={() => onNarrative(c.sectionKey, "theirs")}>
              载入对方的版本
            </button>
            <button type="button" className={`${button} border-amber-700 bg-amber-600 text-white`} onClick={() => onNarrative(c.sectionKey, "mine")}>
              保留我的版本
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
