import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { cellValues, explanations, reports } from "@/db/schema";
import { createFixture, fillCleanReport } from "@/lib/testing/fixtures";
import { approveMany, listApprovable } from "./batch-approval";

describe("批量审核通过", () => {
  it("lists the submitted reports with no error and no explanation left to accept, and approves exactly the chosen", () => {
    const f = createFixture();
    fillCleanReport(f, "submitted");
    f.db.update(reports).set({ state: "submitted" }).where(eq(reports.id, f.xinqiReport.id)).run();
    const listed = listApprovable(f.reviewer, f.year).map((r) => r.reportId);
    expect(listed).toContain(f.eduReport.id);
    // 新碶街道's submitted report is empty: VAL-BLANK and the other errors keep it out.
    expect(listed).not.toContain(f.xinqiReport.id);

    const r = approveMany(f.reviewer, { year: f.year, reportIds: [f.eduReport.id, f.xinqiReport.id] });
    if (!r.ok) throw new Error(r.error);
    expect(r.data).toEqual([
      { reportId: f.eduReport.id, unitName: "区教育局", ok: true },
      { reportId: f.xinqiReport.id, unitName: "新碶街道", ok: false, error: "报告有错误" },
    ]);
    expect(f.db.select({ state: reports.state }).from(reports).where(eq(reports.id, f.eduReport.id)).get()).toEqual({ state: "approved" });
    expect(f.db.select({ state: reports.state }).from(reports).where(eq(reports.id, f.xinqiReport.id)).get()).toEqual({ state: "submitted" });
  });

  it("leaves a report whose explanation awaits its verdict to be reviewed on its own", () => {
    const f = createFixture();
    fillCleanReport(f, "submitted");
    // A 规章 at a district department: T2-RULES-LEVEL, explained but not yet accepted.
    f.db.update(cellValues).set({ value: "1" }).where(and(eq(cellValues.reportId, f.eduReport.id), eq(cellValues.key, "b1.rules.issued"))).run();
    f.db.update(cellValues).set({ value: "1" }).where(and(eq(cellValues.reportId, f.eduReport.id), eq(cellValues.key, "b1.rules.inForce"))).run();
    f.db.insert(explanations).values({ reportId: f.eduReport.id, findingKey: "T2-RULES-LEVEL:b1.rules.issued", checkId: "T2-RULES-LEVEL", text: "受托起草", updatedAt: Date.now() }).onConflictDoNothing().run();
    expect(listApprovable(f.reviewer, f.year).map((r) => r.reportId)).not.toContain(f.eduReport.id);
    const r = approveMany(f.reviewer, { year: f.year, reportIds: [f.eduReport.id] });
    expect(r.ok && r.data[0]).toMatchObject({ ok: false, error: expect.stringContaining("情况说明尚未认可") });
  });

  it("is the office's alone", () => {
    const f = createFixture();
    fillCleanReport(f, "submitted");
    expect(listApprovable(f.eduApprover, f.year)).toEqual([]);
    expect(approveMany(f.eduApprover, { year: f.year, reportIds: [f.eduReport.id] })).toMatchObject({ ok: false });
  });
});
