import "server-only";
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { reportChanges, reports, units, users } from "@/db/schema";
import { canEditReport, lockedReason } from "@/lib/access/report-access";
import { runChecks, summarize } from "@/lib/checks/run-checks";
import { formatDateTime } from "@/lib/format-date";
import { buildCheckContext, readPreviousReportData, readReportData } from "./internal/report-context";
import { REPORT_NOT_FOUND } from "./internal/not-found";
import { notify } from "./internal/notify";
import type { Tx } from "./internal/db-types";
import { findReadableReport } from "./report-gate";
import type { ActionResult, CurrentUser } from "./types";

/**
 * 送签发 inside the unit (workflow.md, draft): the editor hands the finished draft to the unit's approver,
 * who is notified and finds it under 待您签发; the approver may send it back with a note, which the editor
 * sees at the top of the report. Both are in the report's history. Neither changes the report's state:
 * the draft stays editable by both until the approver signs off and submits.
 */

export interface Handover {
  at: number;
  byName: string | null;
}

export interface Handback {
  at: number;
  byName: string | null;
  note: string;
}

function peopleOfUnit(tx: Pick<Tx, "select">, unitId: number, role: "editor" | "approver"): number[] {
  return tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.unitId, unitId), eq(users.role, role), eq(users.disabled, false)))
    .all()
    .map((u) => u.id);
}

/** The editor's 填写完成，送签发: the approvers are told, with the report's findings as they stand. */
export function handOver(user: CurrentUser, reportId: number): ActionResult<{ errors: number; warnings: number }> {
  const header = findReadableReport(user, reportId);
  if (!header) return { ok: false, error: REPORT_NOT_FOUND, code: "not_found" };
  if (user.role !== "editor" || user.unitId !== header.unitId) return { ok: false, error: "只有本单位的填报员可以送签发。", code: "locked" };
  if (!canEditReport(user, header)) return { ok: false, error: lockedReason(header.state), code: "locked" };
  if (header.state === "not_started") return { ok: false, error: "报告尚未填写，不能送签发。", code: "invalid" };
  const db = getDb();
  return db.transaction((tx) => {
    const current = readReportData(tx, reportId)!;
    const summary = summarize(runChecks(buildCheckContext(current, readPreviousReportData(tx, header.unitId, header.year))));
    const now = Date.now();
    tx.update(reports).set({ handoverAt: now, handoverBy: user.id, handbackAt: null, handbackBy: null, handbackNote: null }).where(eq(reports.id, reportId)).run();
    const found = `${summary.error} 个错误、${summary.warning} 个提示`;
    tx.insert(reportChanges).values({ reportId, userId: user.id, at: now, kind: "state", target: "handover", oldValue: null, newValue: "handed_over", note: `${user.displayName}填写完成，送签发（当时检查结果：${found}）` }).run();
    notify(tx, peopleOfUnit(tx, header.unitId, "approver"), {
      kind: "handover",
      title: `${header.year}年度报告待您签发`,
      body: `${user.displayName}于${formatDateTime(now)}填写完成并送签发。当前检查结果：${found}。`,
      link: `/workspace/reports/${reportId}`,
      reportId,
    }, now);
    return { ok: true, data: { errors: summary.error, warnings: summary.warning } };
  });
}

/** The approver's 退回填报员: the editor who handed it over (or every editor of the unit) is told, with the note. */
export function handBack(user: CurrentUser, input: { reportId: number; note: string }): ActionResult {
  const header = findReadableReport(user, input.reportId);
  if (!header) return { ok: false, error: REPORT_NOT_FOUND, code: "not_found" };
  if (user.role !== "approver" || user.unitId !== header.unitId) return { ok: false, error: "只有本单位的审核签发人可以退回填报员。", code: "locked" };
  if (!canEditReport(user, header)) return { ok: false, error: lockedReason(header.state), code: "locked" };
  const note = input.note.trim();
  if (!note) return { ok: false, error: "请写明退回的原因，填报员将在报告顶部看到。", code: "invalid", fieldErrors: { note: "请写明退回的原因" } };
  const db = getDb();
  return db.transaction((tx) => {
    const row = tx.select({ handoverBy: reports.handoverBy }).from(reports).where(eq(reports.id, input.reportId)).get();
    const now = Date.now();
    tx.update(reports).set({ handoverAt: null, handoverBy: null, handbackAt: now, handbackBy: user.id, handbackNote: note }).where(eq(reports.id, input.reportId)).run();
    tx.insert(reportChanges).values({ reportId: input.reportId, userId: user.id, at: now, kind: "state", target: "handback", oldValue: null, newValue: "handed_back", note: `${user.displayName}退回填报员：${note}` }).run();
    const to = row?.handoverBy ? [row.handoverBy] : peopleOfUnit(tx, header.unitId, "editor");
    notify(tx, to, { kind: "handback", title: `${header.year}年度报告被审核签发人退回`, body: `${user.displayName}：${note}`, link: `/workspace/reports/${input.reportId}`, reportId: input.reportId }, now);
    return { ok: true };
  });
}

/** Where the hand-over stands, for the report page. */
export function handoverState(user: CurrentUser, reportId: number): { handover: Handover | null; handback: Handback | null } {
  const header = findReadableReport(user, reportId);
  if (!header) return { handover: null, handback: null };
  const db = getDb();
  const row = db.select({ handoverAt: reports.handoverAt, handoverBy: reports.handoverBy, handbackAt: reports.handbackAt, handbackBy: reports.handbackBy, handbackNote: reports.handbackNote }).from(reports).where(eq(reports.id, reportId)).get();
  if (!row) return { handover: null, handback: null };
  const names = new Map(
    db
      .select({ id: users.id, name: users.displayName })
      .from(users)
      .where(inArray(users.id, [row.handoverBy ?? 0, row.handbackBy ?? 0]))
      .all()
      .map((u) => [u.id, u.name]),
  );
  return {
    handover: row.handoverAt ? { at: row.handoverAt, byName: names.get(row.handoverBy ?? 0) ?? null } : null,
    handback: row.handbackAt && row.handbackNote ? { at: row.handbackAt, byName: names.get(row.handbackBy ?? 0) ?? null, note: row.handbackNote } : null,
  };
}

export interface AwaitingSignoff {
  reportId: number;
  year: number;
  unitName: string;
  handoverAt: number;
  byName: string | null;
}

/** 待您签发: the approver's unit's drafts handed over and not yet submitted. */
export function awaitingSignoff(user: CurrentUser): AwaitingSignoff[] {
  if (user.role !== "approver") return [];
  const db = getDb();
  return db
    .select({ reportId: reports.id, year: reports.year, unitName: units.name, handoverAt: reports.handoverAt, byName: users.displayName, state: reports.state })
    .from(reports)
    .innerJoin(units, eq(units.id, reports.unitId))
    .leftJoin(users, eq(users.id, reports.handoverBy))
    .where(and(eq(reports.unitId, user.unitId), isNotNull(reports.handoverAt), inArray(reports.state, ["draft", "returned"])))
    .all()
    .map((r) => ({ reportId: r.reportId, year: r.year, unitName: r.unitName, handoverAt: r.handoverAt!, byName: r.byName }));
}
