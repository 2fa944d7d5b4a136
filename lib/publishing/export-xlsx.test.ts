import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { tableLayout } from "./export-layout";
import { placedCells, printedTables, printedValues, referenceSnapshot, unitSnapshot } from "@/lib/testing/export-snapshots";
import { exportXlsx, sheetName } from "./export-xlsx";
import type { PublishedReport } from "./snapshot";

/** Opens the .xlsx with exceljs and reads every table back from its sheet. */

async function open(report: PublishedReport, version = 1): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await exportXlsx(report, { version, contentHash: "abc123" })) as unknown as ExcelJS.Buffer);
  return wb;
}

/** The first row whose first cell holds the table's first header text (the captions come before it). */
function headerTop(ws: ExcelJS.Worksheet, firstText: string): number {
  for (let r = 1; r <= 6; r++) if (ws.getCell(r, 1).value === firstText) return r;
  throw new Error(`header "${firstText}" not found in ${ws.name}`);
}

async function expectTables(report: PublishedReport) {
  const wb = await open(report);
  const printed = printedTables(report);
  expect(wb.worksheets).toHaveLength(printed.length + 1);
  let values = 0;
  printed.forEach(({ table }, i) => {
    const ws = wb.worksheets[i + 1];
    const model = tableLayout(report, table);
    const top = headerTop(ws, model.rows[0][0].text);
    for (const { r, c, cell } of placedCells(model)) {
      const got = ws.getCell(top + r, c + 1);
      const where = `${ws.name} ${r}:${c} ${cell.key ?? cell.text}`;
      if (cell.entry) {
        values++;
        expect(got.value, where).toBe(Number(cell.entry.value));
        expect(typeof got.value, where).toBe("number");
      } else {
        expect(got.value ?? "", where).toBe(cell.text);
      }
      if (cell.rowSpan > 1 || cell.colSpan > 1) {
        expect(got.isMerged, where).toBe(true);
        expect(ws.getCell(top + r + cell.rowSpan - 1, c + cell.colSpan).master.address, where).toBe(got.address);
      }
    }
  });
  expect(values).toBe(printedValues(report).length);
  return wb;
}

describe("Excel export", () => {
  it("has the report information sheet, then one sheet per table named after it", async () => {
    const wb = await open(referenceSnapshot(), 2);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "报告信息",
      "不同渠道方式主动公开及回应解读总体情况",
      "第二十条第（一）项",
      "第二十条第（五）项",
      "第二十条第（六）项",
      "第二十条第（八）项",
      "第二十条第（九）项",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
    ]);
    const info = wb.getWorksheet("报告信息")!;
    const rows = Object.fromEntries(info.getSheetValues().slice(1).map((r) => [(r as ExcelJS.CellValue[])[1], (r as ExcelJS.CellValue[])[2]]));
    expect(rows).toMatchObject({
      报告名称: "宁波市北仑区人民政府2020年政府信息公开工作年度报告",
      发布机关: "宁波市北仑区人民政府",
      报告年度: 2020,
      报告格式: "2019年版（试行）（国办公开办函〔2019〕60号）",
      版本: "第 2 版（更正版）",
      发布日期: "2021年3月26日",
    });
  });

  it("holds every value of the reference report as a number under its labels, with merged headers", async () => {
    const wb = await expectTables(referenceSnapshot());
    const t3 = wb.getWorksheet("三、收到和处理政府信息公开申请情况")!;
    const top = headerTop(t3, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
    expect(t3.getCell(top, 4).value).toBe("申请人情况");
    expect(t3.getCell(top + 1, 5).value).toBe("法人或其他组织");
    const amount = wb.getWorksheet("第二十条第（九）项")!;
    expect(amount.getCell(headerTop(amount, "信息内容"), 3).value).toBe("采购总金额（万元）");
    expect(amount.getCell(headerTop(amount, "信息内容") + 1, 3).value).toBe(6376.8025);
  });

  it("holds every value of unit reports in both national formats", async () => {
    await expectTables(unitSnapshot("edu", 2019));
    await expectTables(unitSnapshot("xinqi", 2021));
  });

  it("makes sheet names legal and unique", () => {
    const taken = new Set<string>(["报告信息"]);
    expect(sheetName("报告信息", taken)).toBe("报告信息（2）");
    expect(sheetName("a/b:c*d?[e]", taken)).toBe("abcde");
    expect(sheetName("很".repeat(40), taken)).toHaveLength(31);
    expect(sheetName("很".repeat(40), taken)).toBe(`${"很".repeat(28)}（2）`);
  });

  it("starts text that a spreadsheet would read as a formula with a single quote, and keeps numbers numbers", async () => {
    const base = unitSnapshot("edu", 2019);
    const report = { ...base, organisation: "=HYPERLINK(\"http://evil.example\",\"点击\")", title: "@SUM(1)", values: { ...base.values, "b5.licensing.change": { value: "-8" } } };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportXlsx(report, { version: 2, correctionNote: "-1+1 更正", contentHash: "abc" })) as unknown as ExcelJS.Buffer);
    const info = wb.getWorksheet("报告信息")!;
    const rows = Object.fromEntries(info.getSheetValues().slice(1).map((r) => [(r as ExcelJS.CellValue[])[1], (r as ExcelJS.CellValue[])[2]]));
    expect(rows).toMatchObject({ 报告名称: "'@SUM(1)", 发布机关: `'${report.organisation}`, 更正说明: "'-1+1 更正" });
    const values: ExcelJS.CellValue[] = [];
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((cell) => void values.push(cell.value)));
    // No text cell starts like a formula; the signed cell stays the number -8.
    expect(values.filter((v) => typeof v === "string" && /^[=+\-@\t\r]/.test(v))).toEqual([]);
    expect(values.filter((v) => typeof v === "object" && v !== null)).toEqual([]);
    expect(values).toContain(-8);
  });
});

