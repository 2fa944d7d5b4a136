import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { cellValues, reports } from "@/db/schema";
import { exportJson } from "@/lib/publishing/export-json";
import { exportXlsx } from "@/lib/publishing/export-xlsx";
import { createFixture } from "@/lib/testing/fixtures";
import { readImportFile, workingCopy } from "./report-import";
import { saveCells } from "./report-save";

describe("readImportFile", () => {
  it("reads the unit's own working copy back, and writes nothing", async () => {
    const f = createFixture();
    saveCells(f.eduEditor, { reportId: f.eduReport.id, sinceVersion: 0, changes: [{ key: "t3.received.natural", value: "12", baseRev: 0 }] });
    const copy = workingCopy(f.eduEditor, f.eduReport.id)!;
    expect(copy.values["t3.received.natural"]).toEqual({ value: "12" });
    const bytes = await exportXlsx(copy, { version: 0 });
    const r = await readImportFile(f.eduEditor, f.eduReport.id, { name: "稿.xlsx", bytes });
    if (!r.ok) throw new Error(r.error);
    expect(r.data.problems).toEqual([]);
    expect(r.data.notices).toEqual([]);
    expect(r.data.cells["t3.received.natural"]).toEqual({ value: "12" });
    expect(f.db.select().from(cellValues).where(eq(cellValues.reportId, f.eduReport.id)).all()).toHaveLength(1);
  });

  it("points out a file of another unit or year", async () => {
    const f = createFixture();
    const theirs = workingCopy(f.xinqiEditor, f.xinqiReport.id)!;
    const r = await readImportFile(f.eduEditor, f.eduReport.id, { name: "x.json", bytes: exportJson({ ...theirs, year: 2020 }, { version: 1 }) });
    if (!r.ok) throw new Error(r.error);
    expect(r.data.notices.slice(0, 2)).toEqual([
      "该文件的单位是“新碶街道”，当前报告的单位是“区教育局”。",
      `该文件是2020年度的报告，当前填报的是${f.year}年度报告，请确认是否选错了文件。`,
    ]);
  });

  it("is refused for another unit's report, a locked report and a file that is not a report", async () => {
    const f = createFixture();
    const bytes = await exportXlsx(workingCopy(f.eduEditor, f.eduReport.id)!, { version: 0 });
    expect(await readImportFile(f.xinqiEditor, f.eduReport.id, { name: "a.xlsx", bytes })).toMatchObject({ ok: false, code: "not_found" });
    expect(await readImportFile(f.reviewer, f.eduReport.id, { name: "a.xlsx", bytes })).toMatchObject({ ok: false });
    f.db.update(reports).set({ state: "submitted" }).where(eq(reports.id, f.eduReport.id)).run();
    expect(await readImportFile(f.eduEditor, f.eduReport.id, { name: "a.xlsx", bytes })).toMatchObject({ ok: false, code: "locked" });
    f.db.update(reports).set({ state: "draft" }).where(eq(reports.id, f.eduReport.id)).run();
    const text = await readImportFile(f.eduEditor, f.eduReport.id, { name: "a.doc", bytes: new TextEncoder().encode("报告") });
    expect(text).toMatchObject({ ok: false, error: "只能导入本系统导出的 Excel（.xlsx）或开放数据（.json）文件。旧版 Excel（.xls）请先另存为 .xlsx。" });
  });
});
