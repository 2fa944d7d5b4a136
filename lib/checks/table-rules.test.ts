import { describe, expect, it } from "vitest";
import { computeDerived, resolveFormat } from "@/lib/report-format";
import { check, demoContext, num, run, withId } from "@/lib/testing/check-fixtures";

/** 区教育局 (edu): a clean unit with applications, procurement and table A figures. */
const U = "edu";

describe("table 三", () => {
  it("T3-BALANCE: passes on clean data, fails per column with both sides named", () => {
    expect(check("T3-BALANCE", U, 2020)).toEqual([]);
    const received = num(U, 2020, "t3.received.natural");
    const [f] = check("T3-BALANCE", U, 2020, { edit: { values: { "t3.received.natural": String(received + 2) } } });
    expect(f.severity).toBe("error");
    expect(f.message).toBe(
      `自然人：本年新收政府信息公开申请数量（${received + 2}）加上年结转政府信息公开申请数量（0），合计${received + 2}，` +
        `不等于办理结果总计（${received}）加结转下年度继续办理（0），合计${received}`,
    );
    expect(f.cells).toEqual(["t3.received.natural", "t3.carriedOver.natural", "t3.handledTotal.natural", "t3.carriedForward.natural"]);
    expect(f.sectionKeys).toEqual(["three"]);
  });

  it("T3-HANDLED-SUM: a computed total never trips it; a wrong stored total does, a right one does not", () => {
    expect(check("T3-HANDLED-SUM", U, 2020)).toEqual([]);
    const format = resolveFormat("2019", ["A"]);
    const handled = computeDerived(format, demoContext(U, 2020).report.values)["t3.handledTotal.natural"]!;
    expect(check("T3-HANDLED-SUM", U, 2020, { edit: { values: { "t3.handledTotal.natural": handled } } })).toEqual([]);
    const [f] = check("T3-HANDLED-SUM", U, 2020, { edit: { values: { "t3.handledTotal.natural": String(Number(handled) + 1) } } });
    expect(f.message).toBe(`自然人：办理结果总计（${Number(handled) + 1}）不等于各项办理结果之和（${handled}）`);
    expect(f.cells[0]).toBe("t3.handledTotal.natural");
  });

  it("T3-ROW-SUM: a stored 总计 that differs from the applicant columns", () => {
    expect(check("T3-ROW-SUM", U, 2020, { edit: { values: { "t3.granted.total": String(num(U, 2020, "t3.granted.natural")) } } })).toEqual([]);
    const [f] = check("T3-ROW-SUM", U, 2020, { edit: { values: { "t3.granted.total": "99" } } });
    expect(f.message).toBe(`予以公开：总计（99）不等于各类申请人数量之和（${num(U, 2020, "t3.granted.natural")}）`);
  });

  it("T3-CARRY-YOY: carriedOver must be last year's carriedForward", () => {
    expect(check("T3-CARRY-YOY", U, 2020, { previous: true })).toEqual([]);
    expect(check("T3-CARRY-YOY", U, 2020)).toEqual([]); // no previous report: skipped
    const [f] = check("T3-CARRY-YOY", U, 2020, { previous: { values: { "t3.carriedForward.commercial": "3" } } });
    expect(f.severity).toBe("warning");
    expect(f.message).toBe("法人或其他组织·商业企业：上年结转政府信息公开申请数量（0）不等于上年报告的结转下年度继续办理（3）");
    expect(f.cells).toEqual(["t3.carriedOver.commercial"]);
  });

  it("T3-CARRY-YOY: a previous report that never filled the cell says nothing, and is not read as 0", () => {
    const blank = { values: { "t3.carriedForward.natural": null } };
    const carried = { values: { "t3.carriedOver.natural": "1" } };
    expect(check("T3-CARRY-YOY", U, 2020, { previous: blank, edit: carried }).filter((f) => f.cells.includes("t3.carriedOver.natural"))).toEqual([]);
    // A 0 that was filled in is a 0.
    const zero = { values: { "t3.carriedForward.natural": "0" } };
    expect(check("T3-CARRY-YOY", U, 2020, { previous: zero, edit: carried }).map((f) => f.cells)).toContainEqual(["t3.carriedOver.natural"]);
  });
});

