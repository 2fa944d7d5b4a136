import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { cellValues, reports } from "@/db/schema";
import { exportJson } from "@/lib/publishing/export-json";
import { exportXlsx } from "@/lib/publishing/export-xlsx";
import { importSlots } from "@/lib/import/import-slots";
import { manyCellsXml, manyEntries, whitespaceBomb, withSheetXml } from "@/lib/import/xlsx-test-files";
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
    const text = await readImportFile(f.eduEditor, f.eduReport.id, { name: "a.txt", bytes: new TextEncoder().encode("报告") });
    expect(text).toMatchObject({ ok: false, code: "invalid", error: "文件中没有找到年度报告的表格或各部分标题（如“一、总体情况”），未导入。请确认上传的是年度报告全文。" });
    const oldWord = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await readImportFile(f.eduEditor, f.eduReport.id, { name: "a.doc", bytes: oldWord })).toMatchObject({ ok: false, code: "invalid", error: "无法读取旧版 Word/Excel 文件（.doc/.xls）：请在 Word 或 WPS 中另存为 .docx 后再上传。" });
  });
});

describe("readImportFile against files built to exhaust the server", () => {
  const bombs: [string, (xlsx: Uint8Array) => Promise<Uint8Array> | Uint8Array, RegExp][] = [
    ["30 MB of whitespace in 30 KB", (x) => whitespaceBomb(x, 30), /^该文件解压后超过 10 MB/],
    ["30 MB of whitespace declared as 4 KB", (x) => whitespaceBomb(x, 30, 4096), /^该文件已损坏：其中的部件解压后比文件声明的大小更大/],
    ["a sheet of 50,000 cells", (x) => withSheetXml(x, () => manyCellsXml(50_000)), /^文件中的一个工作表超过 5000 个单元格/],
    ["a merged range of 490,000 cells", (x) => withSheetXml(x, (xml) => xml.replace(/<mergeCells[^]*<\/mergeCells>/, '<mergeCells count="1"><mergeCell ref="A100:CV5000"/></mergeCells>')), /^文件中的合并单元格或数据验证区域过大/],
    ["10,000 entries", () => manyEntries(10_000), /^该文件包含 10000 个部件/],
  ];

  it.each(bombs)("refuses %s with the reason, as invalid input, and writes nothing", async (_, build, message) => {
    const f = createFixture();
    const bytes = await build(await exportXlsx(workingCopy(f.eduEditor, f.eduReport.id)!, { version: 0 }));
    expect(bytes.length).toBeLessThan(5 * 1024 * 1024);
    const r = await readImportFile(f.eduEditor, f.eduReport.id, { name: "稿.xlsx", bytes });
    expect(r).toMatchObject({ ok: false, code: "invalid" });
    if (!r.ok) expect(r.error).toMatch(message);
    expect(f.db.select().from(cellValues).where(eq(cellValues.reportId, f.eduReport.id)).all()).toHaveLength(0);
  });

  it("reads one file per user at a time and two in all, and says so", async () => {
    const f = createFixture();
    const bytes = await exportXlsx(workingCopy(f.eduEditor, f.eduReport.id)!, { version: 0 });
    const busy = { ok: false, error: "正在处理其他导入，请稍后再试。", code: "invalid" };
    const mine = importSlots().tryAcquire(f.eduEditor.id)!;
    expect(await readImportFile(f.eduEditor, f.eduReport.id, { name: "稿.xlsx", bytes })).toEqual(busy);
    mine();
    const others = [importSlots().tryAcquire(f.xinqiEditor.id)!, importSlots().tryAcquire(f.reviewer.id)!];
    expect(await readImportFile(f.eduEditor, f.eduReport.id, { name: "稿.xlsx", bytes })).toEqual(busy);
    others.forEach((release) => release());
    expect(await readImportFile(f.eduEditor, f.eduReport.id, { name: "稿.xlsx", bytes })).toMatchObject({ ok: true });
  });
});

