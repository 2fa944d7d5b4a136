import { describe, expect, it } from "vitest";
import { resolveFormat } from "@/lib/report-format";
import { reference2020Fixture } from "./fixture-report";
import { expandRows, printedTables, printReport, REAL_WORLD, splitTable, type PrintedTable } from "./print-layout";

const tableOf = (id: string, variants = {}) => printedTables(printReport(reference2020Fixture(), variants)).find((t) => t.tableId === id)!;

describe("printReport", () => {
  it("prints every table of the format, in section order, with captions on the sub-tables of 二", () => {
    const tables = printedTables(printReport(reference2020Fixture()));
    expect(tables.map((t) => t.tableId)).toEqual(resolveFormat("2019", ["A"]).tables.map((t) => t.id));
    expect(expandRows(tableOf("b1"))[0]).toEqual(Array(4).fill("第二十条第（一）项"));
    // Table A's block heading already names it: no caption row.
    expect(expandRows(tableOf("a"))[0]).toEqual(["统计指标", "单位", "统计数"]);
  });

  it("prints table 四 as the official form: 行政复议 reaching down to the leaves, one data row of 15", () => {
    const t4 = tableOf("t4");
    expect(t4.rows[0].map((c) => [c.text, c.colSpan, c.rowSpan])).toEqual([
      ["行政复议", 5, 2],
      ["行政诉讼", 10, 1],
    ]);
    expect(t4.rows[1].map((c) => c.text)).toEqual(["未经复议直接起诉", "复议后起诉"]);
    const rows = expandRows(t4);
    expect(rows[3]).toEqual(["3", "1", "2", "0", "6", "0", "1", "3", "4", "8", "0", "0", "1", "0", "1"]);
  });

  it("expands merged cells: table 三's corner over three label columns and three header rows", () => {
    const rows = expandRows(tableOf("t3"));
    expect(rows.every((r) => r.length === 10)).toBe(true);
    expect(new Set(rows.slice(0, 3).flatMap((r) => r.slice(0, 3))).size).toBe(1);
    expect(rows[1].slice(3)).toEqual(["自然人", "法人或其他组织", "法人或其他组织", "法人或其他组织", "法人或其他组织", "法人或其他组织", "总计"]);
    expect(rows[3]).toEqual(["一、本年新收政府信息公开申请数量", "一、本年新收政府信息公开申请数量", "一、本年新收政府信息公开申请数量", "179", "20", "0", "0", "0", "5", "204"]);
    expect(rows[6].slice(0, 3)).toEqual(["三、本年度办理结果", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"]);
  });

  it("prints the real-world variants only when asked", () => {
    const plain = printReport(reference2020Fixture());
    const real = printReport(reference2020Fixture(), REAL_WORLD);
    expect(plain.sections.map((s) => s.heading)).toContain("五、存在的主要问题及改进情况");
    expect(real.sections.map((s) => s.heading)).toEqual(expect.arrayContaining(["五、政府信息公开工作存在的主要问题及改进情况", "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况"]));
    expect(expandRows(tableOf("b5", REAL_WORLD))[1]).toEqual(["信息内容", "上一年项目数量（指上年事项数）", "本年增/减（减用负值表示，如-8）", "处理决定数量（指本年办件量）"]);
    expect(expandRows(tableOf("b9", REAL_WORLD))[1][2]).toBe("采购总金额（万元）");
    // Without the unit in the header, the cell says what the number is in.
    expect(expandRows(tableOf("b9"))[2][2]).toBe("6376.8025万元");
    expect(expandRows(tableOf("t3", REAL_WORLD))[4][0]).toBe("二、上年转结政府信息公开申请数量");
  });
});

describe("splitTable", () => {
  const t3 = (): PrintedTable => tableOf("t3");

  it("cuts a table in two; a group label spanning the cut stays above it and continues below as an empty cell", () => {
    const table = t3();
    const at = table.headerRowCount + 12; // unable.notHeld: inside 三、本年度办理结果
    const [first, second] = splitTable(table, at, { repeatHeader: false });
    const whole = expandRows(table);
    expect(expandRows(first)).toEqual(whole.slice(0, at));
    const below = expandRows(second);
    expect(below.map((r) => r.slice(1))).toEqual(whole.slice(at).map((r) => r.slice(1)));
    // Rows still under 三、本年度办理结果 print it blank in the second part; 四、结转… spans all label columns.
    expect(below.slice(0, -1).every((r) => r[0] === "")).toBe(true);
    expect(below[below.length - 1][0]).toBe("四、结转下年度继续办理");
  });

  it("repeats the header rows in the second part when asked", () => {
    const table = t3();
    const [, second] = splitTable(table, table.headerRowCount + 5, { repeatHeader: true });
    expect(expandRows(second).slice(0, 3)).toEqual(expandRows(table).slice(0, 3));
    expect(second.headerRowCount).toBe(3);
  });
});
