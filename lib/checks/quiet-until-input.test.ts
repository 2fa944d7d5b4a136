import { describe, expect, it } from "vitest";
import { demoFormat } from "@/db/seed/demo-values";
import { runChecks } from "./run-checks";
import { demoReport } from "@/lib/testing/check-fixtures";
import type { CheckContext } from "./types";

/** A 2021 report with the given input, checked against the unit's 2020 report. */
function ctx(values: Record<string, string>, narratives: Record<string, string> = {}): CheckContext {
  return {
    report: { year: 2021, format: demoFormat(2021), values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v }])), narratives },
    previous: demoReport("edu", 2020),
    canMakeRules: false,
  };
}

const COMPARING = ["T3-CARRY-YOY", "T2-ITEMS-YOY", "T2-STOCK-YOY", "VAL-OUTLIER", "TXT-VS-TABLE", "TXT-SEC5-COPY"];

describe("warnings that compare with last year or the text wait for the section's input", () => {
  it("an untouched report shows no comparing warning and nothing outside the submission list", () => {
    const findings = runChecks(ctx({}));
    expect(findings.filter((f) => COMPARING.includes(f.checkId)).map((f) => f.checkId)).toEqual([]);
    expect(findings.filter((f) => !f.onSubmit).map((f) => f.checkId)).toEqual([]);
  });

  it("TXT-SEC6-FEE on an empty section six is kept for submission only", () => {
    const fee = runChecks(ctx({})).find((f) => f.checkId === "TXT-SEC6-FEE");
    expect(fee?.onSubmit).toBe(true);
    const typed = runChecks(ctx({}, { six: "无其他需要报告的事项。" })).find((f) => f.checkId === "TXT-SEC6-FEE");
    expect(typed?.onSubmit).toBeFalsy();
  });

  it("a text quoting a table whose section is empty is not compared yet; once the table has input it is", () => {
    const text = { one: "本年度办理依申请公开206件。" };
    expect(runChecks(ctx({}, text)).some((f) => f.checkId === "TXT-VS-TABLE")).toBe(false);
    expect(runChecks(ctx({ "t3.received.natural": "1" }, text)).some((f) => f.checkId === "TXT-VS-TABLE")).toBe(true);
  });

  it("a section with input gets its comparing warnings", () => {
    const stock = runChecks(ctx({ "b1.rules.issued": "0" }));
    expect(stock.some((f) => f.checkId === "T2-STOCK-YOY")).toBe(true);
  });
});
