import { isHandedIn } from "@/lib/dashboard/dashboard-rows";
import { deadlineWords } from "@/lib/deadlines";
import type { ReportState } from "@/lib/domain";

/** Within this many days the words turn amber: the deadline is close enough to act on today. */
const SOON = 7;

/**
 * "（还剩 N 天）", "（今天截止）" or "（已逾期 N 天）" after a report's deadline, in the same words as the
 * office's dashboard and its reminders; nothing once the report is handed in.
 */
export function DeadlineStatus({ daysLeft: days, state }: { daysLeft: number; state: ReportState }) {
  if (isHandedIn(state)) return null;
  const tone = days < 0 ? "font-semibold text-red-700" : days <= SOON ? "font-semibold text-amber-800" : "text-slate-700";
  return (
    <span className={`${tone} whitespace-nowrap`} data-testid="deadline-status">
      （{deadlineWords(days)}）
    </span>
  );
}
