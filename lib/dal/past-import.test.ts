import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { importedFiles, reportChanges, reports, units } from "@/db/schema";
import { runChecks } from "@/lib/checks/run-checks";
import { loadPublishedFixture } from "@/lib/testing/published-fixtures";
import { createFixture, fillCleanReport } from "@/lib/testing/fixtures";
import { buildCheckContext, readPreviousReportData, readReportData } from "./internal/report-context";
import { createPastYear, importedOriginal, importPastReport, previewPastImport } from "./past-import";
import { listSeries, publishUnitReport } from "./publishing";
import { saveCells } from "./report-save";

const docx2020 = () => {
  const { bytes } = loadPublishedFixture("report-2020.docx");
  return { name: "北仑区2020年报告.docx", bytes };
};

describe("past-year import", () => {
  it("previews a published report without storing anything", async () => {
    const f = createFixture();
    const r = await previewPastImport(f.reviewer, docx2020());
    if (!r.ok) throw new Error(r.error);
    expect(r.data).toMatchObject({ year: 2020, formatVersion: "2019", printedUnit: "宁波市北仑区人民政府", unmapped: 0 });
    expect(r.data.cells).toBeGreaterThan(200);
    expect(f.db.select().from(importedFiles).all()).toHaveLength(0);
  });

  it("stores it as the unit's imported report of a past year, with its file and history, and refuses a second one", async () => {
    const f = createFixture();
    expect(createPastYear(f.reviewer, { year: 2020, formatVersion: "2019", localTables: ["A"] })).toMatchObject({ ok: true });
    const r = await importPastReport(f.reviewer, { unitId: f.eduReport.unitId, year: 2020, file: docx2020() });
    if (!r.ok) throw new Error(r.error);
    const report = f.db.select().from(reports).where(eq(reports.id, r.data.reportId)).get()!;
    expect(report).toMatchObject({ state: "imported", year: 2020, unitId: f.eduReport.unitId });
    const stored = readReportData(f.db, r.data.reportId)!;
    expect(stored.values["t3.received.natural"]).toEqual({ value: "179" });
    // Printed totals are stored as printed.
    expect(stored.values["t3.received.total"]).toEqual({ value: "204" });
    expect(stored.narratives.one).toContain("2020年");
    expect(importedOriginal(f.eduEditor, r.data.reportId)?.fileName).toBe("北仑区2020年报告.docx");
    expect(importedOriginal(f.xinqiEditor, r.data.reportId)).toBeNull();
    const history = f.db.select().from(reportChanges).where(eq(reportChanges.reportId, r.data.reportId)).all();
    expect(history).toEqual([expect.objectContaining({ kind: "state", newValue: "imported", userId: f.reviewer.id })]);

    const again = await importPastReport(f.reviewer, { unitId: f.eduReport.unitId, year: 2020, file: docx2020() });
    expect(again).toMatchObject({ ok: false, code: "conflict" });
  });

  it("counts as the unit's previous year: T3-CARRY-YOY speaks in the next year's report", async () => {
    const f = createFixture();
    createPastYear(f.reviewer, { year: 2020, formatVersion: "2019", localTables: ["A"] });
    const r = await importPastReport(f.reviewer, { unitId: f.eduReport.unitId, year: 2020, file: docx2020() });
    if (!r.ok) throw new Error(r.error);
    // The 2020 report carried 1 natural-person application forward; 2021 says 5 were carried over.
    saveCells(f.eduEditor, { reportId: f.eduReport.id, sinceVersion: 0, changes: [{ key: "t3.carriedOver.natural", value: "5", baseRev: 0 }] });
    const previous = readPreviousReportData(f.db, f.eduReport.unitId, 2021);
    expect(previous?.values["t3.carriedForward.natural"]).toEqual({ value: "1" });
    const findings = runChecks(buildCheckContext(readReportData(f.db, f.eduReport.id)!, previous));
    expect(findings.filter((x) => x.checkId === "T3-CARRY-YOY").map((x) => x.cells)).toContainEqual(expect.arrayContaining(["t3.carriedOver.natural"]));
  });

  it("is refused for another unit by a unit, for a year that does not exist, the current year, or another format", async () => {
    const f = createFixture();
    expect(await importPastReport(f.xinqiEditor, { unitId: f.eduReport.unitId, year: 2020, file: docx2020() })).toMatchObject({ ok: false, code: "not_found" });
    expect(await importPastReport(f.reviewer, { unitId: f.eduReport.unitId, year: 2019, file: docx2020() })).toMatchObject({ ok: false, error: "2019年度尚未建立：请政务公开办公室先新建该往年年度。" });
    expect(await importPastReport(f.reviewer, { unitId: f.eduReport.unitId, year: 2021, file: docx2020() })).toMatchObject({ ok: false, code: "invalid" });
    // Fixtures of one file share the database: 2020 may exist already; an earlier year in the other format.
    expect(createPastYear(f.reviewer, { year: 2018, formatVersion: "2021", localTables: [] })).toMatchObject({ ok: true });
    const wrongFormat = await importPastReport(f.reviewer, { unitId: f.eduReport.unitId, year: 2018, file: docx2020() });
    expect(wrongFormat).toMatchObject({ ok: false, code: "invalid" });
    if (!wrongFormat.ok) expect(wrongFormat.error).toContain("2019年版（试行）格式");
    expect(f.db.select({ id: reports.id }).from(reports).where(eq(reports.unitId, f.eduReport.unitId)).all()).toEqual([{ id: f.eduReport.id }]);
  });

  it("creates past years only before the earliest, and only for the office", () => {
    const f = createFixture();
    expect(createPastYear(f.eduEditor, { year: 2019, formatVersion: "2019", localTables: [] })).toMatchObject({ ok: false });
    expect(createPastYear(f.reviewer, { year: 2022, formatVersion: "2021", localTables: [] })).toMatchObject({ ok: false, code: "invalid" });
    expect(createPastYear(f.reviewer, { year: 2021, formatVersion: "2021", localTables: [] })).toMatchObject({ ok: false, code: "conflict" });
  });
});

describe("an imported year in the unit's public comparison", () => {
  it("joins the published years of the unit's series, marked as imported", async () => {
    const f = createFixture();
    fillCleanReport(f, "approved");
    expect(publishUnitReport(f.reviewer, f.eduReport.id, null)).toMatchObject({ ok: true });
    const slug = f.db.select({ code: units.code }).from(units).where(eq(units.id, f.eduReport.unitId)).get()!.code;
    expect(listSeries(slug).map((r) => [r.year, r.imported ?? false])).toEqual([[2021, false]]);
    createPastYear(f.reviewer, { year: 2020, formatVersion: "2019", localTables: ["A"] });
    const r = await importPastReport(f.reviewer, { unitId: f.eduReport.unitId, year: 2020, file: docx2020() });
    if (!r.ok) throw new Error(r.error);
    const series = listSeries(slug);
    expect(series.map((s) => [s.year, s.imported ?? false])).toEqual([[2020, true], [2021, false]]);
    expect(series[0].values["t3.received.total"]).toEqual({ value: "204" });
  });
});
