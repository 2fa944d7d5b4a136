import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { reportYears, units } from "@/db/schema";
import { createFixture, fillCleanReport } from "@/lib/testing/fixtures";
import { unitPublicationPreview } from "./publication-preview";
import { publishUnitReport, reopenForCorrection } from "./publishing";

describe("the publish preview", () => {
  it("shows the office what version 1, then a correction's version 2, will print, under the full official name", () => {
    const f = createFixture();
    fillCleanReport(f, "approved");
    f.db.update(units).set({ fullName: "宁波市北仑区教育局" }).where(eq(units.id, f.eduEditor.unitId)).run();
    const first = unitPublicationPreview(f.reviewer, f.eduReport.id)!;
    expect(first.nextVersion).toBe(1);
    expect(first.report.title).toBe("宁波市北仑区教育局2021年政府信息公开工作年度报告");
    expect(first.report.values["t3.received.total"]).toBeDefined();

    expect(publishUnitReport(f.reviewer, f.eduReport.id, null)).toMatchObject({ ok: true });
    expect(reopenForCorrection(f.reviewer, f.eduReport.id, "数据有误")).toMatchObject({ ok: true });
    expect(unitPublicationPreview(f.reviewer, f.eduReport.id)!.nextVersion).toBe(2);
  });

  it("is for whoever may publish: not the unit's editor, not another unit, and the approver only where the year lets units publish", () => {
    const f = createFixture();
    fillCleanReport(f, "approved");
    expect(unitPublicationPreview(f.eduEditor, f.eduReport.id)).toBeNull();
    expect(unitPublicationPreview(f.xinqiEditor, f.eduReport.id)).toBeNull();
    expect(unitPublicationPreview(f.eduApprover, f.eduReport.id)).toBeNull();
    f.db.update(reportYears).set({ unitsPublish: true }).where(eq(reportYears.year, f.year)).run();
    expect(unitPublicationPreview(f.eduApprover, f.eduReport.id)?.nextVersion).toBe(1);
    f.db.update(reportYears).set({ unitsPublish: false }).where(eq(reportYears.year, f.year)).run();
  });
});
