import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { reportChanges, reports } from "@/db/schema";
import { runChecks } from "@/lib/checks/run-checks";
import { createFixture, fillCleanReport } from "@/lib/testing/fixtures";
import { buildCheckContext, readReportData } from "./internal/report-context";
import { saveCells } from "./report-save";
import { saveExplanation, submitReport } from "./report-submit";

const fillClean = (f: ReturnType<typeof createFixture>) => fillCleanReport(f);

function state(f: ReturnType<typeof createFixture>) {
  return f.db.select().from(reports).where(eq(reports.id, f.eduReport.id)).get()!;
}

describe("submitReport", () => {
  it("refuses an incomplete report, listing what to fix", () => {
    const f = createFixture();
    saveCells(f.eduApprover, { reportId: f.eduReport.id, sinceVersion: 0, changes: [{ key: "t3.received.natural", value: "1", baseRev: 0 }] });
    const r = submitReport(f.eduApprover, f.eduReport.id);
    expect(r.ok).toBe(false);
    if (r.ok || !("problems" in r)) throw new Error("expected problems");
    expect(r.problems.map((p) => p.checkId)).toEqual(expect.arrayContaining(["VAL-BLANK", "TXT-SEC5-EMPTY"]));
    expect(state(f).state).toBe("draft");
  });

  it("lets only the unit's approver submit a clean report, records who and when, and locks it", () => {
    const f = createFixture();
    fillClean(f);
    expect(submitReport(f.eduEditor, f.eduReport.id)).toMatchObject({ ok: false, error: expect.stringContaining("审核签发人") });
    expect(submitReport(f.xinqiEditor, f.eduReport.id)).toMatchObject({ ok: false, code: "not_found" });
    expect(submitReport(f.reviewer, f.eduReport.id)).toMatchObject({ ok: false, code: "not_found" });

    const r = submitReport(f.eduApprover, f.eduReport.id);
    expect(r).toEqual({ ok: true });
    const after = state(f);
    expect(after).toMatchObject({ state: "submitted", submittedBy: f.eduApprover.id });
    expect(Date.now() - after.submittedAt!).toBeLessThan(5000);
    const last = f.db.select().from(reportChanges).where(eq(reportChanges.reportId, f.eduReport.id)).all().at(-1)!;
    expect([last.kind, last.oldValue, last.newValue]).toEqual(["state", "draft", "submitted"]);

    expect(saveCells(f.eduEditor, { reportId: f.eduReport.id, sinceVersion: 0, changes: [{ key: "t3.received.natural", value: "1", baseRev: 1 }] })).toMatchObject({ ok: false, code: "locked" });
    expect(submitReport(f.eduApprover, f.eduReport.id)).toMatchObject({ ok: false, code: "locked" });
  });

  it("needs an explanation for every warning, and accepts none for an error", () => {
    const f = createFixture();
    fillClean(f);
    // 规章 made by a district department: a warning (T2-RULES-LEVEL).
    const rules = saveCells(f.eduEditor, { reportId: f.eduReport.id, sinceVersion: 1, changes: [{ key: "b1.rules.issued", value: "1", baseRev: 1 }, { key: "b1.rules.inForce", value: "1", baseRev: 1 }] });
    expect(rules.ok).toBe(true);
    const data = readReportData(f.db, f.eduReport.id)!;
    const warnings = runChecks(buildCheckContext(data, null)).filter((x) => x.severity === "warning");
    expect(warnings.map((w) => w.checkId)).toContain("T2-RULES-LEVEL");

    const refused = submitReport(f.eduApprover, f.eduReport.id);
    expect(refused.ok).toBe(false);
    if (refused.ok || !("problems" in refused)) throw new Error("expected problems");
    expect(refused.problems.every((p) => p.reason === "unexplained")).toBe(true);

    for (const w of warnings) {
      expect(saveExplanation(f.eduEditor, { reportId: f.eduReport.id, findingKey: w.key, checkId: w.checkId, text: "本单位受市政府委托起草规章，已与区政府办公室确认。" }).ok).toBe(true);
    }
    expect(submitReport(f.eduApprover, f.eduReport.id)).toEqual({ ok: true });
  });
});
