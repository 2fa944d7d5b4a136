import { deflateRawSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { unitSnapshot } from "@/lib/testing/export-snapshots";
import { exportXlsx } from "@/lib/publishing/export-xlsx";
import { createImportSlots } from "./import-slots";
import { XLSX_LIMITS } from "./import-limits";
import { checkXlsxParts } from "./xlsx-parts-check";
import { readXlsxCells } from "./xlsx-pipeline";
import { manyCellsXml, manyEntries, partsOf, rawZip, whitespaceBomb, withSheetXml, zipOf } from "./xlsx-test-files";
import { READ_OUT_OF_MEMORY, READ_TIMED_OUT, readXlsxInWorker } from "./xlsx-worker-client";
import { readZipDirectory } from "./zip-directory";
import { inflateEntries, SIZE_LIES } from "./zip-inflate";

let xlsx: Uint8Array;
beforeAll(async () => {
  xlsx = await exportXlsx(unitSnapshot("edu", 2019), { version: 1 });
});

const problemOf = async (bytes: Uint8Array) => {
  const read = await readXlsxCells(bytes);
  if (read.ok) throw new Error("the file was read");
  return read.problem;
};

describe("the zip's central directory, before anything is unpacked", () => {
  it("accepts the application's own workbook", () => {
    const dir = readZipDirectory(xlsx);
    if (!dir.ok) throw new Error(dir.problem);
    expect(dir.entries.map((e) => e.name)).toContain("xl/worksheets/sheet2.xml");
  });

  it("refuses more entries than a workbook has", () => {
    expect(readZipDirectory(manyEntries(XLSX_LIMITS.maxEntries + 1))).toEqual({
      ok: false,
      problem: `该文件包含 ${XLSX_LIMITS.maxEntries + 1} 个部件（本系统的 Excel 文件只有几十个，上限 ${XLSX_LIMITS.maxEntries} 个），不是本系统导出的报告文件，未导入。`,
    });
  });

  it.each(["../evil.xml", "xl/../../etc/passwd", "/xl/workbook.xml", "payload.exe", "xl\\workbook.xml", "xl/工作表.xml", "mimetype"])("refuses an entry named %j", (name) => {
    const dir = readZipDirectory(rawZip([{ name, data: new Uint8Array(1), method: 0, size: 1 }]));
    expect(dir.ok).toBe(false);
    if (!dir.ok) expect(dir.problem).toMatch(/^该文件包含 Excel 文件中不应有的部件“.+”，不是本系统导出的报告文件，未导入。$/);
  });

  it("refuses a declared unpacked size over the limit", async () => {
    const bomb = await whitespaceBomb(xlsx, 11);
    expect(readZipDirectory(bomb)).toEqual({ ok: false, problem: "该文件解压后超过 10 MB（本系统导出的 Excel 文件解压后不到 1 MB），不是本系统导出的报告文件，未导入。" });
  });

  it("refuses an encrypted entry, a duplicated name and bytes that are not a zip", () => {
    const zip = rawZip([{ name: "xl/a.xml", data: new Uint8Array(1), method: 0, size: 1 }]);
    zip[6] |= 1;
    new DataView(zip.buffer).setUint16(zip.length - 22 - 46 - 8 + 8, 0x0801, true);
    expect(readZipDirectory(zip)).toMatchObject({ ok: false, problem: "该文件已加密，请在 Excel 中取消密码、另存为 .xlsx 后再导入。" });
    const twice = rawZip([0, 1].map(() => ({ name: "xl/a.xml", data: new Uint8Array(1), method: 0 as const, size: 1 })));
    expect(readZipDirectory(twice)).toMatchObject({ ok: false, problem: "该文件中部件“xl/a.xml”出现了两次，文件已损坏，未导入。" });
    expect(readZipDirectory(new TextEncoder().encode("PK\u0003\u0004 不是表格"))).toMatchObject({ ok: false, problem: "无法读取该文件：不是有效的 Excel（.xlsx）文件。" });
  });
});

describe("unpacking under the declared sizes", () => {
  it("stops an entry that unpacks to more than it declares", async () => {
    // 200 MB of whitespace declaring 2 KB: stopped after 2 KB, not after 200 MB.
    const bomb = await whitespaceBomb(xlsx, 200, 2048);
    const dir = readZipDirectory(bomb);
    if (!dir.ok) throw new Error(dir.problem);
    const before = process.memoryUsage().rss;
    expect(inflateEntries(bomb, dir.entries)).toEqual({ ok: false, problem: SIZE_LIES });
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
  });

  it("refuses an entry that unpacks to less than it declares", () => {
    const zip = rawZip([{ name: "xl/a.xml", data: deflateRawSync(Buffer.from("<a/>")), method: 8, size: 100 }]);
    const dir = readZipDirectory(zip);
    if (!dir.ok) throw new Error(dir.problem);
    expect(inflateEntries(zip, dir.entries)).toMatchObject({ ok: false });
  });
});

describe("the unpacked XML, before exceljs reads it", () => {
  const sheet = (xml: string) => checkXlsxParts(new Map([["xl/worksheets/sheet1.xml", Buffer.from(xml)]]));
  const wrap = (inner: string) => `<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>${inner}</worksheet>`;

  it("accepts the application's own workbook", async () => {
    expect(checkXlsxParts(await partsOf(xlsx))).toBeNull();
  });

  it("refuses far more cells or rows than the format has", () => {
    expect(sheet(manyCellsXml(XLSX_LIMITS.maxCellsPerSheet + 1))).toBe(`文件中的一个工作表超过 ${XLSX_LIMITS.maxCellsPerSheet} 个单元格，不是本系统导出的报告文件，未导入。`);
    expect(sheet(manyCellsXml(XLSX_LIMITS.maxRowsPerSheet + 1, 1))).toBe(`文件中的一个工作表超过 ${XLSX_LIMITS.maxRowsPerSheet} 行，不是本系统导出的报告文件，未导入。`);
    const parts = new Map(Array.from({ length: 5 }, (_, i) => [`xl/worksheets/sheet${i + 1}.xml`, Buffer.from(manyCellsXml(XLSX_LIMITS.maxCells / 4))]));
    expect(checkXlsxParts(parts)).toBe(`文件中的单元格超过 ${XLSX_LIMITS.maxCells} 个，不是本系统导出的报告文件，未导入。`);
  });

  it.each([
    ["a cell far outside the tables", `<worksheet><sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>`],
    ["a merged range of the whole sheet", wrap(`<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>`)],
    ["a data validation over the whole sheet", wrap(`<dataValidations count="1"><dataValidation type="whole" sqref="A1 B2:XFD1048576"><formula1>1</formula1></dataValidation></dataValidations>`)],
    ["a column span of a billion columns", wrap(`<cols><col min="1" max="1000000000" width="9"/></cols>`)],
    ["a merged range the reader would have to decode", wrap(`<mergeCells count="1"><mergeCell ref="&#65;1:XFD1048576"/></mergeCells>`)],
    ["a data validation whose range follows a \">\" in a quoted value", wrap(`<dataValidations><dataValidation prompt="1>0" sqref="A1:XFD1048576"/></dataValidations>`)],
  ])("refuses %s", (_, xml) => {
    expect(sheet(xml)).toMatch(/^文件中有单元格或区域超出本系统表格的范围（第 10000 行、第 1000 列以外），不是本系统导出的报告文件，未导入。$/);
  });

  it("refuses merged and validated ranges that add up to far more cells than the tables", () => {
    const merges = Array.from({ length: 30 }, (_, i) => `<mergeCell ref="A${i * 100 + 1}:ALL${i * 100 + 100}"/>`).join("");
    expect(sheet(wrap(`<mergeCells>${merges}</mergeCells>`))).toBe(`文件中的合并单元格或数据验证区域过大（共超过 ${XLSX_LIMITS.maxRangeCells} 个单元格），不是本系统导出的报告文件，未导入。`);
  });

  it("refuses a start tag it cannot read, and reads each tag from a window of its own", () => {
    expect(sheet(wrap(`<dataValidations><dataValidation prompt="${"长".repeat(9000)}" sqref="A1:XFD1048576"/></dataValidations>`))).toBe("文件内容过于复杂，不是本系统导出的报告文件，未导入。");
    // Start tags that never close, then 2 MB without a quote or a ">": refused in milliseconds (a tag is read from a window, never to the end of the file).
    const unclosed = `<worksheet><sheetData><row r="1">${'<c r="A1'.repeat(5000)}${" ".repeat(2 * 1024 * 1024)}</row></sheetData></worksheet>`;
    const start = performance.now();
    expect(sheet(unclosed)).toBe("文件内容过于复杂，不是本系统导出的报告文件，未导入。");
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it("refuses a DTD, and more XML elements than a workbook has", () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><sst>&lol2;</sst>`;
    expect(checkXlsxParts(new Map([["xl/sharedStrings.xml", Buffer.from(laughs)]]))).toMatch(/DOCTYPE/);
    const styles = `<styleSheet><cellXfs>${"<xf/>".repeat(XLSX_LIMITS.maxElements)}</cellXfs></styleSheet>`;
    expect(checkXlsxParts(new Map([["xl/styles.xml", Buffer.from(styles)]]))).toBe("文件内容过于复杂，不是本系统导出的报告文件，未导入。");
  });
});

describe("reading a workbook from bytes to cells", () => {
  it("reads the application's workbook, and refuses at the first check a bomb fails", async () => {
    const read = await readXlsxCells(xlsx);
    if (!read.ok) throw new Error(read.problem);
    expect(read.workbook.sheets[0].name).toBe("报告信息");
    expect(read.workbook.sheets[0].cells).toContainEqual([2, 2, "区教育局", ""]);
    expect(await problemOf(await whitespaceBomb(xlsx, 30))).toMatch(/^该文件解压后超过 10 MB/);
    expect(await problemOf(await whitespaceBomb(xlsx, 30, 4096))).toBe(SIZE_LIES);
    expect(await problemOf(await withSheetXml(xlsx, () => manyCellsXml(XLSX_LIMITS.maxCellsPerSheet + 1)))).toMatch(/^文件中的一个工作表超过/);
    expect(await problemOf(await withSheetXml(xlsx, (x) => x.replace("</worksheet>", `<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>`)))).toMatch(/^文件中有单元格或区域超出/);
    expect(await problemOf(manyEntries(1000))).toMatch(/^该文件包含 1000 个部件/);
  });

  it("reads the file the checks let through (every part re-packed), cells and number formats alike", async () => {
    const parts = await partsOf(xlsx);
    const read = await readXlsxCells(zipOf(parts));
    expect(read.ok).toBe(true);
  });
});

describe("the import worker", () => {
  it("reads a workbook off the request thread", async () => {
    const read = await readXlsxInWorker(xlsx);
    expect(read.ok).toBe(true);
  });

  it("is stopped at its time limit", async () => {
    expect(await readXlsxInWorker(xlsx, { timeoutMs: 1 })).toEqual({ ok: false, problem: READ_TIMED_OUT });
  });

  it("is stopped at its heap limit", async () => {
    // A heap too small to load exceljs: the worker runs out of memory, and the server does not.
    expect(await readXlsxInWorker(xlsx, { heapMb: 2, timeoutMs: 20_000 })).toEqual({ ok: false, problem: READ_OUT_OF_MEMORY });
  });
});

describe("imports in flight", () => {
  it("lets a user read one file at a time, and the server two", () => {
    const slots = createImportSlots(1, 2);
    const a = slots.tryAcquire(1)!;
    expect(a).toBeTypeOf("function");
    expect(slots.tryAcquire(1)).toBeNull();
    const b = slots.tryAcquire(2)!;
    expect(slots.tryAcquire(3)).toBeNull();
    a();
    a();
    expect(slots.tryAcquire(1)).toBeTypeOf("function");
    expect(slots.tryAcquire(3)).toBeNull();
    b();
    expect(slots.tryAcquire(3)).toBeTypeOf("function");
  });
});
