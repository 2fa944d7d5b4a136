import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { reportYearUnits, reportYears, reports, units } from "@/db/schema";
import { isOfficeRole } from "@/lib/access/report-access";
import { STATE_LABELS } from "@/lib/domain";
import { isHandedIn } from "@/lib/dashboard/dashboard-rows";
import { daysUntil, deadlineWords } from "@/lib/deadlines";
import { formatDate } from "@/lib/format-date";
import type { SendRemindersInput } from "@/lib/validation/dashboard-input";
import { refused } from "./access-refusals";
import { notify, unitsPeople } from "./internal/notify";
import type { ActionResult, CurrentUser } from "./types";

export interface ReminderOutcome {
  /** Units reminded, and the people their notices went to. */
  units: number;
  people: number;
}

export const REMINDER_REFUSED = "只有政务公开办公室的审核员和管理员可以发送催报提醒。";

/**
 * The office reminds the selected units of a year: a "reminder" notice for each of their editors and
 * approvers (and e-mail where configured, after commit). Only units the year expects are reminded.
 */
export function sendReminders(user: CurrentUser, input: SendRemindersInput, now = Date.now()): ActionResult<ReminderOutcome> {
  if (!isOfficeRole(user.role)) return refused(user, "发送催报提醒（仅政务公开办公室）", { ok: false, error: REMINDER_REFUSED, code: "locked" });
  const db = getDb();
  const year = db.select().from(reportYears).where(eq(reportYears.year, input.year)).get();
  if (!year) return { ok: false, error: "该年度不存在。", code: "not_found" };
  const targets = db
    .select({ unitId: units.id, unitName: units.name, reportId: reports.id, state: reports.state })
    .from(reportYearUnits)
    .innerJoin(units, eq(units.id, reportYearUnits.unitId))
    .leftJoin(reports, and(eq(reports.unitId, reportYearUnits.unitId), eq(reports.year, reportYearUnits.year)))
    .where(and(eq(reportYearUnits.year, input.year), inArray(reportYearUnits.unitId, [...new Set(input.unitIds)])))
    .all();
  if (targets.length === 0) return { ok: false, error: "所选单位不在本年度的应报单位中。", code: "invalid" };

  const deadline = `${formatDate(year.unitDeadline)}（${deadlineWords(daysUntil(year.unitDeadline, now))}）`;
  let people = 0;
  db.transaction((tx) => {
    const byUnit = unitsPeople(tx, targets.map((t) => t.unitId));
    for (const t of targets) {
      const ids = byUnit.get(t.unitId) ?? [];
      const state = t.state ?? "not_started";
      const ask = isHandedIn(state) ? "请留意审核意见。" : "请尽快完成填报，由审核签发人签发提交。";
      notify(
        tx,
        ids,
        {
          kind: "reminder",
          title: `催报提醒：${input.year}年政府信息公开工作年度报告`,
          body: `政务公开办公室提醒：${t.unitName}${input.year}年度报告当前状态为“${STATE_LABELS[state]}”，报送截止日期为${deadline}。${ask}`,
          link: t.reportId ? `/workspace/reports/${t.reportId}` : "/workspace",
          ...(t.reportId ? { reportId: t.reportId } : {}),
        },
        now,
      );
      people += ids.length;
    }
  });
  return { ok: true, data: { units: targets.length, people } };
}
