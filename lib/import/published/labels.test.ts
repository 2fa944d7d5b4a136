import { describe, expect, it } from "vitest";
import { labelDistance, labelForms, unitInLabel } from "./labels";

const matches = (printed: string, known: string) => labelDistance(labelForms(printed), labelForms(known)) !== null;

describe("label matching", () => {
  it.each([
    ["full- and half-width forms", "(一)予以公开", "（一）予以公开"],
    ["spaces, full-width spaces and line breaks inside a label", "本年新收政府信息\n公开申请数量", "一、本年新收政府信息公开申请数量"],
    ["a label spaced out as printed", "统　计　指　标", "统计指标"],
    ["numbering prefixes 一、 （一） 1. 1、", "1、属于国家秘密", "1.属于国家秘密"],
    ["no numbering at all", "予以公开", "（一）予以公开"],
    ["quote styles", '3.危及"三安全一稳定"', "3.危及“三安全一稳定”"],
    ["an annotated header", "上一年项目数量（指上年事项数）", "上一年项目数量"],
    ["an annotated signed header", "本年增/减（减用负值表示，如-8）", "本年增/减"],
    ["an annotated decisions header", "处理决定数量（指本年办件量）", "处理决定数量"],
    ["an amount headed with its unit", "采购总金额（万元）", "采购总金额"],
    ["the format's own note dropped", "部分公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"],
  ])("%s", (_, printed, known) => {
    expect(matches(printed, known)).toBe(true);
  });

  it("does not match different rows that share words", () => {
    expect(matches("予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）")).toBe(false);
    expect(matches("本年新公开数量", "本年新制作数量")).toBe(false);
    expect(matches("行政处罚", "行政强制")).toBe(false);
  });

  it("prefers the exact form: a closer match scores lower", () => {
    expect(labelDistance(labelForms("（一）予以公开"), labelForms("（一）予以公开"))).toBe(0);
    expect(labelDistance(labelForms("予以公开"), labelForms("（一）予以公开"))!).toBeGreaterThan(0);
  });

  it("reads the unit a header names", () => {
    expect(unitInLabel("采购总金额（万元）")).toBe("万元");
    expect(unitInLabel("采购总金额(元)")).toBe("元");
    expect(unitInLabel("本年收费金额（单位：万元）")).toBe("万元");
    expect(unitInLabel("采购总金额")).toBeUndefined();
  });
});
