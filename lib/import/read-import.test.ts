import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportJson } from "@/lib/publishing/export-json";
import { referenceSnapshot, unitSnapshot } from "@/lib/testing/export-snapshots";
import { exportXlsx, placeCells, tableSheetPlans } from "@/lib/publishing/export-xlsx";
import type { PublishedReport } from "@/lib/publishing/snapshot";
import { resolveFormat, type ReportFormat } from "@/lib/report-format";
import type { ImportedReport } from "./imported-report";
import { readReportJson } from "./read-json";
import { readReportWorkbook } from "./read-xlsx";

/** A workbook the reader accepts, read against the format. */
async function readWorkbook(bytes: Uint8Array, format: ReportFormat): Promise<ImportedReport> {
  const read = await readReportWorkbook(bytes, format);
  if (!read.ok) throw new Error(read.problem);
  return read.data;
}

const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const formatOf = (r: PublishedReport): ReportFormat => resolveFormat(r.formatVersion, r.localTables);

/** The input cells a snapshot holds, as the importer should give them back (blank cells included). */
function expectedCells(report: PublishedReport) {
  const format = formatOf(report);
  return Object.fromEntries(
    format.inputCells.map((c) => {
      const e = report.values[c.key];
      return [c.key, e ? { value: e.value, ...(e.unit ? { unit: e.unit } : {}) } : { value: null }];
    }),
  );
}

async function workbookOf(report: PublishedReport): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await exportXlsx(report, { version: 1 })) as unknown as ExcelJS.Buffer);
  return wb;
}

async function reread(wb: ExcelJS.Workbook, format: ReportFormat): Promise<ImportedReport> {
  return readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), format);
}

/** The sheet cell holding `key`, located by the export's own plan. */
function cellOf(wb: ExcelJS.Workbook, report: PublishedReport, key: string): ExcelJS.Cell {
  for (const plan of tableSheetPlans(report)) {
    const at = placeCells(plan.model, plan.top).find((p) => p.spec.key === key);
    if (at) return wb.getWorksheet(plan.name)!.getCell(at.row, at.col);
  }
  throw new Error(`${key} is not in the workbook`);
}

