import { describe, expect, it } from "vitest";
import { REFERENCE_2020_INPUTS } from "@/db/seed/reference-2020";
import { type AmountUnit, type ReportValues, resolveFormat } from "@/lib/report-format";
import { referenceContext, referenceValues, run, withId } from "@/lib/testing/check-fixtures";
import type { CheckContext, Finding } from "./types";

/**
 * TXT-VS-TABLE, phrase family by phrase family (text-terms.ts): each sentence quoting the right figure
 * raises nothing, each with a wrong one raises one warning naming its phrase and the table quantity.
 *
 * 2019 format: the district's 2020 reference numbers (with table A). Received 204, carried over 2,
 * handled 204, carried forward 2; 予以公开 135, 部分公开 12, 不予公开 5, 无法提供 47, 不予处理 5, 其他处理 0;
 * 复议 6 (1 corrected), 直接起诉 8 (1 corrected), 复议后起诉 1; 规范性文件 made 28 / published 28 / total 214;
 * decisions 83000 / 107798 / 1703; 收费 10 + 297 items; 采购 930 projects.
 */

type Edit = Record<string, string>;

function ctx2019(one: string, edit: Edit = {}, units: Record<string, AmountUnit> = {}): CheckContext {
  const values = referenceValues(false);
  for (const [k, v] of Object.entries(edit)) values[k] = { ...values[k], value: v };
  for (const [k, u] of Object.entries(units)) values[k] = { ...values[k], unit: u };
  return referenceContext(values, { one });
}

/** The 2021 format: the same table 三 and 四, its own table 二 and 其他处理 split into three rows (2 + 1 + 1). */
const FORMAT_2021 = resolveFormat("2021", []);
const VALUES_2021: Edit = {
  "b1.rules.issued": "0",
  "b1.rules.repealed": "0",
  "b1.rules.inForce": "0",
  "b1.normative.issued": "12",
  "b1.normative.repealed": "3",
  "b1.normative.inForce": "85",
  "b5.licensing.decisions": "830",
  "b6.penalty.decisions": "1077",
  "b6.enforcement.decisions": "17",
  "b8.fees.amount": "12.5",
  "t3.other.noCorrection.natural": "2",
  "t3.other.unpaidFee.natural": "1",
  "t3.other.other.commercial": "1",
};

function ctx2021(one: string, edit: Edit = {}): CheckContext {
  const values: ReportValues = {};
  for (const [k, v] of Object.entries({ ...REFERENCE_2020_INPUTS, ...VALUES_2021, ...edit })) {
    if (FORMAT_2021.cellByKey.has(k)) values[k] = { value: v };
  }
  for (const c of FORMAT_2021.inputCells) values[c.key] ??= { value: "0" };
  return { report: { year: 2021, format: FORMAT_2021, values, narratives: { one } }, canMakeRules: false };
}

const vsTable = (ctx: CheckContext): Finding[] => withId(run(ctx), "TXT-VS-TABLE");

/** [sentence, the message expected, or null for none]. */
type Case = [string, string | null];

function expectCase(ctx: CheckContext, [sentence, message]: Case) {
  const found = vsTable(ctx);
  if (message === null) {
    expect(found.map((f) => f.message)).toEqual([]);
    return;
  }
  expect(found.map((f) => f.message)).toEqual([message]);
  const [f] = found;
  expect(f.severity).toBe("warning");
  expect(f.text?.sentence).toBe(sentence);
  const quoted = /“([^”]*)”/.exec(message)![1];
  const digits = /([0-9.]+)[^0-9.]*$/.exec(quoted)![1];
  expect(sentence.slice(f.text!.start, f.text!.end)).toBe(digits);
}

