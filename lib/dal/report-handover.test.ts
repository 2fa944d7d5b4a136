import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { notifications, reportChanges, reports } from "@/db/schema";
import { createFixture, fillCleanReport } from "@/lib/testing/fixtures";
import { awaitingSignoff, handBack, handOver, handoverState } from "./report-handover";
import { saveCells } from "./report-save";
import { submitReport } from "./report-submit";

function drafted() {
  const f = createFixture();
  saveCells(f.eduEditor, { reportId: f.eduReport.id, sinceVersion: 0, changes: [{ key: "t3.received.natural", value: "3", baseRev: 0 }] });
  return f;
}

const noticesOf = (f: ReturnType<typeof createFixture>, userId: number) => f.db.select().from(notifications).where(eq(notifications.userId, userId)).all();

describe("送签发 inside the unit", () => {
  it("the editor hands over: the approver is told, with the findings, and finds it under 待您签发", () => {
    const f = drafted();
    const r = handOver(f.eduEditor, f.eduReport.id);
    expect(r).toMatchObject({ ok: true });
    const [notice] = noticesOf(f, f.eduApprover.id);
    expect(notice).toMatchObject({ kind: "handover", title: `${f.year}年度报告待您签发`, link: `/workspace/reports/${f.eduReport.id}` });
    expect(notice.body).toMatch(/当前检查结果：\d+ 个错误、\d+ 个提示/);
    expect(awaitingSignoff(f.eduApprover).map((a) => a.reportId)).toEqual([f.eduReport.id]);
    expect(handoverState(f.eduApprover, f.eduReport.id).handover?.byName).toBe("区教育局填报员");
    const history = f.db.select().from(reportChanges).where(eq(reportChanges.reportId, f.eduReport.id)).all().filter((c) => c.target === "handover");
    expect(history).toHaveLength(1);
  });

  it("the approver sends it back with a note: the editor is told and sees the note; 待您签发 is empty again", () => {
    const f = drafted();
    handOver(f.eduEditor, f.eduReport.id);
    expect(handBack(f.eduApprover, { reportId: f.eduReport.id, note: "  " })).toMatchObject({ ok: false, code: "invalid" });
    expect(handBack(f.eduApprover, { reportId: f.eduReport.id, note: "表三的结转数请再核对。" })).toEqual({ ok: true });
    expect(noticesOf(f, f.eduEditor.id).map((n) => [n.kind, n.body])).toContainEqual(["handback", "区教育局审核签发人：表三的结转数请再核对。"]);
    expect(handoverState(f.eduEditor, f.eduReport.id)).toMatchObject({ handover: null, handback: { note: "表三的结转数请再核对。", byName: "区教育局审核签发人" } });
    expect(awaitingSignoff(f.eduApprover)).toEqual([]);
    // Handing over again clears the note.
    handOver(f.eduEditor, f.eduReport.id);
    expect(handoverState(f.eduEditor, f.eduReport.id).handback).toBeNull();
  });

  it("each step is its role's alone, on its own unit's editable report", () => {
    const f = drafted();
    expect(handOver(f.eduApprover, f.eduReport.id)).toMatchObject({ ok: false, code: "locked" });
    expect(handOver(f.xinqiEditor, f.eduReport.id)).toMatchObject({ ok: false, code: "not_found" });
    expect(handOver(f.reviewer, f.eduReport.id)).toMatchObject({ ok: false });
    expect(handBack(f.eduEditor, { reportId: f.eduReport.id, note: "x" })).toMatchObject({ ok: false, code: "locked" });
    expect(handOver(f.eduEditor, f.xinqiReport.id)).toMatchObject({ ok: false, code: "not_found" });
    f.db.update(reports).set({ state: "submitted" }).where(eq(reports.id, f.eduReport.id)).run();
    expect(handOver(f.eduEditor, f.eduReport.id)).toMatchObject({ ok: false, code: "locked" });
  });

  it("signing off and submitting ends the hand-over", () => {
    const f = createFixture();
    fillCleanReport(f, "draft");
    handOver(f.eduEditor, f.eduReport.id);
    expect(submitReport(f.eduApprover, f.eduReport.id)).toEqual({ ok: true });
    expect(f.db.select({ at: reports.handoverAt }).from(reports).where(eq(reports.id, f.eduReport.id)).get()).toEqual({ at: null });
    expect(awaitingSignoff(f.eduApprover)).toEqual([]);
  });
});
