import { narrativeDiff } from "@/lib/import/narrative-diff";

/** A narrative's changes as text: insertions and deletions marked, and named for screen readers. */
export function NarrativeDiff({ title, from, to }: { title: string; from: string | undefined; to: string }) {
  return (
    <section aria-label={`正文修改：${title}`} className="mt-2 rounded border border-slate-200">
      <h4 className="bg-slate-100 px-2 py-1 font-medium">{title}</h4>
      <div tabIndex={0} role="region" aria-label={`${title}的修改`} className="max-h-60 overflow-auto px-2 py-1 whitespace-pre-wrap">
        {narrativeDiff(from, to).map((part, i) =>
          part.kind === "insert" ? (
            <ins key={i} className="bg-green-100 text-green-900 underline decoration-green-700">
              <span className="sr-only">插入：</span>
              {part.text}
            </ins>
          ) : part.kind === "delete" ? (
            <del key={i} className="bg-red-100 text-red-900 line-through decoration-red-700">
              <span className="sr-only">删除：</span>
              {part.text}
            </del>
          ) : (
            <span key={i}>{part.text}</span>
          ),
        )}
      </div>
    </section>
  );
}