const APPLICATIONS: Case[] = [
  ["本年度共收到政府信息公开申请204件。", null],
  ["受理政府信息公开申请共计206件。", null],
  ["新收申请204件，上年结转2件。", null],
  ["共受理政府信息公开申请206件（含上年结转2件）。", null],
  ["收到依申请公开204件。", null],
  ["共受理政府信息公开申请206件（含上年结转2件），新收申请204件。", null],
  [
    "本年度共收到政府信息公开申请210件。",
    "正文“收到政府信息公开申请210件”与表格不符：本年新收政府信息公开申请数量·总计为204，或本年新收与上年结转的政府信息公开申请数量之和为206",
  ],
  // 含上年结转 settles it: the sum, not 本年新收 alone.
  ["共受理政府信息公开申请204件（含上年结转2件）。", "正文“受理政府信息公开申请204件”与表格不符：本年新收与上年结转的政府信息公开申请数量之和为206"],
  ["办理依申请公开206件。", null],
  ["全年共办理政府信息公开申请205件。", "正文“办理政府信息公开申请205件”与表格不符：本年新收与上年结转的政府信息公开申请数量之和为206"],
  ["已办结204件。", null],
  ["全年办理完毕204件，均在法定期限内答复。", null],
  ["按时答复申请204件。", null],
  ["已办结203件。", "正文“办结203件”与表格不符：办理结果总计·总计为204"],
  ["答复政府信息公开申请200件。", "正文“答复政府信息公开申请200件”与表格不符：办理结果总计·总计为204"],
  ["上年结转2件。", null],
  ["上年度结转的政府信息公开申请3件。", "正文“上年度结转的政府信息公开申请3件”与表格不符：上年结转政府信息公开申请数量·总计为2"],
  ["结转下年度继续办理2件。", null],
  ["结转至下年度办理3件。", "正文“结转至下年度办理3件”与表格不符：结转下年度继续办理·总计为2"],
  ["全年共受理政府信息公开申请206件，办结204件，结转下年度继续办理2件。", null],
  // The phrase nearest the figure names it: 办理 (received + carried over), not 收到.
  ["收到并办理政府信息公开申请204件。", "正文“办理政府信息公开申请204件”与表格不符：本年新收与上年结转的政府信息公开申请数量之和为206"],
];

const OUTCOMES: Case[] = [
  ["依法予以公开135件。", null],
  ["予以公开的申请135件。", null],
  ["予以公开136件。", "正文“予以公开136件”与表格不符：予以公开·总计为135"],
  ["部分公开12件。", null],
  ["部分公开11件。", "正文“部分公开11件”与表格不符：部分公开·总计为12"],
  // Seen in two real reports: compared with 部分公开 alone, the right figure was flagged.
  ["予以公开及部分公开147件。", null],
  ["予以公开和部分公开的共147件。", null],
  ["全部或部分公开147件。", null],
  ["予以公开及部分公开148件。", "正文“予以公开及部分公开148件”与表格不符：予以公开与部分公开的申请数量之和为147"],
  ["不予公开5件。", null],
  ["不予公开6件。", "正文“不予公开6件”与表格不符：不予公开的申请数量之和为5"],
  ["无法提供47件。", null],
  ["无法提供40件。", "正文“无法提供40件”与表格不符：无法提供的申请数量之和为47"],
  ["不予处理5件。", null],
  ["不予处理4件。", "正文“不予处理4件”与表格不符：不予处理的申请数量之和为5"],
  ["其他处理0件。", null],
  ["其他处理2件。", "正文“其他处理2件”与表格不符：其他处理·总计为0"],
  // Several names before one figure: their sum, which no phrase names, is not compared.
  ["不予公开、无法提供、不予处理的共60件。", null],
  ["予以公开、部分公开及不予公开的申请共200件。", null],
];

