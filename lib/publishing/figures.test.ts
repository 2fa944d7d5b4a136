import { describe, expect, it } from "vitest";
import { REFERENCE_2020_AMOUNT_UNIT, REFERENCE_2020_INPUTS, REFERENCE_FORMAT } from "@/db/seed/reference-2020";
import { resolveFormat, type ReportValues } from "@/lib/report-format";
import { MAIN_FIGURES, applicationResults, disclosureChannels, reviewOutcomes } from "./figures";
import { printedValue, snapshotTableBlocks } from "./report-model";
import { buildSnapshot } from "./snapshot";

function reference2020() {
  const values: ReportValues = {};
  for (const [key, value] of Object.entries(REFERENCE_2020_INPUTS)) {
    values[key] = key === "b9.procurement.amount" ? { value, unit: REFERENCE_2020_AMOUNT_UNIT } : { value };
  }
  const format = resolveFormat(REFERENCE_FORMAT.version, REFERENCE_FORMAT.localTables);
  return buildSnapshot({ kind: "consolidated", year: 2020, organisation: "宁波市北仑区人民政府", format, values, narratives: {}, publishedAt: Date.UTC(2021, 2, 26, 2) });
}

describe("main figures of the reference report", () => {
  const report = reference2020();

  it("groups the application results as the report prints them", () => {
    expect(applicationResults(report)).toEqual([
      { label: "予以公开", value: 135 },
      { label: "部分公开", value: 12 },
      { label: "不予公开", value: 5 },
      { label: "无法提供", value: 47 },
      { label: "不予处理", value: 5 },
      { label: "其他处理", value: 0 },
    ]);
  });

  it("reads the channels of local table A", () => {
    expect(disclosureChannels(report)).toEqual([
      { label: "政府公报", value: 129 },
      { label: "政府网站", value: 35469 },
      { label: "政务微博", value: 22231 },
      { label: "政务微信", value: 10117 },
      { label: "其他方式", value: 2236 },
    ]);
  });

  it("reads reconsideration and litigation outcomes per group", () => {
    const { outcomes, groups } = reviewOutcomes(report);
    expect(outcomes.map((o) => o.label)).toEqual(["结果维持", "结果纠正", "其他结果", "尚未审结"]);
    expect(groups.map((g) => [g.label, Object.values(g.values)])).toEqual([
      ["行政复议", [3, 1, 2, 0]],
      ["行政诉讼（未经复议直接起诉）", [0, 1, 3, 4]],
      ["行政诉讼（复议后起诉）", [0, 0, 1, 0]],
    ]);
  });

  it("lists the year-on-year figures", () => {
    const byLabel = Object.fromEntries(MAIN_FIGURES.map((f) => [f.label, f.get(report)]));
    expect(byLabel).toMatchObject({ 主动公开政府信息数: 70182, 本年新收政府信息公开申请数量: 204, 办理结果总计: 204, 行政复议总计: 6, 行政诉讼总计: 9 });
  });

  it("prints amounts with their unit and numbers the blocks of section 二", () => {
    expect(printedValue(report.values["b9.procurement.amount"], { unitSeparator: " " })).toBe("6376.8025 万元");
    expect(printedValue(undefined, { unitSeparator: " " })).toBe("");
    const two = report.sections.find((s) => s.key === "two")!;
    expect(snapshotTableBlocks(report, two).map((b) => [b.heading, b.tables.map((t) => t.id)])).toEqual([
      ["1.不同渠道方式主动公开及回应解读总体情况", ["a"]],
      ["2.主动公开政府信息具体情况", ["b1", "b5", "b6", "b8", "b9"]],
    ]);
  });
});
