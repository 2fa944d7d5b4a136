import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runChecks } from "@/lib/checks/run-checks";
import { importChanges } from "@/lib/import/import-changes";
import { mapDocument } from "@/lib/import/published/map-document";
import { readText } from "@/lib/import/published/read-text";
import { readReportWorkbook } from "@/lib/import/read-xlsx";
import { exportDocx } from "@/lib/publishing/export-docx";
import { toOpenData } from "@/lib/publishing/export-json";
import { exportXlsx, placeCells, tableSheetPlans } from "@/lib/publishing/export-xlsx";
import { buildSnapshot } from "@/lib/publishing/snapshot";
import { localTables, resolveFormat, type LocalTable } from "./index";

/**
 * A provincial variant is a data change (issue 11): a throwaway variant that adds a row to the 2019 table
 * 二 (第二十条第（一）项), as 湖北's 2019 format adds 其他主动公开文件, renames one row and drops none — defined
 * here as data alone, and registered like any local variant. The form, the checks, the exports and the
 * importer all take it from the format.
 */
const VARIANT: LocalTable = {
  id: "TEST-HB",
  name: "测试用地方格式（增加其他主动公开文件）",
  region: "测试省",
  rowPatches: [{ table: "b1", add: [{ after: "normative", row: { key: "otherDocs", label: "其他主动公开文件" } }], rename: { normative: "行政规范性文件" } }],
};
const KEY = "b1.otherDocs.made";

beforeAll(() => {
  localTables[VARIANT.id] = VARIANT;
});
afterAll(() => {
  delete localTables[VARIANT.id];
});

describe("a local variant defined as data", () => {
  it("gives the form its row: cells named by its labels, in the table's order", () => {
    const format = resolveFormat("2019", [VARIANT.id]);
    const b1 = format.tables.find((t) => t.id === "b1")!;
    expect(b1.rows.map((r) => r.label)).toEqual(["规章", "行政规范性文件", "其他主动公开文件"]);
    expect(format.cellByKey.get(KEY)?.name).toBe("其他主动公开文件 · 本年新制作数量");
    expect(format.inputCells.map((c) => c.key)).toContain("b1.otherDocs.total");
    // The national format is untouched.
    expect(resolveFormat("2019").cellByKey.has(KEY)).toBe(false);
  });

  it("is checked like any row: a value that is not a count, and a table rule over the row", () => {
    const format = resolveFormat("2019", [VARIANT.id]);
    const findings = runChecks({
      report: { year: 2020, format, values: { [KEY]: { value: "-1" }, "b1.otherDocs.published": { value: "5" }, "b1.otherDocs.total": { value: "2" } }, narratives: {} },
      canMakeRules: false,
    });
    expect(findings.find((f) => f.checkId === "VAL-TYPE" && f.cells.includes(KEY))?.message).toContain("其他主动公开文件·本年新制作数量");
    // T2-PUBLISHED-LE-TOTAL runs for every row of b1, the added one included.
    expect(findings.find((f) => f.checkId === "T2-PUBLISHED-LE-TOTAL" && f.cells.includes("b1.otherDocs.published"))).toBeDefined();
  });

  it("is exported (Excel, Word, open data) and read back from the Excel unchanged", async () => {
    const format = resolveFormat("2019", [VARIANT.id]);
    const values = Object.fromEntries(format.inputCells.map((c, i) => [c.key, c.kind === "amount" ? { value: "1.5", unit: "万元" as const } : { value: String(i % 7) }]));
    values[KEY] = { value: "9" };
    const report = buildSnapshot({ kind: "unit", year: 2020, organisation: "测试局", format, values, narratives: { preamble: "编制说明。" }, publishedAt: Date.UTC(2021, 0, 20) });

    const json = toOpenData(report, { version: 1 });
    expect(JSON.stringify(json)).toContain("其他主动公开文件");

    const docx = await JSZip.loadAsync(await exportDocx(report, { version: 1 }));
    const documentXml = await docx.file("word/document.xml")!.async("string");
    expect(documentXml).toContain("其他主动公开文件");
    expect(documentXml).toContain("行政规范性文件");

    const xlsx = await exportXlsx(report, { version: 1 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
    const plan = tableSheetPlans(report).find((p) => placeCells(p.model, p.top).some((c) => c.spec.key === KEY))!;
    const at = placeCells(plan.model, plan.top).find((c) => c.spec.key === KEY)!;
    expect(Number(wb.getWorksheet(plan.name)!.getCell(at.row, at.col).value)).toBe(9);

    const read = await readReportWorkbook(xlsx, format);
    if (!read.ok) throw new Error(read.problem);
    expect(read.data.cells[KEY]).toEqual({ value: "9" });
    const changes = importChanges(format, report.values, report.narratives, read.data);
    expect(changes.cells).toEqual([]);
  });

  it("is read from a published report that prints its row: detected from the row, and each cell placed", () => {
    const text = [
      "测试局2019年政府信息公开工作年度报告",
      "二、主动公开政府信息情况",
      "第二十条第（一）项",
      "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量",
      "规章\t0\t0\t0",
      "行政规范性文件\t3\t3\t20",
      "其他主动公开文件\t5\t4\t9",
    ].join("\n");
    const read = mapDocument(readText(text));
    expect(read.localTableIds).toContain(VARIANT.id);
    expect(read.cells[KEY]).toMatchObject({ value: "5", source: { row: "其他主动公开文件", column: "本年新制作数量" } });
    expect(read.cells["b1.normative.total"]).toMatchObject({ value: "20" });
    expect(read.unmapped).toEqual([]);
  });
});
