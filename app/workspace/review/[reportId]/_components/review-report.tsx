"use client";

import { useMemo, useRef, useState } from "react";
import { NarrativeText } from "@/components/report-view/narrative-text";
import { SectionTables } from "@/components/report-table/section-tables";
import type { ReviewComment } from "@/lib/dal/review-read";
import { formatDateTime } from "@/lib/format-date";
import { reportTitle, resolveFormat, sectionTitle, withDerived, type ReportValues } from "@/lib/report-format";
import { addCommentAction } from "../actions";
import { useAction } from "./use-action";

interface Props {
  reportId: number;
  year: number;
  /** The unit's full official name, as the report's title prints it. */
  officialName: string;
  formatVersion: string;
  localTables: string[];
  values: ReportValues;
  narratives: Record<string, string>;
  comments: ReviewComment[];
  canComment: boolean;
}

type Target = { target: "cell" | "section" | "report"; targetKey: string; label: string };

/** The unit's report in the official layout, read-only; any cell or section can be picked for a comment. */
export function ReviewReport(props: Props) {
  const format = resolveFormat(props.formatVersion, props.localTables);
  const all = useMemo(() => withDerived(format, props.values), [format, props.values]);
  const [target, setTarget] = useState<Target>({ target: "report", targetKey: "", label: "全文" });
  const [text, setText] = useState("");
  const box = useRef<HTMLTextAreaElement>(null);
  const { pending, error, run } = useAction();
  const commentCount = (t: Target["target"], key: string) => props.comments.filter((c) => c.target === t && c.targetKey === key).length;

  const targetName = (c: ReviewComment) => {
    if (c.target === "cell") return format.cellByKey.get(c.targetKey)?.name ?? c.targetKey;
    if (c.target === "report") return "全文";
    return sectionTitle(format, c.targetKey);
  };

  const pick = (t: Target) => {
    setTarget(t);
    box.current?.focus();
  };

  const renderCell = (key: string) => {
    const cell = format.cellByKey.get(key)!;
    const v = all[key];
    const n = commentCount("cell", key);
    return (
      <div className="flex items-center justify-end gap-1 px-2 py-1.5">
        <span className="tabular-nums" data-testid={`value-${key}`}>{v ? `${v.value}${v.unit ? ` ${v.unit}` : ""}` : "—"}</span>
        {props.canComment && (
          <button type="button" aria-label={`批注：${cell.name}`} onClick={() => pick({ target: "cell", targetKey: key, label: cell.name })} className="rounded px-1 text-xs text-blue-800 hover:bg-blue-50">
            {n ? `💬${n}` : "＋"}
          </button>
        )}
        {!props.canComment && n > 0 && <span aria-label={`${n} 条批注`}>💬{n}</span>}
      </div>
    );
  };

  const sectionComment = (key: string, label: string) =>
    props.canComment && (
      <button type="button" onClick={() => pick({ target: "section", targetKey: key, label })} className="ml-3 rounded border border-blue-300 px-2 py-0.5 text-xs font-normal text-blue-800">
        批注本部分{commentCount("section", key) ? `（${commentCount("section", key)}）` : ""}
      </button>
    );

  return (
    <div className="mt-6 grid gap-6 xl:grid-cols-[1fr_22rem]">
      <article className="min-w-0 rounded border border-slate-300 bg-white p-6">
        <h2 className="text-center text-xl font-bold">{reportTitle(props.officialName, props.year)}</h2>
        <h3 className="mt-4 font-semibold">
          {format.preamble.title}
          {sectionComment(format.preamble.key, format.preamble.title)}
        </h3>
        <NarrativeText text={props.narratives[format.preamble.key] ?? ""} />
        {format.sections.map((s) => (
          <section key={s.key} className="mt-6">
            <h3 className="text-lg font-semibold">
              {s.number}、{s.title}
              {sectionComment(s.key, `${s.number}、${s.title}`)}
            </h3>
            <div className="mt-2"><SectionTables format={format} section={s} renderCell={renderCell} headingLevel={4} /></div>
            {s.narrative !== "none" && <div className="mt-2"><NarrativeText text={props.narratives[s.key] ?? ""} headingLevel={4} /></div>}
          </section>
        ))}
      </article>

      <aside className="xl:sticky xl:top-4 xl:self-start">
        {props.canComment && (
          <div className="rounded border border-blue-300 bg-blue-50 p-3">
            <label htmlFor="comment-text" className="block text-sm font-semibold">批注：{target.label}</label>
            <textarea id="comment-text" ref={box} rows={3} value={text} onChange={(e) => setText(e.target.value)} className="mt-1 w-full rounded border border-slate-300 p-2 text-sm" />
            <button
              type="button"
              disabled={pending || !text.trim()}
              onClick={() => run(() => addCommentAction({ reportId: props.reportId, target: target.target, targetKey: target.targetKey, text }), () => setText(""))}
              className="mt-1 rounded bg-blue-700 px-3 py-1 text-sm text-white disabled:opacity-50"
            >
              添加批注
            </button>
            {error && <p role="alert" className="mt-1 text-sm text-red-700">{error}</p>}
          </div>
        )}
        <h3 className="mt-4 text-sm font-semibold">批注（{props.comments.length}）</h3>
        <ul className="mt-1 space-y-2 text-sm">
          {props.comments.map((c) => (
            <li key={c.id} className={`rounded border p-2 ${c.resolvedAt ? "border-slate-200 text-slate-500" : "border-blue-200 bg-white"}`}>
              <p className="font-medium">{targetName(c)}</p>
              <p>{c.text}</p>
              <p className="text-xs">{c.author} · {formatDateTime(c.createdAt)}{c.resolvedAt ? " · 单位已重新提交" : ""}</p>
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}
