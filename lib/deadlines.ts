import { beijingDate } from "@/lib/format-date";

/**
 * Deadlines in days and in words, one wording everywhere (the unit's home and report, the office's
 * dashboard, reminders): 还剩 N 天, 今天截止, 已逾期 N 天. Days are counted in the district's time zone.
 */

const DAY = 86_400_000;

/** Whole days from today to a deadline date (YYYY-MM-DD): 0 on the day itself, -1 the day after. */
export function daysUntil(deadline: string, now: number): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${beijingDate(now)}T00:00:00Z`)) / DAY);
}

export function deadlineWords(daysLeft: number): string {
  if (daysLeft < 0) return `已逾期 ${-daysLeft} 天`;
  return daysLeft === 0 ? "今天截止" : `还剩 ${daysLeft} 天`;
}
