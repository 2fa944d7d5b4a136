"use client";

import { useState, useTransition } from "react";
import type { Rejection } from "@/lib/checks/submission-gate";
import type { Finding } from "@/lib/checks/types";
import { SEVERITY } from "@/components/findings/finding-style";

interface Props {
  id?: string;
  title: string;
  findings: Finding[];
  explanations: Record<string, string>;
  /** The office's 不认可 of an explanation, with its note. */
  rejections?: Record<string, Rejection>;
  canExplain: boolean;
  onFocus: (finding: Finding) => void;
  /** `alsoFor`: other warnings on the same cells the same explanation is to cover. */
  onExplain: (finding: Finding, text: string, alsoFor?: Finding[]) => Promise<string | null>;
  /** The other warnings that concern the same cells (one changed cell can raise several): offered one explanation. */
  relatedOf?: (finding: Finding) => Finding[];
}

/** The findings of a section or of the whole report; each moves focus to its cell or sentence. */
export function FindingsPanel({ id, title, findings, explanations, rejections = {}, canExplain, onFocus, onExplain, relatedOf = () => [] }: Props) {
  if (findings.length === 0) {
    return (
      <p className="mt-4 rounded border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800" data-testid="findings-none">
        ✓ {title}：未发现问题
      </p>
    );
  }
  return (
    <section id={id} aria-label={title} className="mt-4 scroll-mt-16 rounded border border-slate-300 bg-white p-3">
      <h3 className="text-sm font-semibold">
        {title}：{findings.length} 个问题
      </h3>
      <ul className="mt-2 space-y-2">
        {findings.map((f) => (
          // Keyed by its saved text too: an explanation saved for it from another finding shows in its box.
          <FindingItem key={`${f.key}\u0000${explanations[f.key] ?? ""}`} finding={f} explanation={explanations[f.key] ?? ""} rejection={rejections[f.key]} related={f.severity === "warning" ? relatedOf(f) : []} canExplain={canExplain} onFocus={onFocus} onExplain={onExplain} />
        ))}
      </ul>
    </section>
  );
}

/**
 * One line above a section's tables, always the same height whatever the findings, so the rows below never
 * move as findings come and go; the findings themselves are listed after the section (panelId).
 */
export function FindingsSummary({ findings, panelId }: { findings: Finding[]; panelId: string }) {
  const count = (severity: Finding["severity"]) => findings.filter((f) => f.severity === severity).length;
  const parts = (["error", "warning", "info"] as const).filter((s) => count(s) > 0).map((s) => `${count(s)} 个${SEVERITY[s].label}`);
  return (
    <p className="mt-3 h-6 truncate text-sm leading-6 text-slate-700" data-testid="findings-summary">
      {parts.length === 0 ? (
        <span className="text-green-800">✓ 本部分检查：未发现问题</span>
      ) : (
        <>
          本部分检查：{parts.join(" · ")}{" "}
          <button type="button" onClick={() => showPanel(panelId)} className="text-blue-800 underline">
            查看详情
          </button>
        </>
      )}
    </p>
  );
}

/** Scrolls to the panel and moves focus there (not through the address bar: that is the sections' history). */
function showPanel(id: string) {
  const panel = document.getElementById(id);
  panel?.scrollIntoView({ block: "start" });
  panel?.querySelector<HTMLElement>("button")?.focus({ preventScroll: true });
}

function FindingItem({
  finding,
  explanation,
  rejection,
  related,
  canExplain,
  onFocus,
  onExplain,
}: {
  finding: Finding;
  explanation: string;
  rejection?: Rejection;
  related: Finding[];
  canExplain: boolean;
  onFocus: Props["onFocus"];
  onExplain: Props["onExplain"];
}) {
  const [alsoRelated, setAlsoRelated] = useState(false);
  const s = SEVERITY[finding.severity];
  const [text, setText] = useState(explanation);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const explained = explanation.trim().length > 0;
  return (
    <li className={`rounded border px-3 py-2 text-sm ${s.box}`} data-testid="finding">
      <button type="button" onClick={() => onFocus(finding)} className={`text-left hover:underline ${s.text}`}>
        <span aria-hidden="true">{s.icon} </span>
        <span className="font-medium">{s.label}</span> <code className="rounded bg-white/70 px-1 text-xs">{finding.checkId}</code> {finding.message}
      </button>{" "}
      <a href={`/workspace/help/checks#${finding.checkId}`} target="_blank" rel="noopener" className="text-xs text-blue-800 underline">
        规则说明<span className="sr-only">（{finding.checkId}，在新窗口打开）</span>
      </a>
      {finding.text && (
        <p className="mt-1 text-slate-700">
          “{finding.text.sentence.slice(0, finding.text.start - finding.text.sentenceStart)}
          <mark className="bg-amber-200">{finding.text.sentence.slice(finding.text.start - finding.text.sentenceStart, finding.text.end - finding.text.sentenceStart)}</mark>
          {finding.text.sentence.slice(finding.text.end - finding.text.sentenceStart)}”
        </p>
      )}
      {finding.severity === "warning" && (
        <div className="mt-2">
          {rejection && (
            <p className="mb-1 rounded border border-red-300 bg-red-50 px-2 py-1 text-xs text-red-900" data-testid="explanation-rejected">
              <span className="font-medium">不认可</span>（{rejection.by ?? "政务公开办公室"}）{rejection.note ? `：${rejection.note}` : ""}。请改正数据，或重写情况说明后再提交。
            </p>
          )}
          <label className="block text-xs font-medium text-slate-700" htmlFor={`expl-${finding.key}`}>
            情况说明{rejection ? "（未被认可，须修改）" : explained ? "（已填写）" : "（提交前必须填写）"}
          </label>
          <div className="mt-1 flex gap-2">
            <textarea
              id={`expl-${finding.key}`}
              rows={2}
              value={text}
              readOnly={!canExplain}
              onChange={(e) => setText(e.target.value)}
              className="w-full rounded border border-slate-300 bg-white p-2"
            />
            {canExplain && (
              <button
                type="button"
                disabled={pending || text === explanation}
                onClick={() => startTransition(async () => setMessage(await onExplain(finding, text, alsoRelated ? related : undefined)))}
                className="self-end whitespace-nowrap rounded border border-slate-400 bg-white px-3 py-1 disabled:opacity-50"
              >
                {pending ? "保存中…" : "保存说明"}
              </button>
            )}
          </div>
          {canExplain && related.length > 0 && (
            <label className="mt-1 flex items-start gap-1.5 text-xs text-slate-700">
              <input type="checkbox" checked={alsoRelated} onChange={(e) => setAlsoRelated(e.target.checked)} className="mt-0.5" />
              <span>
                同一说明也用于涉及相同单元格的 {related.length} 条提示（{related.map((r) => r.checkId).join("、")}）
              </span>
            </label>
          )}
          {message && <p className="mt-1 text-xs text-red-700">{message}</p>}
        </div>
      )}
    </li>
  );
}
