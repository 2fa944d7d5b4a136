"use client";

import type { ReviewComment } from "@/lib/dal/review-read";
import { formatDateTime } from "@/lib/format-date";

interface Props {
  comments: ReviewComment[];
  nameOf: (c: ReviewComment) => string;
  onFocus: (c: ReviewComment) => void;
}

/** The office's comments on this part of the report, each leading to its cell. */
export function CommentsPanel({ comments, nameOf, onFocus }: Props) {
  if (comments.length === 0) return null;
  return (
    <section aria-label="审核批注" className="mt-4 rounded border border-blue-300 bg-blue-50 p-3 text-sm text-blue-950">
      <h3 className="font-semibold">审核批注（{comments.length} 条）</h3>
      <ul className="mt-2 space-y-1">
        {comments.map((c) => (
          <li key={c.id}>
            <button type="button" onClick={() => onFocus(c)} className="text-left hover:underline">
              <span aria-hidden="true">💬 </span>
              <strong>{nameOf(c)}</strong>：{c.text}
            </button>
            <span className="ml-2 text-xs text-blue-800">
              {c.author} · {formatDateTime(c.createdAt)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
