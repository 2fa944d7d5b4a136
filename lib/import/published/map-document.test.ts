import { describe, expect, it } from "vitest";
import { resolveFormat } from "@/lib/report-format";
import { tableBlock, textBlock, type ReadDocument } from "./document";
import { mapDocument } from "./map-document";
import { readText } from "./read-text";

const doc = (...blocks: ReadDocument["blocks"]): ReadDocument => ({ source: "text", blocks });

const B1_2019 = [["第二十条第（一）项"], ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"]];
const B1_2021 = [["第二十条第（一）项"], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]];

describe("mapDocument", () => {
  it("reads blanks as blanks with their text, never as 0, and 0 as 0", () => {
    const r = mapDocument(doc(tableBlock([...B1_2019, ["规章", "/", "—", "无"], ["规范性文件", "0", "", "12"]])));
    expect(r.cells["b1.rules.made"]).toMatchObject({ value: null, source: { raw: "/" } });
    expect(r.cells["b1.rules.published"]).toMatchObject({ value: null, source: { raw: "—" } });
    expect(r.cells["b1.rules.total"]).toMatchObject({ value: null, source: { raw: "无" } });
    expect(r.cells["b1.normative.made"]).toMatchObject({ value: "0" });
    expect(r.cells["b1.normative.published"]).toMatchObject({ value: null, source: { raw: "" } });
    expect(r.cells["b1.normative.total"]).toMatchObject({ value: "12" });
  });

  it("reads +19 as 19, with a note", () => {
    const r = mapDocument(doc(tableBlock([["第二十条第（五）项"], ["信息内容", "上一年项目数量（指上年事项数）", "本年增/减（减用负值表示，如-8）", "处理决定数量（指本年办件量）"], ["行政许可", "120", "+19", "3000"], ["其他对外管理服务事项", "8", "-2", "40"]])));
    expect(r.cells["b5.licensing.change"]).toMatchObject({ value: "19", note: "“+19”读作 19" });
    expect(r.cells["b5.otherServices.change"]).toMatchObject({ value: "-2" });
    expect(r.cells["b5.licensing.decisions"].source.column).toBe("处理决定数量（指本年办件量）");
  });

  it("takes an amount's unit from its header or its cell, and converts 元 to a 万元-only cell with a note", () => {
    const r2019 = mapDocument(doc(tableBlock([["第二十条第（九）项"], ["信息内容", "采购项目数量", "采购总金额（万元）"], ["政府集中采购", "12", "345.678901"]])));
    expect(r2019.cells["b9.procurement.amount"]).toMatchObject({ value: "345.678901", unit: "万元" });
    expect(r2019.cells["b9.procurement.amount"].problem).toBeUndefined();
    const inYuan = mapDocument(doc(tableBlock([["第二十条第（九）项"], ["信息内容", "采购项目数量", "采购总金额"], ["政府集中采购", "12", "3456789.01元"]])));
    expect(inYuan.cells["b9.procurement.amount"]).toMatchObject({ value: "3456789.01", unit: "元" });

    const r2021 = mapDocument(doc(tableBlock([...B1_2021, ["规章", "0", "0", "0"]]), tableBlock([["第二十条第（八）项"], ["信息内容", "本年收费金额（单位：元）"], ["行政事业性收费", "1234500.5"]])));
    expect(r2021.formatVersion).toBe("2021");
    expect(r2021.cells["b8.fees.amount"]).toMatchObject({ value: "123.45005", unit: "万元", note: "1234500.5元换算为 123.45005万元" });
  });

  it("reports a row the format does not have, naming its table", () => {
    const r = mapDocument(doc(tableBlock([...B1_2019, ["规章", "0", "0", "0"], ["规范性文件", "3", "3", "20"], ["其他主动公开文件", "5", "5", "9"]])));
    expect(r.unmapped).toHaveLength(3);
    expect(r.unmapped[0]).toMatchObject({ source: { row: "其他主动公开文件", raw: "5" }, reason: "“第二十条第（一）项”中没有“其他主动公开文件”这一行，未读取" });
    expect(r.cells["b1.normative.total"]).toMatchObject({ value: "20" });
  });

  it("detects the format from the tables, not from the year in the title", () => {
    const title = textBlock("某某局2021年政府信息公开工作年度报告");
    expect(mapDocument(doc(title, tableBlock([...B1_2019, ["规章", "0", "0", "0"]]))).formatVersion).toBe("2019");
    expect(mapDocument(doc(textBlock("某某局2020年政府信息公开工作年度报告"), tableBlock([...B1_2021, ["规章", "0", "0", "0"]]))).formatVersion).toBe("2021");
  });

  it("keeps a printed total as printed and says when it is not the sum of its parts", () => {
    const header = ["", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];
    const r = mapDocument(doc(tableBlock([header, ["一、本年新收政府信息公开申请数量", "10", "2", "0", "0", "0", "1", "14"]])));
    expect(r.cells["t3.received.total"]).toMatchObject({ value: "14", derived: true });
    expect(r.cells["t3.received.natural"]).toMatchObject({ value: "10", derived: false });
    expect(r.notices).toContain("“一、本年新收政府信息公开申请数量 · 总计”印为 14，按各项相加应为 13（第 1 个表格）。");
  });

  it("does not place a row whose values it cannot line up, and says why", () => {
    const r = mapDocument(doc(tableBlock([["一、本年新收政府信息公开申请数量", "10", "2", "0"]])));
    expect(r.cells["t3.received.natural"]).toBeUndefined();
    expect(r.unmapped[0].reason).toBe("“一、本年新收政府信息公开申请数量”一行有 3 个数值，表格应有 7 列，无法确定各数值所在的列，未读取");
  });

  it("reads against a given format when the report's format is fixed", () => {
    const r = mapDocument(doc(tableBlock([...B1_2019, ["规章", "1", "1", "1"]])), { format: resolveFormat("2021") });
    expect(r.formatVersion).toBe("2021");
    expect(r.cells["b1.rules.made"]).toBeUndefined();
  });

  it("finds sections by reworded headings and keeps page numbers out of the narrative", () => {
    const r = mapDocument(
      readText(
        [
          "区某某局",
          "2020年政府信息公开工作年度报告",
          "一、总体情况",
          "本年度我局认真贯彻落实条例。",
          "- 2 -",
          "五、政府信息公开工作存在的主要问题及改进情况",
          "主要问题是人员不足。",
          "六、其他需要报告的事项",
          "无。",
        ].join("\n"),
      ),
    );
    expect(r.unitName).toBe("区某某局");
    expect(r.year).toBe(2020);
    expect(r.narratives).toEqual({ one: "本年度我局认真贯彻落实条例。", five: "主要问题是人员不足。", six: "无。" });
    expect(r.notices).toContain("未找到以下部分的标题：二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况。");
  });
});

describe("readText", () => {
  it("reads tab-separated and pipe-separated rows", () => {
    const tsv = readText("第二十条第（一）项\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n规章\t0\t0\t0\n规范性文件\t4\t4\t30\n");
    expect(mapDocument(tsv).cells["b1.normative.total"]).toMatchObject({ value: "30" });
    const pipes = readText("| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n|---|---|---|---|\n| 规章 | 0 | 0 | 0 |\n| 规范性文件 | 4 | 4 | 31 |\n");
    expect(mapDocument(pipes).cells["b1.normative.total"]).toMatchObject({ value: "31" });
  });
});