describe("importing the application's Excel workbook", () => {
  it("gives back every input cell of the reference 2020 report, units included", async () => {
    const report = referenceSnapshot();
    const imported = await readWorkbook(await exportXlsx(report, { version: 1 }), formatOf(report));
    expect(imported.problems).toEqual([]);
    expect(imported.notices).toEqual([]);
    expect(imported.cells).toEqual(expectedCells(report));
    expect(imported.fileYear).toBe(2020);
    expect(imported.fileOrganisation).toBe(report.organisation);
  });

  it.each([
    ["edu", 2019],
    ["xinqi", 2021],
    ["jxj", 2021],
  ])("round-trips the demo report of %s %i", async (code, year) => {
    const report = unitSnapshot(code, year);
    const imported = await readWorkbook(await exportXlsx(report, { version: 1 }), formatOf(report));
    expect(imported.problems).toEqual([]);
    expect(imported.cells).toEqual(expectedCells(report));
  });

  it("reads back text the export protected against formula injection as it was", async () => {
    const report = { ...unitSnapshot("edu", 2019), organisation: "-区教育局" };
    const imported = await readWorkbook(await exportXlsx(report, { version: 0 }), formatOf(report));
    expect(imported.fileOrganisation).toBe("-区教育局");
    expect(imported.problems).toEqual([]);
  });

  it("reads numbers typed as text and amounts with their unit written after them", async () => {
    const report = unitSnapshot("edu", 2019);
    const format = formatOf(report);
    const wb = await workbookOf(report);
    const count = format.inputCells.find((c) => c.kind === "count")!;
    const amount = format.inputCells.find((c) => c.kind === "amount")!;
    cellOf(wb, report, count.key).value = "１２";
    const amountCell = cellOf(wb, report, amount.key);
    amountCell.value = "3.5万元";
    amountCell.numFmt = "General";
    const imported = await reread(wb, format);
    expect(imported.problems).toEqual([]);
    expect(imported.cells[count.key]).toEqual({ value: "12" });
    expect(imported.cells[amount.key]).toEqual({ value: "3.5", unit: "万元" });
  });

  it("refuses a table whose labels were changed, and keeps the others", async () => {
    const report = unitSnapshot("edu", 2019);
    const format = formatOf(report);
    const wb = await workbookOf(report);
    const ws = wb.getWorksheet("第二十条第（一）项")!;
    // A row inserted by hand shifts every label below it.
    ws.spliceRows(6, 0, ["插入的行"]);
    const imported = await reread(wb, format);
    expect(imported.problems).toHaveLength(1);
    expect(imported.problems[0]).toMatch(/^工作表“第二十条第（一）项”的 A\d+ 单元格应为“.+”，与本系统的表格格式不一致，该表未导入。$/);
    const t20 = format.inputCells.filter((c) => c.tableId === format.tables.find((t) => t.title === "第二十条第（一）项")!.id);
    for (const c of t20) expect(imported.cells[c.key]).toBeUndefined();
    expect(Object.keys(imported.cells).length).toBe(format.inputCells.length - t20.length);
  });

  it("names each invalid value with its cell and does not import it", async () => {
    const report = unitSnapshot("edu", 2019);
    const format = formatOf(report);
    const wb = await workbookOf(report);
    const cell = format.inputCells.find((c) => c.kind === "count")!;
    const excelCell = cellOf(wb, report, cell.key);
    excelCell.value = -3;
    const imported = await reread(wb, format);
    expect(imported.problems).toHaveLength(1);
    expect(imported.problems[0]).toMatch(new RegExp(`^“${cell.name}”（工作表“${excelCell.worksheet.name}”${excelCell.address}）：.+该格未导入。$`));
    expect(imported.cells[cell.key]).toBeUndefined();
    expect(Object.keys(imported.cells)).toHaveLength(format.inputCells.length - 1);
  });

  it("points out totals in the file that do not add up", async () => {
    const report = referenceSnapshot();
    const format = formatOf(report);
    const wb = await workbookOf(report);
    const total = format.cells.find((c) => c.sumOf && report.values[c.key])!;
    const excelCell = cellOf(wb, report, total.key);
    excelCell.value = Number(excelCell.value) + 1;
    const imported = await reread(wb, format);
    expect(imported.problems).toEqual([]);
    expect(imported.notices).toHaveLength(1);
    expect(imported.notices[0]).toContain(`文件中“${total.name}”`);
    expect(imported.notices[0]).toContain("系统自动计算合计，不导入文件中的合计");
  });

  it("says what is wrong with a file that is not a workbook, or another format's", async () => {
    const report = unitSnapshot("edu", 2019);
    expect(await readReportWorkbook(new TextEncoder().encode("不是表格"), formatOf(report))).toEqual({ ok: false, problem: "无法读取该文件：不是有效的 Excel（.xlsx）文件。" });
    const other = await readWorkbook(await exportXlsx(report, { version: 1 }), resolveFormat("2021", []));
    expect(other.problems.length).toBeGreaterThan(0);
  });
});