describe("table 四", () => {
  it("T4-SUM: a stored 总计 that differs from its four results", () => {
    expect(check("T4-SUM", U, 2020, { edit: { values: { "t4.review.total": "0" } } })).toEqual([]);
    const [f] = check("T4-SUM", U, 2020, { edit: { values: { "t4.suitDirect.total": "2" } } });
    expect(f.message).toBe("行政诉讼·未经复议直接起诉：总计（2）不等于结果维持、结果纠正、其他结果、尚未审结之和（0）");
    expect(f.sectionKeys).toEqual(["four"]);
  });

  it("T4-VS-APPLICATIONS: cases without any application this year and last", () => {
    const format = resolveFormat("2019", ["A"]);
    const noApps = Object.fromEntries(format.inputCells.filter((c) => c.tableId === "t3").map((c) => [c.key, "0"]));
    const edit = { values: { ...noApps, "t4.review.upheld": "1" } };
    const [f] = check("T4-VS-APPLICATIONS", U, 2020, { edit });
    expect(f.severity).toBe("info");
    expect(f.cells[0]).toBe("t4.review.total");
    expect(check("T4-VS-APPLICATIONS", U, 2020, { edit: { values: noApps } })).toEqual([]);
    // Applications last year explain this year's case.
    expect(check("T4-VS-APPLICATIONS", U, 2020, { edit, previous: true })).toEqual([]);
  });
});

describe("table B (第二十条)", () => {
  it("T2-PUBLISHED-LE-TOTAL (2019 format only)", () => {
    expect(check("T2-PUBLISHED-LE-TOTAL", U, 2020)).toEqual([]);
    const [f] = check("T2-PUBLISHED-LE-TOTAL", U, 2020, { edit: { values: { "b1.normative.published": "50", "b1.normative.total": "40" } } });
    expect(f.message).toBe("规范性文件：本年新公开数量（50）大于对外公开总数量（40）");
  });

  it("T2-MADE-NOT-PUBLISHED", () => {
    expect(check("T2-MADE-NOT-PUBLISHED", U, 2020)).toEqual([]);
    const edit = { values: { "b1.normative.made": "87", "b1.normative.published": "0", "b1.normative.total": "0" } };
    const [f] = check("T2-MADE-NOT-PUBLISHED", U, 2020, { edit });
    expect(f.severity).toBe("warning");
    expect(f.message).toBe("规范性文件：本年新制作数量为87，但本年新公开数量、对外公开总数量均为0");
  });

  it("T2-ITEMS-NONNEGATIVE on 第二十条第（五）（六）（八）项", () => {
    expect(check("T2-ITEMS-NONNEGATIVE", U, 2020)).toEqual([]);
    const [f] = check("T2-ITEMS-NONNEGATIVE", U, 2020, { edit: { values: { "b8.fees.prevCount": "3", "b8.fees.change": "-5" } } });
    expect(f.message).toBe("行政事业性收费：上一年项目数量（3）加本年增/减（-5），合计-2，小于0");
  });

  it("T2-ITEMS-YOY: 上一年项目数量 = last year's 上一年项目数量 + 本年增/减", () => {
    expect(check("T2-ITEMS-YOY", U, 2020, { previous: true })).toEqual([]);
    const prev = num(U, 2020, "b5.licensing.prevCount");
    const [f] = check("T2-ITEMS-YOY", U, 2020, { previous: true, edit: { values: { "b5.licensing.prevCount": String(prev + 1) } } });
    expect(f.message).toContain(`行政许可：上一年项目数量（${prev + 1}）不等于上年报告的上一年项目数量`);
    expect(f.cells).toEqual(["b5.licensing.prevCount"]);
  });

  it("T2-STOCK-YOY (2021): 现行有效件数 follows from last year's stock", () => {
    expect(check("T2-STOCK-YOY", U, 2021, { previous: true })).toEqual([]);
    const inForce = num(U, 2021, "b1.normative.inForce");
    const [f] = check("T2-STOCK-YOY", U, 2021, { previous: true, edit: { values: { "b1.normative.inForce": String(inForce + 5) } } });
    expect(f.message).toMatch(/^行政规范性文件：现行有效件数（\d+）不等于上年报告的对外公开总数量（\d+）加本年制发件数（\d+）减本年废止件数（\d+），合计\d+$/);
    // The rule is declared for the 2021 version only.
    expect(check("T2-STOCK-YOY", U, 2020, { previous: true })).toEqual([]);
  });

  it("T2-RULES-LEVEL: 规章 from a unit that cannot make them", () => {
    expect(check("T2-RULES-LEVEL", U, 2020)).toEqual([]);
    const edit = { values: { "b1.rules.made": "2", "b1.rules.published": "2", "b1.rules.total": "2" } };
    const [f] = check("T2-RULES-LEVEL", U, 2020, { edit });
    expect(f.message).toBe("区县政府部门和街道无权制定规章，但“规章”填报了数量：本年新制作数量（2）、本年新公开数量（2）、对外公开总数量（2）");
    expect(check("T2-RULES-LEVEL", U, 2020, { edit, canMakeRules: true })).toEqual([]);
  });

  it("T2-AMOUNT-UNIT: average per project under 0.1 万元 or over 10000 万元, using the stored unit", () => {
    expect(check("T2-AMOUNT-UNIT", U, 2020)).toEqual([]);
    const amount = demoContext(U, 2020).report.values["b9.procurement.amount"].value;
    expect(check("T2-AMOUNT-UNIT", U, 2020, { edit: { units: { "b9.procurement.amount": "元" } } })).toHaveLength(1);
    // The same sum correctly given in 元 passes.
    const inYuan = String(Math.round(Number(amount) * 10_000));
    expect(check("T2-AMOUNT-UNIT", U, 2020, { edit: { values: { "b9.procurement.amount": inYuan }, units: { "b9.procurement.amount": "元" } } })).toEqual([]);
    const [big] = check("T2-AMOUNT-UNIT", U, 2020, { edit: { values: { "b9.procurement.amount": "500000", "b9.procurement.projects": "2" } } });
    expect(big.message).toBe("政府集中采购：采购总金额500000万元、采购项目数量2个，平均每个项目约250000万元，高于10000万元，金额单位可能填错");
  });
});

