import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { DashboardRow } from "./dashboard-rows";
import { buildProgressWorkbook, filterNote } from "./progress-xlsx";

const row = (over: Partial<DashboardRow>): DashboardRow => ({
  unitId: 1,
  unitName: "区教育局",
  unitKind: "agency",
  sortOrder: 1,
  reportId: 1,
  reviewable: false,
  state: "draft",
  filled: 50,
  bySection: [],
  total: 200,
  errors: 2,
  warnings: 1,
  lastChangeAt: Date.UTC(2022, 0, 28, 6, 5),
  lastChangeBy: "区教育局填报员",
  daysLeft: -3,
  late: true,
  ...over,
});

async function reopen(wb: ExcelJS.Workbook): Promise<ExcelJS.Worksheet> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await wb.xlsx.writeBuffer());
  return again.worksheets[0];
}

describe("the progress workbook", () => {
  it("lists every row as on screen, with states, completeness and the deadline in words", async () => {
    const rows = [row({}), row({ unitId: 2, unitName: "新碶街道", unitKind: "subdistrict", state: "submitted", late: false, filled: 200, errors: 0, lastChangeAt: null, lastChangeBy: null })];
    const ws = await reopen(buildProgressWorkbook({ year: 2021, unitDeadline: "2022-01-31", rows }, Date.UTC(2022, 1, 3, 1), "全部单位"));
    expect(ws.name).toBe("2021年度报送进度");
    expect(ws.getCell("A2").value).toBe("单位报送截止日期 2022-01-31；导出时间 2022-02-03 09:00；全部单位");
    expect(ws.getRow(3).values).toEqual([undefined, "序号", "单位", "类型", "状态", "已填单元格", "应填单元格", "完成度", "错误", "警告", "最近修改时间", "最近修改人", "报送期限"]);
    expect(ws.getRow(4).values).toEqual([undefined, 1, "区教育局", "区级部门", "填报中", 50, 200, 0.25, 2, 1, "2022-01-28 14:05", "区教育局填报员", "已逾期 3 天"]);
    expect(ws.getRow(5).values).toEqual([undefined, 2, "新碶街道", "街道", "已提交", 200, 200, 1, 0, 1, "", "", "已报送"]);
    expect(ws.getCell("G4").numFmt).toBe("0%");
  });

  it("says which filters produced the list", () => {
    expect(filterNote({ late: false, sort: "unit", dir: "asc" })).toBe("全部单位");
    expect(filterNote({ kind: "subdistrict", state: "draft", late: true, sort: "unit", dir: "asc" })).toBe("筛选：街道，状态为“填报中”，已逾期");
  });

  it("starts text that a spreadsheet would read as a formula with a single quote, and keeps numbers numbers", async () => {
    const rows = [row({ unitName: "=1+1", lastChangeBy: "@cmd" }), row({ unitId: 2, unitName: "-区教育局", lastChangeBy: "\t填报员" })];
    const ws = await reopen(buildProgressWorkbook({ year: 2021, unitDeadline: "2022-01-31", rows }, Date.UTC(2022, 1, 3, 1), "+筛选"));
    expect(ws.getCell("A2").value).toBe("单位报送截止日期 2022-01-31；导出时间 2022-02-03 09:00；+筛选");
    expect([ws.getCell("B4").value, ws.getCell("K4").value, ws.getCell("B5").value, ws.getCell("K5").value]).toEqual(["'=1+1", "'@cmd", "'-区教育局", "'\t填报员"]);
    expect([ws.getCell("A4").value, ws.getCell("E4").value, ws.getCell("G4").value]).toEqual([1, 50, 0.25]);
  });
});

