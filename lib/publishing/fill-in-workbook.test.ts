import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { unitSnapshot } from "@/lib/testing/export-snapshots";
import { exportXlsx, placeCells, tableSheetPlans } from "./export-xlsx";
import { NARRATIVE_SHEET, sumArguments } from "./fill-in-sheet";
import type { PublishedReport } from "./snapshot";
import { MAX_VALUE, resolveFormat } from "@/lib/report-format";

/** The editor's 填报稿 (a unit's working copy, version 0) opened with exceljs, as Excel or WPS would open it. */

async function open(report: PublishedReport, version: number): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await exportXlsx(report, { version })) as unknown as ExcelJS.Buffer);
  return wb;
}

/** Locked as Excel reads it: a cell style without <protection locked="0"> is locked (exceljs reads such a style as no protection). */
const locked = (cell: ExcelJS.Cell) => cell.protection?.locked !== false;

/** exceljs reads <sheetProtection> into a property its types do not declare. */
const protectionOf = (ws: ExcelJS.Worksheet) => (ws as unknown as { sheetProtection?: { sheet?: boolean; hashValue?: string } | null }).sheetProtection;

function placedOf(wb: ExcelJS.Workbook, report: PublishedReport) {
  return tableSheetPlans(report).flatMap((plan) => placeCells(plan.model, plan.top).map((p) => ({ ...p, cell: wb.getWorksheet(plan.name)!.getCell(p.row, p.col), plan })));
}

describe("sumArguments", () => {
  const a1 = (r: number, c: number) => `${String.fromCharCode(64 + c)}${r}`;
  it("writes runs of adjacent cells as ranges and the rest one by one", () => {
    expect(sumArguments([[6, 4], [6, 5], [6, 6]], a1)).toBe("D6:F6");
    expect(sumArguments([[10, 4], [11, 4], [13, 4], [14, 4], [20, 4]], a1)).toBe("D10:D11,D13:D14,D20");
    expect(sumArguments([[6, 4], [6, 5], [7, 5]], a1)).toBe("D6:E6,E7");
  });
});