describe("importing the open-data JSON", () => {
  const jsonOf = (report: PublishedReport) => new TextDecoder().decode(exportJson(report, { version: 1 }));

  it("gives back every input cell and the narrative", () => {
    const report = unitSnapshot("jxj", 2021);
    const imported = readReportJson(jsonOf(report), formatOf(report));
    expect(imported.problems).toEqual([]);
    expect(imported.cells).toEqual(expectedCells(report));
    expect(imported.narratives).toEqual(report.narratives);
    expect(imported.fileYear).toBe(2021);
  });

  it("refuses another format version, and files that are not the open-data format", () => {
    const report = unitSnapshot("edu", 2019);
    expect(readReportJson(jsonOf(report), resolveFormat("2021", [])).problems[0]).toMatch(/^该文件使用2019版格式，本报告使用2021版格式/);
    expect(readReportJson("{", formatOf(report)).problems).toEqual(["无法读取该文件：不是有效的 JSON 文件。"]);
    expect(readReportJson('{"values":{}}', formatOf(report)).problems).toEqual(["该 JSON 文件不是本系统的年度报告开放数据格式，未导入。"]);
  });

  it("imports the valid values and names the invalid ones", () => {
    const report = unitSnapshot("edu", 2019);
    const format = formatOf(report);
    const data = JSON.parse(jsonOf(report));
    const [first, second] = format.inputCells.filter((c) => c.kind === "count");
    data.values[first.key] = 1.5;
    data.values[second.key] = "abc";
    data.narratives.preamble = "<p>编制说明</p>";
    const imported = readReportJson(JSON.stringify(data), format);
    expect(imported.problems).toHaveLength(3);
    expect(imported.problems[0]).toContain(`“${first.name}”`);
    expect(imported.problems[1]).toContain(`“${second.name}”`);
    expect(imported.problems[2]).toMatch(/^编制说明：正文为纯文本/);
    expect(imported.cells[first.key]).toBeUndefined();
    expect(imported.narratives.preamble).toBeUndefined();
    // Totals over a refused cell cannot be checked: they would only repeat the problem above.
    expect(imported.notices).toEqual([]);
  });

  it("says nothing about the totals of an untouched export", () => {
    for (const report of [referenceSnapshot(), unitSnapshot("jxj", 2021)]) {
      const imported = readReportJson(jsonOf(report), formatOf(report));
      expect(imported.problems).toEqual([]);
      expect(imported.notices).toEqual([]);
    }
  });

  it("points out a printed total that differs from the sum of its parts, and imports the parts", () => {
    const report = referenceSnapshot();
    const format = formatOf(report);
    const data = JSON.parse(jsonOf(report));
    const total = format.cells.find((c) => c.sumOf && Number(data.values[c.key]) > 0)!;
    const sum = Number(data.values[total.key]);
    data.values[total.key] = sum + 7;
    const imported = readReportJson(JSON.stringify(data), format);
    expect(imported.problems).toEqual([]);
    expect(imported.notices).toEqual([`文件中“${total.name}”为 ${sum + 7}，按各项相加应为 ${sum}；系统自动计算合计，不导入文件中的合计。`]);
    expect(imported.cells).toEqual(expectedCells(report));
    expect(imported.cells[total.key]).toBeUndefined();
  });

  it("does not compare a total over a part it refused: the problem is said once", () => {
    const report = referenceSnapshot();
    const format = formatOf(report);
    const data = JSON.parse(jsonOf(report));
    const parts = format.cells.flatMap((c) => c.sumOf ?? []).map((k) => format.cellByKey.get(k)!);
    const part = parts.find((c) => !c.sumOf && Number(data.values[c.key]) > 0)!;
    data.values[part.key] = "abc";
    const imported = readReportJson(JSON.stringify(data), format);
    expect(imported.problems).toHaveLength(1);
    expect(imported.problems[0]).toContain(`“${part.name}”`);
    expect(imported.notices).toEqual([]);
  });

  it("points out a printed total whose parts are all blank", () => {
    const report = unitSnapshot("edu", 2019);
    const format = formatOf(report);
    const data = JSON.parse(jsonOf(report));
    const total = format.cells.find((c) => c.sumOf && !c.sumOf.some((k) => format.cellByKey.get(k)!.sumOf))!;
    for (const part of total.sumOf!) data.values[part] = null;
    data.values[total.key] = 3;
    const imported = readReportJson(JSON.stringify(data), format);
    expect(imported.notices).toHaveLength(1);
    expect(imported.notices[0]).toMatch(new RegExp(`^文件中“${escapeRe(total.name)}”为 3，而各项均为空白；`));
  });

  it("names a printed total that is not a number", () => {
    const report = referenceSnapshot();
    const format = formatOf(report);
    const data = JSON.parse(jsonOf(report));
    const [first, second] = format.cells.filter((c) => c.sumOf && Number(data.values[c.key]) > 0);
    data.values[first.key] = "很多";
    data.values[second.key] = { value: 3 };
    const imported = readReportJson(JSON.stringify(data), format);
    expect(imported.problems).toHaveLength(2);
    expect(imported.problems[0]).toMatch(new RegExp(`^“${escapeRe(first.name)}”：文件中的合计“很多”不是数字`));
    expect(imported.problems[1]).toMatch(new RegExp(`^“${escapeRe(second.name)}”：文件中的合计不是数字`));
    expect(imported.notices).toEqual([]);
    expect(imported.cells).toEqual(expectedCells(report));
  });
});
