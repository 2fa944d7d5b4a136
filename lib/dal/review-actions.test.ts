import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { cellValues, explanations, reports } from "@/db/schema";
import { runChecks } from "@/lib/checks/run-checks";
import { createFixture, fillCleanReport } from "@/lib/testing/fixtures";
import { buildCheckContext, readReportData } from "./internal/report-context";
import { saveCells } from "./report-save";
import { saveExplanation, submitReport } from "./report-submit";
import { approveReport, returnReport, reviewExplanation } from "./review-actions";
import { getReviewData } from "./review-read";

const fillClean = (f: ReturnType<typeof createFixture>) => fillCleanReport(f);

const stateOf = (f: ReturnType<typeof createFixture>) => f.db.select().from(reports).where(eq(reports.id, f.eduReport.id)).get()!.state;

/** A report submitted with one explained warning (规章 from a district department: T2-RULES-LEVEL). */
function submittedWithExplainedWarning() {
  const f = createFixture();
  fillClean(f);
  const rules = [{ key: "b1.rules.issued", value: "1", baseRev: 1 }, { key: "b1.rules.inForce", value: "1", baseRev: 1 }];
  expect(saveCells(f.eduEditor, { reportId: f.eduReport.id, sinceVersion: 1, changes: rules }).ok).toBe(true);
  const warning = runChecks(buildCheckContext(readReportData(f.db, f.eduReport.id)!, null)).find((x) => x.checkId === "T2-RULES-LEVEL")!;
  expect(saveExplanation(f.eduEditor, { reportId: f.eduReport.id, findingKey: warning.key, checkId: warning.checkId, text: "受委托起草。" }).ok).toBe(true);
  expect(submitReport(f.eduApprover, f.eduReport.id)).toEqual({ ok: true });
  return { f, warning };
}

describe("approveReport and explanations", () => {
  it("is refused while a rejected explanation's finding still stands", () => {
    const { f, warning } = submittedWithExplainedWarning();
    expect(reviewExplanation(f.reviewer, { reportId: f.eduReport.id, findingKey: warning.key, verdict: "rejected", note: "规章不由区级部门制定。" }).ok).toBe(true);
    expect(approveReport(f.reviewer, f.eduReport.id)).toMatchObject({ ok: false, error: expect.stringContaining("未被认可") });
    expect(stateOf(f)).toBe("submitted");
  });

  it("approves once the unit fixed the numbers so that the rejected explanation's finding is gone; the explanation stays on record as lapsed", () => {
    const { f, warning } = submittedWithExplainedWarning();
    expect(reviewExplanation(f.reviewer, { reportId: f.eduReport.id, findingKey: warning.key, verdict: "rejected", note: "规章不由区级部门制定。" }).ok).toBe(true);
    expect(returnReport(f.reviewer, { reportId: f.eduReport.id, reason: "请核实规章数。" }).ok).toBe(true);

    const revs = Object.fromEntries(f.db.select().from(cellValues).where(eq(cellValues.reportId, f.eduReport.id)).all().map((c) => [c.key, c.rev]));
    const version = f.db.select().from(reports).where(eq(reports.id, f.eduReport.id)).get()!.version;
    const fix = ["b1.rules.issued", "b1.rules.inForce"].map((key) => ({ key, value: "0", baseRev: revs[key] }));
    expect(saveCells(f.eduEditor, { reportId: f.eduReport.id, sinceVersion: version, changes: fix }).ok).toBe(true);
    expect(submitReport(f.eduApprover, f.eduReport.id)).toEqual({ ok: true });

    expect(approveReport(f.reviewer, f.eduReport.id)).toEqual({ ok: true });
    expect(stateOf(f)).toBe("approved");
    // Kept, with its verdict: the reviewer still reads it, marked as no longer applying.
    const kept = f.db.select().from(explanations).where(eq(explanations.reportId, f.eduReport.id)).all();
    expect(kept.map((e) => [e.findingKey, e.review])).toEqual([[warning.key, "rejected"]]);
    const review = getReviewData(f.reviewer, f.eduReport.id)!;
    expect(review.explanations.find((e) => e.findingKey === warning.key)).toMatchObject({ review: "rejected", lapsed: true });
  });
});
