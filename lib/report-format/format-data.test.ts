import { describe, expect, it } from "vitest";
import { computeDerived, resolveFormat, sectionTableBlocks, tableById, type ReportValues } from "./index";

/** The official format, as listed in report-format.md: labels verbatim. */
const T3_COLUMNS = [
  ["natural", "自然人"],
  ["commercial", "商业企业"],
  ["research", "科研机构"],
  ["publicWelfare", "社会公益组织"],
  ["legal", "法律服务机构"],
  ["otherOrg", "其他"],
  ["total", "总计"],
];

const T3_ROWS_COMMON_HEAD = [
  ["received", "一、本年新收政府信息公开申请数量"],
  ["carriedOver", "二、上年结转政府信息公开申请数量"],
  ["granted", "（一）予以公开"],
  ["partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"],
  ["denied.secret", "1.属于国家秘密"],
  ["denied.law", "2.其他法律行政法规禁止公开"],
  ["denied.safety", "3.危及“三安全一稳定”"],
  ["denied.thirdParty", "4.保护第三方合法权益"],
  ["denied.internal", "5.属于三类内部事务信息"],
  ["denied.process", "6.属于四类过程性信息"],
  ["denied.enforcement", "7.属于行政执法案卷"],
  ["denied.query", "8.属于行政查询事项"],
  ["unable.notHeld", "1.本机关不掌握相关政府信息"],
  ["unable.needsCreation", "2.没有现成信息需要另行制作"],
  ["unable.unclear", "3.补正后申请内容仍不明确"],
  ["refused.complaint", "1.信访举报投诉类申请"],
  ["refused.repeat", "2.重复申请"],
  ["refused.publication", "3.要求提供公开出版物"],
  ["refused.massive", "4.无正当理由大量反复申请"],
  ["refused.confirm", "5.要求行政机关确认或重新出具已获取信息"],
];
const T3_ROWS_TAIL = [
  ["handledTotal", "（七）总计"],
  ["carriedForward", "四、结转下年度继续办理"],
];
const T3_OTHER_2019 = [["other", "（六）其他处理"]];
const T3_OTHER_2021 = [
  ["other.noCorrection", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"],
  ["other.unpaidFee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"],
  ["other.other", "3.其他"],
];

const TABLE_A_ROWS = [
  ["total", "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条"],
  ["gazette", "1.政府公报公开政府信息数", "条"],
  ["website", "2.政府网站公开政府信息数", "条"],
  ["weibo", "3.政务微博公开政府信息数", "条"],
  ["wechat", "4.政务微信公开政府信息数", "条"],
  ["otherChannel", "5.其他方式公开政府信息数", "条"],
  ["hotspots", "（三）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", "次"],
  ["pressConf", "1.参加或举办新闻发布会总次数", "次"],
  ["pressConfLeader", "其中：主要负责同志参加新闻发布会次数", "次"],
  ["interview", "2.政府网站在线访谈次数", "次"],
  ["interviewLeader", "其中：主要负责同志参加政府网站在线访谈次数", "次"],
  ["interpretation", "3.政策解读稿件发布数", "篇"],
  ["weiboWechatResp", "4.微博微信回应事件数", "次"],
  ["otherResp", "5.其他方式回应事件数", "次"],
];

const B_2019: Record<string, { title: string; columns: string[]; rows: string[] }> = {
  b1: { title: "第二十条第（一）项", columns: ["本年新制作数量", "本年新公开数量", "对外公开总数量"], rows: ["规章", "规范性文件"] },
  b5: { title: "第二十条第（五）项", columns: ["上一年项目数量", "本年增/减", "处理决定数量"], rows: ["行政许可", "其他对外管理服务事项"] },
  b6: { title: "第二十条第（六）项", columns: ["上一年项目数量", "本年增/减", "处理决定数量"], rows: ["行政处罚", "行政强制"] },
  b8: { title: "第二十条第（八）项", columns: ["上一年项目数量", "本年增/减"], rows: ["行政事业性收费"] },
  b9: { title: "第二十条第（九）项", columns: ["采购项目数量", "采购总金额"], rows: ["政府集中采购"] },
};
const B_2021: Record<string, { title: string; columns: string[]; rows: string[] }> = {
  b1: { title: "第二十条第（一）项", columns: ["本年制发件数", "本年废止件数", "现行有效件数"], rows: ["规章", "行政规范性文件"] },
  b5: { title: "第二十条第（五）项", columns: ["本年处理决定数量"], rows: ["行政许可"] },
  b6: { title: "第二十条第（六）项", columns: ["本年处理决定数量"], rows: ["行政处罚", "行政强制"] },
  b8: { title: "第二十条第（八）项", columns: ["本年收费金额（单位：万元）"], rows: ["行政事业性收费"] },
};

const SECTIONS = [
  ["一", "总体情况"],
  ["二", "主动公开政府信息情况"],
  ["三", "收到和处理政府信息公开申请情况"],
  ["四", "政府信息公开行政复议、行政诉讼情况"],
  ["五", "存在的主要问题及改进情况"],
  ["六", "其他需要报告的事项"],
];

describe.each([
  ["2019", T3_OTHER_2019, B_2019],
  ["2021", T3_OTHER_2021, B_2021],
] as const)("format version %s", (version, otherRows, bTables) => {
  const format = resolveFormat(version);

  it("has the six sections in order, with 五 required", () => {
    expect(format.sections.map((s) => [s.number, s.title])).toEqual(SECTIONS);
    expect(format.sections.find((s) => s.number === "五")!.narrative).toBe("required");
    expect(format.sections.find((s) => s.number === "三")!.tableIds).toEqual(["t3"]);
  });

  it("has table 三 with every row and column, verbatim, and the header rule", () => {
    const t3 = tableById(format, "t3");
    expect(t3.columns.map((c) => [c.key, c.label])).toEqual(T3_COLUMNS);
    expect(t3.rows.map((r) => [r.key, r.label])).toEqual([...T3_ROWS_COMMON_HEAD, ...otherRows, ...T3_ROWS_TAIL]);
    expect(t3.corner).toBe("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
    expect(t3.columns.filter((c) => c.groups?.includes("法人或其他组织")).map((c) => c.key)).toEqual([
      "commercial",
      "research",
      "publicWelfare",
      "legal",
      "otherOrg",
    ]);
  });

  it("has table 四 as three groups of five", () => {
    const t4 = tableById(format, "t4");
    expect(t4.columns.map((c) => c.label)).toEqual(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]);
    expect(t4.rows.map((r) => [r.key, r.label, r.groups ?? []])).toEqual([
      ["review", "行政复议", []],
      ["suitDirect", "未经复议直接起诉", ["行政诉讼"]],
      ["suitAfterReview", "复议后起诉", ["行政诉讼"]],
    ]);
  });

  it("has the Art. 20 sub-tables of its version", () => {
    const two = format.sections.find((s) => s.key === "two")!;
    expect(two.tableIds).toEqual(Object.keys(bTables));
    for (const [id, expected] of Object.entries(bTables)) {
      const t = tableById(format, id);
      expect(t.title).toBe(expected.title);
      expect(t.columns.map((c) => c.label)).toEqual(expected.columns);
      expect(t.rows.map((r) => r.label)).toEqual(expected.rows);
    }
  });

  it("gives every cell a unique accessible name of row and column labels", () => {
    const names = format.cells.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(format.cellByKey.get("t3.granted.natural")!.name).toBe("（一）予以公开 · 自然人");
    expect(format.cellByKey.get("t4.suitDirect.pending")!.name).toBe("未经复议直接起诉 · 尚未审结");
  });

  it("derives the 总计 column, the （七）总计 row and table 四's totals, and nothing else", () => {
    const derived = format.cells.filter((c) => c.sumOf).map((c) => c.key);
    const t3Rows = tableById(format, "t3").rows.length;
    expect(derived.filter((k) => k.endsWith(".total") && k.startsWith("t3.")).length).toBe(t3Rows);
    expect(derived.filter((k) => k.startsWith("t3.handledTotal.")).length).toBe(7);
    expect(derived.filter((k) => k.startsWith("t4.")).sort()).toEqual(["t4.review.total", "t4.suitAfterReview.total", "t4.suitDirect.total"]);
    expect(derived.every((k) => k.startsWith("t3.") || k.startsWith("t4."))).toBe(true);
  });
});

describe("local table A on the 2019 format (report year 2020)", () => {
  const format = resolveFormat("2019", ["A"]);

  it("comes first in section 二 with every row, unit and 其中 parent", () => {
    const two = format.sections.find((s) => s.key === "two")!;
    expect(two.tableIds[0]).toBe("a");
    const a = tableById(format, "a");
    expect(a.title).toBe("不同渠道方式主动公开及回应解读总体情况");
    expect(a.rows.map((r) => [r.key, r.label, r.unit])).toEqual(TABLE_A_ROWS);
    expect(a.rows.find((r) => r.key === "pressConfLeader")!.partOf).toBe("pressConf");
    expect(a.rows.find((r) => r.key === "interviewLeader")!.partOf).toBe("interview");
    expect(format.cellByKey.get("a.total")!.name).toBe(TABLE_A_ROWS[0][1]);
  });

  it("holds signed 本年增/减 and an amount with its unit", () => {
    expect(format.cellByKey.get("b5.licensing.change")!.kind).toBe("signed");
    expect(format.cellByKey.get("b9.procurement.amount")!.kind).toBe("amount");
    expect(format.cellByKey.get("b9.procurement.amount")!.units).toEqual(["万元", "元"]);
  });

  it("is not part of a format without it", () => {
    expect(resolveFormat("2019").cellByKey.has("a.total")).toBe(false);
    expect(() => resolveFormat("2019", ["Z"])).toThrow();
    expect(() => resolveFormat("2030")).toThrow();
  });
});

describe("derived totals", () => {
  const format = resolveFormat("2021");

  it("sums rows and columns as typed; a total of all-blank parts stays blank", () => {
    const values: ReportValues = {
      "t3.received.natural": { value: "179" },
      "t3.received.commercial": { value: "20" },
      "t3.received.otherOrg": { value: "5" },
      "t3.granted.natural": { value: "132" },
      "t3.partial.natural": { value: "9" },
      "t3.other.other.natural": { value: "3" },
      "t4.review.upheld": { value: "3" },
      "t4.review.corrected": { value: "1" },
      "t4.review.other": { value: "2" },
    };
    const d = computeDerived(format, values);
    expect(d["t3.received.total"]).toBe("204");
    expect(d["t3.handledTotal.natural"]).toBe("144");
    expect(d["t3.handledTotal.total"]).toBe("144");
    expect(d["t3.carriedForward.total"]).toBeNull();
    expect(d["t4.review.total"]).toBe("6");
    expect(d["t4.suitDirect.total"]).toBeNull();
  });
});

describe("printed blocks of section 二", () => {
  it("numbers the local table and the national tables when a local table is configured", () => {
    const withA = resolveFormat("2019", ["A"]);
    const two = withA.sections.find((s) => s.key === "two")!;
    expect(sectionTableBlocks(withA, two)).toEqual([
      { heading: "1.不同渠道方式主动公开及回应解读总体情况", tableIds: ["a"] },
      { heading: "2.主动公开政府信息具体情况", tableIds: ["b1", "b5", "b6", "b8", "b9"] },
    ]);
    const plain = resolveFormat("2021");
    expect(sectionTableBlocks(plain, plain.sections.find((s) => s.key === "two")!)).toEqual([{ tableIds: ["b1", "b5", "b6", "b8"] }]);
  });
});
