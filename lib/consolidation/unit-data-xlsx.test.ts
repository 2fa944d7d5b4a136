import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { demoFormat, demoValues } from "@/db/seed/demo-values";
import { REFERENCE_2020_INPUTS } from "@/db/seed/reference-2020";
import { DEMO_REPORTING_UNITS } from "@/db/seed/units";
import { buildUnitDataWorkbook } from "./unit-data-xlsx";

async function sheetOf(wb: ExcelJS.Workbook): Promise<ExcelJS.Worksheet> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await wb.xlsx.writeBuffer());
  return again.worksheets[0];
}

describe("the units' data workbook", () => {
  it("has a row per unit and a sum row equal to the reference 2020 report, column by column", async () => {
    const format = demoFormat(2020);
    const units = DEMO_REPORTING_UNITS.map((u, i) => ({ unitId: i + 1, unitName: u.name, values: demoValues(u.code, 2020) }));
    const ws = await sheetOf(
      buildUnitDataWorkbook({
        year: 2020,
        format,
        expected: units,
        unitReports: units,
        officeName: "区政府办公室",
        officeValues: {},
        overrides: [{ cellKey: "b9.procurement.amount", value: "6376.8025", unit: "万元", reason: "元/万元误填" }],
      }),
    );
    const keys = (ws.getRow(4).values as unknown[]).slice(3) as string[];
    expect(keys).toEqual(format.inputCells.map((c) => c.key));
    expect(ws.getCell(5, 1).value).toBe(DEMO_REPORTING_UNITS[0].name);
    expect(ws.getCell(5, 2).value).toBe("是");
    const totalRow = ws.getRow(4 + units.length + 2);
    expect(totalRow.getCell(1).value).toBe("合计");
    let checked = 0;
    keys.forEach((key, i) => {
      const expected = REFERENCE_2020_INPUTS[key as keyof typeof REFERENCE_2020_INPUTS];
      // The reference's procurement total carries the office's adjustment of one unit's 元/万元 slip (the demo's
      // override); this sheet shows the plain sum of what the units reported.
      if (expected === undefined || key === "b9.procurement.amount") return;
      expect(totalRow.getCell(i + 3).value, key).toBe(Number(expected));
      checked++;
    });
    expect(checked).toBeGreaterThan(100);
    // The adjusted row: the number the consolidated report uses.
    const used = ws.getRow(4 + units.length + 3);
    expect(used.getCell(1).value).toBe("汇总报告采用数（含 1 处调整）");
    expect(used.getCell(keys.indexOf("b9.procurement.amount") + 3).value).toBe(6376.8025);
  });

  it("leaves units that do not count blank, and says why", async () => {
    const format = demoFormat(2021);
    const ws = await sheetOf(
      buildUnitDataWorkbook({
        year: 2021,
        format,
        expected: [{ unitId: 1, unitName: "区教育局" }, { unitId: 2, unitName: "新碶街道" }],
        unitReports: [{ unitId: 2, unitName: "新碶街道", values: { "t3.received.natural": { value: "4" } } }],
        officeName: "区政府办公室",
        officeValues: { "t3.received.natural": { value: "1" } },
      }),
    );
    const col = (ws.getRow(4).values as unknown[]).indexOf("t3.received.natural");
    expect([ws.getCell(5, 2).value, ws.getCell(5, col).value]).toEqual(["否（尚未审核通过）", null]);
    expect([ws.getCell(6, 1).value, ws.getCell(6, col).value]).toEqual(["新碶街道", 4]);
    expect([ws.getCell(7, 1).value, ws.getCell(7, col).value]).toEqual(["区政府办公室（本级自有数据）", 1]);
    expect([ws.getCell(8, 1).value, ws.getCell(8, col).value]).toEqual(["合计", 5]);
  });

  it("starts text that a spreadsheet would read as a formula with a single quote, and keeps negative numbers numbers", async () => {
    const format = demoFormat(2020);
    const ws = await sheetOf(
      buildUnitDataWorkbook({
        year: 2020,
        format,
        expected: [{ unitId: 1, unitName: "=HYPERLINK(\"http://evil.example\")" }, { unitId: 2, unitName: "@SUM(1)" }],
        unitReports: [
          { unitId: 1, unitName: "=HYPERLINK(\"http://evil.example\")", values: { "b5.licensing.change": { value: "-8" } } },
          { unitId: 2, unitName: "@SUM(1)", values: {} },
        ],
        officeName: "+区政府办公室",
        officeValues: {},
      }),
    );
    const col = (ws.getRow(4).values as unknown[]).indexOf("b5.licensing.change");
    expect([ws.getCell(5, 1).value, ws.getCell(6, 1).value, ws.getCell(7, 1).value]).toEqual(["'=HYPERLINK(\"http://evil.example\")", "'@SUM(1)", "'+区政府办公室（本级自有数据）"]);
    expect(ws.getCell(5, col).value).toBe(-8);
    expect(ws.getCell(8, col).value).toBe(-8);
  });
});

