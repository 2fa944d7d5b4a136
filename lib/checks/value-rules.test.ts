import { describe, expect, it } from "vitest";
import { check, demoContext, num, run, withId } from "@/lib/testing/check-fixtures";
import type { AmountUnit } from "@/lib/report-format";

const U = "edu";

describe("VAL-TYPE", () => {
  it("passes on valid stored values", () => {
    expect(check("VAL-TYPE", U, 2020)).toEqual([]);
    expect(check("VAL-TYPE", U, 2021)).toEqual([]);
  });

  it.each([
    ["t3.granted.natural", "abc", "“abc”无效"],
    ["t3.granted.natural", "-1", "“-1”无效"],
    ["t3.granted.natural", "1.5", "“1.5”无效"],
    ["t3.granted.natural", "007", "“007”格式不规范，应为“7”"],
    ["b5.licensing.change", "1.5", "“1.5”无效"],
    ["a.total", "2000000000", "数值过大"],
    ["b9.procurement.amount", "1.2345678", "以万元为单位最多 6 位小数", "万元"],
    ["b9.procurement.amount", "1.234", "以元为单位最多 2 位小数", "元"],
  ] as [string, string, string, AmountUnit?][])("%s = %s", (key, value, part, unit) => {
    const found = check("VAL-TYPE", U, 2020, { edit: { values: { [key]: value }, ...(unit ? { units: { [key]: unit } } : {}) } });
    expect(found).toHaveLength(1);
    expect(found[0].cells).toEqual([key]);
    expect(found[0].message).toContain(part);
    expect(found[0].severity).toBe("error");
  });

  it("amounts are kept to the 分: six decimals in 万元, two in 元", () => {
    const amount = (value: string, unit: AmountUnit) => check("VAL-TYPE", U, 2020, { edit: { values: { "b9.procurement.amount": value }, units: { "b9.procurement.amount": unit } } });
    expect(amount("6376.802512", "万元")).toEqual([]);
    expect(amount("63768025.12", "元")).toEqual([]);
  });

  it("signed columns accept negatives; amounts need a unit", () => {
    expect(check("VAL-TYPE", U, 2020, { edit: { values: { "b5.licensing.change": "-8" } } })).toEqual([]);
    const ctx = demoContext(U, 2020);
    ctx.report.values["b9.procurement.amount"] = { value: "12.5" };
    const [f] = withId(run(ctx), "VAL-TYPE");
    expect(f.message).toBe("政府集中采购·采购总金额：缺少金额单位");
  });

  it("checks stored derived values too", () => {
    const [f] = check("VAL-TYPE", U, 2020, { edit: { values: { "t3.received.total": "x" } } });
    expect(f.cells).toEqual(["t3.received.total"]);
  });
});

describe("VAL-BLANK", () => {
  it("passes when every input cell is filled (0 is a value)", () => {
    expect(check("VAL-BLANK", U, 2020)).toEqual([]);
  });

  it("one finding per section, on submit, listing the blank cells", () => {
    const edit = { values: { "a.gazette": null, "b1.rules.made": null, "t3.granted.natural": null } };
    const found = check("VAL-BLANK", U, 2020, { edit });
    expect(found.map((f) => f.sectionKeys)).toEqual([["two"], ["three"]]);
    expect(found[0].cells).toEqual(["a.gazette", "b1.rules.made"]);
    expect(found[0].onSubmit).toBe(true);
    expect(found[0].severity).toBe("error");
    expect(found[0].message).toBe("二、主动公开政府信息情况：有2个单元格未填写（没有发生的请填0）：政府公报公开政府信息数、规章·本年新制作数量");
  });

  it("names at most five cells in the message but lists all in cells", () => {
    const [f] = run({ ...demoContext(U, 2020), report: { ...demoContext(U, 2020).report, values: {} } }).filter(
      (x) => x.checkId === "VAL-BLANK" && x.sectionKeys[0] === "three",
    );
    expect(f.cells.length).toBeGreaterThan(100);
    expect(f.message).toMatch(/^三、收到和处理政府信息公开申请情况：有\d+个单元格未填写（没有发生的请填0）：(?:[^、]+、){4}[^、]+等$/);
  });
});

describe("VAL-OUTLIER", () => {
  it("passes without a previous report or within 10×", () => {
    expect(check("VAL-OUTLIER", U, 2020, { previous: true })).toEqual([]);
    const decisions = num(U, 2020, "b5.licensing.decisions");
    expect(check("VAL-OUTLIER", U, 2020, { edit: { values: { "b5.licensing.decisions": String(decisions * 50) } } })).toEqual([]);
  });

  it("flags a value over 10× or under 1/10 of last year's, where last year's is ≥ 20", () => {
    const before = num(U, 2019, "b5.licensing.decisions");
    const [up] = check("VAL-OUTLIER", U, 2020, { previous: true, edit: { values: { "b5.licensing.decisions": String(before * 11) } } });
    expect(up.severity).toBe("info");
    expect(up.message).toBe(`行政许可·处理决定数量：本年${before * 11}，上年${before}，相差10倍以上`);
    const [down] = check("VAL-OUTLIER", U, 2020, { previous: true, edit: { values: { "b5.licensing.decisions": "1" } } });
    expect(down.cells).toEqual(["b5.licensing.decisions"]);
    // Last year below 20: no ratio is meaningful.
    expect(
      check("VAL-OUTLIER", U, 2020, { previous: { values: { "b5.licensing.decisions": "19" } }, edit: { values: { "b5.licensing.decisions": "1900" } } }),
    ).toEqual([]);
  });

  it("compares amounts in 万元 whatever unit each year used", () => {
    const amount = Number(demoContext(U, 2019).report.values["b9.procurement.amount"].value);
    const inYuan = String(Math.round(amount * 10_000));
    const edit = { values: { "b9.procurement.amount": inYuan }, units: { "b9.procurement.amount": "元" as const } };
    expect(check("VAL-OUTLIER", U, 2020, { previous: true, edit })).toEqual([]);
    expect(check("VAL-OUTLIER", U, 2020, { previous: true, edit: { values: { "b9.procurement.amount": inYuan } } })).toHaveLength(1);
  });
});