const REVIEW_AND_LITIGATION: Case[] = [
  ["因政府信息公开工作被申请行政复议6件。", null],
  ["发生信息公开类行政复议6起。", null],
  ["被申请行政复议7件。", "正文“行政复议7件”与表格不符：行政复议·总计为6"],
  ["被提起行政诉讼9件。", null],
  ["被提起行政诉讼8件。", "正文“行政诉讼8件”与表格不符：行政诉讼总计（未经复议直接起诉与复议后起诉之和）为9"],
  ["被提起行政诉讼9件，其中未经复议直接起诉8件、复议后起诉1件。", null],
  ["未经复议直接起诉9件。", "正文“直接起诉9件”与表格不符：行政诉讼·未经复议直接起诉·总计为8"],
  ["复议后提起行政诉讼2件。", "正文“复议后提起行政诉讼2件”与表格不符：行政诉讼·复议后起诉·总计为1"],
  ["行政复议和行政诉讼案件共15件。", null],
  ["行政复议和行政诉讼案件共16件。", "正文“行政复议和行政诉讼案件共16件”与表格不符：行政复议与行政诉讼案件数之和为15"],
  // 被纠错: review and suits together (2), or one of them (1 each); 复议纠错 names review alone.
  ["被纠错2件。", null],
  ["行政复议被纠错1件。", null],
  ["复议和诉讼中，被纠错1件。", null],
  [
    "被纠错3件。",
    "正文“被纠错3件”与表格不符：行政复议和行政诉讼结果纠正数之和为2，或行政复议结果纠正数为1，或行政诉讼结果纠正数（直接起诉与复议后起诉之和）为1",
  ],
  ["行政复议被纠错2件。", "正文“复议被纠错2件”与表格不符：行政复议结果纠正数为1"],
  // 行政复议申请 is the longer phrase: a review, not an application.
  ["受理行政复议申请3件。", "正文“行政复议申请3件”与表格不符：行政复议·总计为6"],
];

const TABLE_TWO_2019: Case[] = [
  ["本年新制作规范性文件28件。", null],
  ["制发规范性文件28件。", null],
  ["新制作规范性文件27件。", "正文“新制作规范性文件27件”与表格不符：规范性文件·本年新制作数量为28"],
  ["新制作规章0件。", null],
  ["制定规章1件。", "正文“制定规章1件”与表格不符：规章·本年新制作数量为0"],
  ["新公开规范性文件28件。", null],
  ["对外公开的规范性文件累计214件。", null],
  ["截至2020年底，对外公开规范性文件累计213件。", "正文“对外公开规范性文件累计213件”与表格不符：规范性文件·对外公开总数量为214"],
  ["作出行政许可处理决定83000件。", null],
  ["作出行政许可决定83001件。", "正文“行政许可决定83001件”与表格不符：行政许可·处理决定数量为83000"],
  ["行政处罚决定107798件。", null],
  ["行政处罚107797件。", "正文“行政处罚107797件”与表格不符：行政处罚·处理决定数量为107798"],
  ["行政强制决定1703件。", null],
  ["行政强制1700件。", "正文“行政强制1700件”与表格不符：行政强制·处理决定数量为1703"],
  // 收费 N 项: this year's items = 上一年项目数量 + 本年增/减.
  ["实施行政事业性收费项目307项。", null],
  ["行政事业性收费10项。", "正文“行政事业性收费10项”与表格不符：本年行政事业性收费项目数（上一年项目数量加本年增/减）为307"],
  ["政府集中采购项目930项。", null],
  ["集中采购项目931个。", "正文“集中采购项目931个”与表格不符：政府集中采购·采购项目数量为930"],
  // A 行政许可 figure in 项 counts 事项, not decisions: not this phrase's unit.
  ["行政许可事项883项。", null],
  // The 2019 table counts no 废止 nor 现行有效: not compared.
  ["废止规范性文件3件，现行有效规范性文件100件。", null],
];

const TABLE_A: Case[] = [
  ["全年主动公开政府信息70182条。", null],
  ["主动公开政府信息70000条。", "正文“主动公开政府信息70000条”与表格不符：主动公开政府信息数为70182"],
  ["通过政府网站公开政府信息35469条。", null],
  ["通过政府网站公开35460条。", "正文“政府网站公开35460条”与表格不符：政府网站公开政府信息数为35469"],
  ["政务新媒体公开信息32348条。", null],
  ["政务新媒体发布32340条。", "正文“政务新媒体发布32340条”与表格不符：政务微博、政务微信公开政府信息数之和为32348"],
  ["政务微博公开22231条。", null],
  ["政务微博发布信息22230条。", "正文“政务微博发布信息22230条”与表格不符：政务微博公开政府信息数为22231"],
  ["政务微信公众号推送10117条。", null],
  ["政务微信公开10000条。", "正文“政务微信公开10000条”与表格不符：政务微信公开政府信息数为10117"],
  ["在政府公报上刊登129条。", null],
  ["政府公报公开政府信息130条。", "正文“政府公报公开政府信息130条”与表格不符：政府公报公开政府信息数为129"],
  ["其他方式公开2236条。", null],
  ["其他渠道发布信息2000条。", "正文“其他渠道发布信息2000条”与表格不符：其他方式公开政府信息数为2236"],
];

