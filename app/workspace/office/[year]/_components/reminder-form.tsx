"use client";

import { useActionState } from "react";
import { sendRemindersAction, type ReminderState } from "../actions";

/**
 * Wraps the dashboard table (whose rows carry the unitId checkboxes) in the reminder form. Works without
 * JavaScript too; React resets the form (unticks every unit) after a reminder went out.
 */
export function ReminderForm({ year, mailEnabled, children }: { year: number; mailEnabled: boolean; children: React.ReactNode }) {
  const [result, formAction, pending] = useActionState<ReminderState, FormData>(sendRemindersAction, null);
  return (
    <form action={formAction} aria-label="催报提醒">
      <input type="hidden" name="year" value={year} />
      <div className="mb-3 flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {pending ? "正在发送…" : "向所选单位发送催报提醒"}
        </button>
        <span className="text-sm text-slate-600">
          {mailEnabled ? "提醒将发送到各单位填报员和审核签发人的站内通知和邮箱。" : "提醒将发送到各单位填报员和审核签发人的站内通知（邮件通知未启用）。"}
        </span>
      </div>
      {/* Live regions stay in the page so that what appears in them is announced. */}
      <div role="status">
        {result?.ok && (
          <p className="mb-3 rounded bg-green-50 px-3 py-2 text-sm text-green-800">
            已向 {result.data.units} 个单位的 {result.data.people} 人发送催报提醒。
          </p>
        )}
      </div>
      <div role="alert">{result && !result.ok && <p className="mb-3 rounded bg-red-50 px-3 py-2 text-sm text-red-800">{result.error}</p>}</div>
      {children}
    </form>
  );
}
