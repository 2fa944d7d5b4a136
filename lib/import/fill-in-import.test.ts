import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { referenceSnapshot, unitSnapshot } from "@/lib/testing/export-snapshots";
import { exportXlsx, placeCells, tableSheetPlans } from "@/lib/publishing/export-xlsx";
import { NARRATIVE_SHEET } from "@/lib/publishing/fill-in-sheet";
import type { PublishedReport } from "@/lib/publishing/snapshot";
import { resolveFormat } from "@/lib/report-format";
import { importChanges } from "./import-changes";
import type { ImportedReport } from "./imported-report";
import { readReportWorkbook } from "./read-xlsx";

/** The editor's 填报稿 (formulas, protection, validation, 正文 sheet) read back by the importer. */

const formatOf = (r: PublishedReport) => resolveFormat(r.formatVersion, r.localTables);

async function read(bytes: Uint8Array, report: PublishedReport): Promise<ImportedReport> {
  const result = await readReportWorkbook(bytes, formatOf(report));
  if (!result.ok) throw new Error(result.problem);
  return result.data;
}

async function edited(report: PublishedReport, edit: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await exportXlsx(report, { version: 0 })) as unknown as ExcelJS.Buffer);
  edit(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function cellOf(wb: ExcelJS.Workbook, report: PublishedReport, key: string): ExcelJS.Cell {
  for (const plan of tableSheetPlans(report)) {
    const at = placeCells(plan.model, plan.top).find((p) => p.spec.key === key);
    if (at) return wb.getWorksheet(plan.name)!.getCell(at.row, at.col);
  }
  throw new Error(`${key} is not in the workbook`);
}

describe("importing the Excel 填报稿", () => {
  for (const [code, year] of [["xinqi", 2021], ["edu", 2019], ["czj", 2021]] as const) {
    it(`round-trips ${code} ${year} unchanged: no changes, no problems, no notices`, async () => {
      const report = unitSnapshot(code, year);
      const imported = await read(await exportXlsx(report, { version: 0 }), report);
      expect(imported.problems).toEqual([]);
      expect(imported.notices).toEqual([]);
      const changes = importChanges(formatOf(report), report.values, report.narratives, imported);
      expect(changes.cells).toEqual([]);
      expect(changes.narratives).toEqual([]);
      expect(changes.unchanged).toBe(formatOf(report).inputCells.length);
      // Every narrative is read, blank ones as blank.
      expect(Object.keys(imported.narratives)).toEqual(["preamble", ...report.sections.filter((s) => s.narrative !== "none").map((s) => s.key)]);
    });
  }

  it("round-trips a unit report with the local table A and amounts in 元 unchanged", async () => {
    const report: PublishedReport = { ...referenceSnapshot(), kind: "unit" };
    expect(report.localTables).toEqual(["A"]);
    const imported = await read(await exportXlsx(report, { version: 0 }), report);
    expect(imported.problems).toEqual([]);
    expect(imported.notices).toEqual([]);
    const changes = importChanges(formatOf(report), report.values, report.narratives, imported);
    expect(changes.cells).toEqual([]);
    expect(changes.narratives).toEqual([]);
  });

  it("reads the narratives as the 正文 sheet says, and the values as the table sheets say", async () => {
    const report = unitSnapshot("xinqi", 2021);
    const bytes = await edited(report, (wb) => {
      const ws = wb.getWorksheet(NARRATIVE_SHEET)!;
      ws.getCell("B3").value = "本年度，我街道认真贯彻落实《条例》。\r\n（一）主动公开\r\n新增一段。";
      ws.getCell("B2").value = "=本报告由新碶街道编制";
      const natural = cellOf(wb, report, "t3.received.natural");
      natural.value = Number(natural.value ?? 0) + 3;
    });
    const imported = await read(bytes, report);
    expect(imported.problems).toEqual([]);
    expect(imported.narratives.one).toBe("本年度，我街道认真贯彻落实《条例》。\n（一）主动公开\n新增一段。");
    expect(imported.narratives.preamble).toBe("=本报告由新碶街道编制");
    const changes = importChanges(formatOf(report), report.values, report.narratives, imported);
    expect(changes.narratives).toEqual(["preamble", "one"]);
    expect(changes.cells.map((c) => c.key)).toEqual(["t3.received.natural"]);
    // The total's formula result in the file is now stale (exceljs does not calculate): a notice, not an import.
    expect(imported.notices.join()).toMatch(/系统自动计算合计/);
  });

  it("reads a total's formula result as the printed total: a recalculated file has no notice", async () => {
    const report = unitSnapshot("xinqi", 2021);
    const bytes = await edited(report, (wb) => {
      const natural = cellOf(wb, report, "t3.received.natural");
      natural.value = Number(natural.value ?? 0) + 3;
      for (const key of ["t3.received.total"]) {
        const total = cellOf(wb, report, key);
        const v = total.value as ExcelJS.CellFormulaValue;
        total.value = { formula: v.formula, result: Number(v.result) + 3 } as ExcelJS.CellFormulaValue;
      }
    });
    const imported = await read(bytes, report);
    expect(imported.notices.filter((n) => n.includes("申请数量 · 总计"))).toEqual([]);
    const wrong = await edited(report, (wb) => {
      const total = cellOf(wb, report, "t3.received.total");
      total.value = { formula: (total.value as ExcelJS.CellFormulaValue).formula, result: 99999 } as ExcelJS.CellFormulaValue;
    });
    expect((await read(wrong, report)).notices.join()).toMatch(/为 99999，按各项相加应为/);
  });

  it("refuses a 正文 sheet whose section titles were changed, and imports the tables still", async () => {
    const report = unitSnapshot("xinqi", 2021);
    const bytes = await edited(report, (wb) => {
      wb.getWorksheet(NARRATIVE_SHEET)!.getCell("A3").value = "一、其他";
    });
    const imported = await read(bytes, report);
    expect(imported.problems).toEqual([expect.stringMatching(/^工作表“正文”的 A3 单元格应为“一、总体情况”.*正文未导入。$/)]);
    expect(imported.narratives).toEqual({});
    expect(Object.keys(imported.cells).length).toBe(formatOf(report).inputCells.length);
  });

  it("ignores narratives in a file without a 正文 sheet (the published Excel)", async () => {
    const report = unitSnapshot("xinqi", 2021);
    const imported = await read(await exportXlsx(report, { version: 1 }), report);
    expect(imported.narratives).toEqual({});
    expect(imported.problems).toEqual([]);
  });
});