describe("table A (local)", () => {
  it("TA-PART-LE-WHOLE: every 其中 row, from the format's partOf", () => {
    expect(check("TA-PART-LE-WHOLE", U, 2020)).toEqual([]);
    const [f] = check("TA-PART-LE-WHOLE", U, 2020, { edit: { values: { "a.interview": "1", "a.interviewLeader": "2" } } });
    expect(f.message).toBe("其中：主要负责同志参加政府网站在线访谈次数（2）大于政府网站在线访谈次数（1）");
    expect(f.cells).toEqual(["a.interviewLeader", "a.interview"]);
    expect(f.sectionKeys).toEqual(["two"]);
  });

  it("TA-CHANNEL-LE-TOTAL: one finding per channel above the total", () => {
    expect(check("TA-CHANNEL-LE-TOTAL", U, 2020)).toEqual([]);
    const total = num(U, 2020, "a.total");
    const found = check("TA-CHANNEL-LE-TOTAL", U, 2020, { edit: { values: { "a.website": String(total + 1), "a.weibo": String(total + 2) } } });
    expect(found.map((f) => f.cells[0])).toEqual(["a.website", "a.weibo"]);
    expect(found[0].message).toBe(`政府网站公开政府信息数（${total + 1}）大于主动公开政府信息数（${total}）`);
  });

  it("TA-CHANNELS-COVER-TOTAL: the channels together cover the total", () => {
    expect(check("TA-CHANNELS-COVER-TOTAL", U, 2020)).toEqual([]);
    const total = num(U, 2020, "a.total");
    const [f] = check("TA-CHANNELS-COVER-TOTAL", U, 2020, { edit: { values: { "a.total": String(total + 10) } } });
    expect(f.severity).toBe("warning");
    expect(f.message).toBe(`各渠道公开政府信息数之和（${total}）小于主动公开政府信息数（${total + 10}）`);
  });

  it("table A rules run only where local table A is configured", () => {
    const ids = new Set(run(demoContext(U, 2019, { edit: { values: { "a.total": "1", "a.website": "5" } } })).map((f) => f.checkId));
    expect([...ids].filter((id) => id.startsWith("TA-"))).toEqual([]);
  });
});

describe("blank operands", () => {
  it("a rule whose operands are all blank is skipped; partly blank reads blanks as 0", () => {
    const format = resolveFormat("2019", ["A"]);
    const ctx = { report: { year: 2020, format, values: {}, narratives: {} }, canMakeRules: false };
    const tableIds = run(ctx).filter((f) => /^(T[234A])-/.test(f.checkId));
    expect(tableIds).toEqual([]);
    const partial = run({ ...ctx, report: { ...ctx.report, values: { "t3.received.natural": { value: "4" } } } });
    expect(withId(partial, "T3-BALANCE").map((f) => f.cells[0])).toEqual(["t3.received.natural"]);
  });
});