describe("TXT-VS-TABLE phrase families (2019 format, the district's 2020 numbers)", () => {
  it.each(APPLICATIONS)("applications: %s", (sentence, message) => expectCase(ctx2019(sentence), [sentence, message]));
  it.each(OUTCOMES)("outcomes: %s", (sentence, message) => expectCase(ctx2019(sentence), [sentence, message]));
  it.each(REVIEW_AND_LITIGATION)("review and litigation: %s", (sentence, message) => expectCase(ctx2019(sentence), [sentence, message]));
  it.each(TABLE_TWO_2019)("table 二: %s", (sentence, message) => expectCase(ctx2019(sentence), [sentence, message]));
  it.each(TABLE_A)("table A: %s", (sentence, message) => expectCase(ctx2019(sentence), [sentence, message]));
});

describe("amounts: 元 and 万元 converted to the stored cell's unit, as precise as quoted", () => {
  const wan = { "b9.procurement.amount": "万元" as const };
  it.each<Case>([
    ["政府集中采购总金额6376.8025万元。", null],
    ["采购金额63768025元。", null],
    ["政府集中采购项目930项、金额6376.80万元。", null],
    ["采购资金约6377万元。", null],
    ["采购总金额6377万元。", null],
    ["采购总金额0.64亿元。", null],
    ["采购总金额0.7亿元。", "正文“采购总金额0.7亿元”与表格不符：政府集中采购·采购总金额为6376.8025万元"],
    ["采购金额6000万元。", "正文“采购金额6000万元”与表格不符：政府集中采购·采购总金额为6376.8025万元"],
    ["政府集中采购项目930项、金额6276.80万元。", "正文“采购项目930项、金额6276.80万元”与表格不符：政府集中采购·采购总金额为6376.8025万元"],
  ])("stored in 万元: %s", (sentence, message) => expectCase(ctx2019(sentence, {}, wan), [sentence, message]));

  it("stored in 元 (as the reference prints it): 元 quoted as stored agrees, 万元 does not", () => {
    expectCase(ctx2019("采购金额6376.8025元。"), ["采购金额6376.8025元。", null]);
    expectCase(ctx2019("采购金额6376.8025万元。"), [
      "采购金额6376.8025万元。",
      "正文“采购金额6376.8025万元”与表格不符：政府集中采购·采购总金额为6376.8025元",
    ]);
  });
});