describe("the Excel 填报稿", () => {
  const report = unitSnapshot("xinqi", 2021);
  const format = resolveFormat(report.formatVersion, report.localTables);

  it("computes every 总计 with a SUM formula whose cached result is the report's total", async () => {
    const wb = await open(report, 0);
    const t3 = wb.getWorksheet("三、收到和处理政府信息公开申请情况")!;
    const derived = placedOf(wb, report).filter((p) => p.spec.key && ["t3.received.total", "t3.handledTotal.natural", "t3.handledTotal.total", "t4.review.total"].includes(p.spec.key));
    expect(derived).toHaveLength(4);
    for (const { cell, spec } of derived) {
      const value = cell.value as ExcelJS.CellFormulaValue;
      expect(value.formula, spec.key).toMatch(/^SUM\([A-Z]+\d+(:[A-Z]+\d+)?(,[A-Z]+\d+(:[A-Z]+\d+)?)*\)$/);
      expect(value.result, spec.key).toBe(Number(report.values[spec.key!].value));
    }
    // The row total sums the six applicant columns of its own row.
    const total = derived.find((p) => p.spec.key === "t3.received.total")!;
    const formula = (total.cell.value as ExcelJS.CellFormulaValue).formula;
    expect(formula).toBe(`SUM(D${total.row}:I${total.row})`);
    const sum = ["D", "E", "F", "G", "H", "I"].reduce((s, c) => s + Number(t3.getCell(`${c}${total.row}`).value ?? 0), 0);
    expect(sum).toBe(Number(report.values["t3.received.total"].value));
    // Excel and WPS recompute on opening.
    const xml = await (await JSZip.loadAsync(await exportXlsx(report, { version: 0 }))).file("xl/workbook.xml")!.async("string");
    expect(xml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it("has formulas that compute, as a spreadsheet would, each total the report prints", async () => {
    for (const r of [report, unitSnapshot("edu", 2019)]) {
      const wb = await open(r, 0);
      let formulas = 0;
      for (const ws of wb.worksheets) {
        const evaluate = (address: string): number => {
          const v = ws.getCell(address).value;
          if (typeof v === "number") return v;
          if (v && typeof v === "object" && "formula" in v) {
            return String(v.formula).slice(4, -1).split(",").reduce((sum, arg) => {
              const [from, to = from] = arg.split(":").map((a) => ws.getCell(a));
              let s = 0;
              for (let row = Number(from.row); row <= Number(to.row); row++) for (let col = Number(from.col); col <= Number(to.col); col++) s += evaluate(ws.getCell(row, col).address);
              return sum + s;
            }, 0);
          }
          return 0;
        };
        ws.eachRow((row) => row.eachCell((cell) => {
          const v = cell.value;
          if (!v || typeof v !== "object" || !("formula" in v)) return;
          formulas++;
          expect(evaluate(cell.address), `${ws.name}!${cell.address}`).toBe(v.result ?? 0);
        }));
      }
      expect(formulas).toBe(r.tables.reduce((n, t) => n + resolveFormat(r.formatVersion, r.localTables).cells.filter((c) => c.tableId === t.id && c.sumOf).length, 0));
    }
  });

  it("protects labels and totals, leaves input cells unlocked, without a password", async () => {
    const wb = await open(report, 0);
    for (const plan of tableSheetPlans(report)) {
      const ws = wb.getWorksheet(plan.name)!;
      expect(protectionOf(ws)?.sheet, plan.name).toBe(true);
      expect(protectionOf(ws)?.hashValue, plan.name).toBeUndefined();
    }
    const placed = placedOf(wb, report);
    const labels = placed.filter((p) => p.spec.kind === "label" || p.spec.kind === "header");
    expect(labels.length).toBeGreaterThan(50);
    for (const { cell, spec } of labels) expect(locked(cell), spec.text).toBe(true);
    for (const { cell, spec } of placed.filter((p) => p.spec.kind === "value" && p.spec.key)) {
      const derived = Boolean(format.cellByKey.get(spec.key!)!.sumOf);
      expect(locked(cell), spec.key).toBe(derived);
    }
  });

  it("validates input cells by kind, with Chinese messages and the cell's accessible name as the prompt", async () => {
    const wb = await open(report, 0);
    const at = (key: string) => placedOf(wb, report).find((p) => p.spec.key === key)!.cell.dataValidation;
    const count = at("t3.received.natural");
    expect(count).toMatchObject({ type: "whole", operator: "between", formulae: [0, MAX_VALUE], allowBlank: true, showErrorMessage: true, errorStyle: "stop" });
    expect(count.errorTitle).toBe("应为非负整数");
    expect(count.error).toMatch(/正整数/);
    expect(count.prompt).toBe("一、本年新收政府信息公开申请数量 · 自然人");
    expect(at("t3.received.total")).toBeFalsy();
    // 本年增/减 (2019 format): signed; amounts: decimals ≥ 0.
    const r2019 = unitSnapshot("edu", 2019);
    const wb2019 = await open(r2019, 0);
    const at2019 = (key: string) => placedOf(wb2019, r2019).find((p) => p.spec.key === key)!.cell.dataValidation;
    const signed = at2019("b5.licensing.change");
    expect(signed).toMatchObject({ type: "whole", operator: "between", formulae: [-MAX_VALUE, MAX_VALUE], errorTitle: "应为整数" });
    expect(signed.error).toMatch(/负值/);
    const amountKey = r2019.tables.flatMap((t) => t.columns.filter((c) => c.kind === "amount").flatMap((c) => t.rows.map((r) => `${t.id}.${r.key}.${c.key}`)))[0];
    expect(at2019(amountKey)).toMatchObject({ type: "decimal", operator: "between", formulae: [0, MAX_VALUE] });
  });

  it("has a 正文 sheet: one wrapped row per narrative section, 编制说明 first, titles from the format, after the tables", async () => {
    const wb = await open(report, 0);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["报告信息", ...tableSheetPlans(report).map((p) => p.name), NARRATIVE_SHEET]);
    const ws = wb.getWorksheet(NARRATIVE_SHEET)!;
    const sections = report.sections.filter((s) => s.narrative !== "none");
    expect(ws.getCell(1, 1).value).toBe("部分");
    const titles = [ws.getCell(2, 1).value, ...sections.map((_, i) => ws.getCell(i + 3, 1).value)];
    expect(titles).toEqual(["编制说明", ...sections.map((s) => `${s.number}、${s.title}`)]);
    expect(ws.getCell(2, 2).value).toBe(report.narratives.preamble ?? null);
    sections.forEach((s, i) => {
      expect(ws.getCell(i + 3, 2).value ?? "", s.key).toBe(report.narratives[s.key] ?? "");
      expect(ws.getCell(i + 3, 2).alignment?.wrapText, s.key).toBe(true);
      expect(locked(ws.getCell(i + 3, 2)), s.key).toBe(false);
      expect(locked(ws.getCell(i + 3, 1)), s.key).toBe(true);
    });
    expect(protectionOf(ws)?.sheet).toBe(true);
  });

  it("keeps the published report's Excel a plain data file: no formulas, protection, validation or 正文 sheet", async () => {
    const wb = await open(report, 1);
    expect(wb.getWorksheet(NARRATIVE_SHEET)).toBeUndefined();
    for (const ws of wb.worksheets) {
      expect(protectionOf(ws) ?? null, ws.name).toBeNull();
      ws.eachRow((row) => row.eachCell((cell) => {
        expect(typeof cell.value === "object" && cell.value !== null, cell.address).toBe(false);
        expect(cell.dataValidation, cell.address).toBeFalsy();
      }));
    }
  });
});