describe("2021 format: its own keys", () => {
  it.each<Case>([
    ["本年制发行政规范性文件12件、废止3件，现行有效行政规范性文件85件。", null],
    ["新制作规范性文件12件。", null],
    ["制发行政规范性文件13件。", "正文“制发行政规范性文件13件”与表格不符：行政规范性文件·本年制发件数为12"],
    ["本年制发行政规范性文件12件、废止4件。", "正文“行政规范性文件12件、废止4件”与表格不符：行政规范性文件·本年废止件数为3"],
    ["制发行政规范性文件12件、废止3件，现行有效86件。", "正文“行政规范性文件12件、废止3件，现行有效86件”与表格不符：行政规范性文件·现行有效件数为85"],
    ["废止规章1件。", "正文“废止规章1件”与表格不符：规章·本年废止件数为0"],
    // Named neither: 规范性文件 (3), 规章 (0) or both (3) satisfy it.
    ["本年废止3件。", null],
    ["现行有效行政规范性文件86件。", "正文“现行有效行政规范性文件86件”与表格不符：行政规范性文件·现行有效件数为85"],
    ["截至2021年底，现行有效的规章0件。", null],
    ["制发规章1件。", "正文“制发规章1件”与表格不符：规章·本年制发件数为0"],
    ["作出行政许可决定830件。", null],
    ["作出行政许可决定831件。", "正文“行政许可决定831件”与表格不符：行政许可·本年处理决定数量为830"],
    ["行政处罚决定1077件，行政强制决定17件。", null],
    ["行政强制决定18件。", "正文“行政强制决定18件”与表格不符：行政强制·本年处理决定数量为17"],
    ["其他处理4件。", null],
    ["其他处理3件。", "正文“其他处理3件”与表格不符：其他处理的申请数量之和为4"],
    ["收取行政事业性收费12.5万元。", null],
    ["行政事业性收费金额125000元。", null],
    ["行政事业性收费金额14万元。", "正文“行政事业性收费金额14万元”与表格不符：行政事业性收费·本年收费金额为12.5万元"],
    // 2021 has no 收费 items nor 采购: such figures are not compared.
    ["行政事业性收费项目9项，政府集中采购项目1项。", null],
    ["收到政府信息公开申请204件，予以公开及部分公开147件。", null],
    ["被申请行政复议5件。", "正文“行政复议5件”与表格不符：行政复议·总计为6"],
  ])("%s", (sentence, message) => expectCase(ctx2021(sentence), [sentence, message]));
});

describe("figures that are not this year's quantities", () => {
  it.each([
    "主动公开政府信息较上年增长12%。",
    "予以公开率为66.2%。",
    "比去年多收到政府信息公开申请12件。",
    "结转下年度的申请较上年减少3件。",
    "2019年收到政府信息公开申请180件。",
    "2019年收到申请180件。",
    "收到政府信息公开申请204件，同比增长12件。",
    "予以公开135件，较上年减少3件。",
    "2019年，我局收到政府信息公开申请180件，予以公开100件。",
    "上年收到政府信息公开申请180件。",
    "自2008年以来累计主动公开政府信息500000条。",
    "截至2020年底，累计主动公开政府信息500000条。",
    "建站至今累计主动公开政府信息500000条。",
    "收到政府信息公开申请约200件。",
    "不予受理申请3件。",
    "未予公开2件。",
    "采购办公用品涉及资金3万元。",
  ])("ignores: %s", (sentence) => {
    expect(vsTable(ctx2019(sentence))).toEqual([]);
  });

  it("compares a figure of the report year, and one after a comparison with another year", () => {
    expect(vsTable(ctx2019("2020年收到政府信息公开申请210件。"))).toHaveLength(1);
    expect(vsTable(ctx2019("与2019年相比，2020年收到政府信息公开申请210件。"))).toHaveLength(1);
    expect(vsTable(ctx2019("与2019年相比，主动公开政府信息70000条。"))).toHaveLength(1);
    expect(vsTable(ctx2019("今年以来，收到政府信息公开申请210件。"))).toHaveLength(1);
  });
});

describe("findings", () => {
  it("one per wrong figure of a sentence, keyed by its cells", () => {
    const sentence = "全年共办理政府信息公开申请206件（其中上年结转3件），其中予以公开135件、部分公开13件。";
    const found = vsTable(ctx2019(sentence));
    expect(found.map((f) => f.cells)).toEqual([["t3.carriedOver.total"], ["t3.partial.total"]]);
    expect(new Set(found.map((f) => f.key)).size).toBe(2);
    expect(found[0].key).toBe(`TXT-VS-TABLE:one:${sentence}:t3.carriedOver.total`);
  });

  it("names the cells of every quantity compared; it belongs to the sentence's section", () => {
    const [f] = vsTable(ctx2019("本年度共收到政府信息公开申请210件。"));
    expect(f.cells).toEqual(["t3.received.total", "t3.carriedOver.total"]);
    expect(f.sectionKeys).toEqual(["one"]);
  });

  it("a changed cell turns a right sentence wrong", () => {
    const sentence = "予以公开及部分公开147件。";
    expect(vsTable(ctx2019(sentence, { "t3.partial.natural": "10" }))).toHaveLength(1);
  });
});
