import { describe, expect, it } from "vitest";
import { submissionProblems } from "./submission-gate";
import type { Finding } from "./types";

const warning: Finding = { checkId: "T2-RULES-LEVEL", severity: "warning", message: "m", cells: ["b1.rules.issued"], sectionKeys: ["two"], key: "T2-RULES-LEVEL:b1.rules.issued" };

describe("submissionProblems", () => {
  it("a warning needs an explanation, and one the office did not accept stands in the way until rewritten", () => {
    expect(submissionProblems([warning], {})).toEqual([{ finding: warning, reason: "unexplained" }]);
    expect(submissionProblems([warning], { [warning.key]: "说明" })).toEqual([]);
    const rejections = { [warning.key]: { note: "不成立", by: "审核员", at: 1 } };
    expect(submissionProblems([warning], { [warning.key]: "说明" }, rejections)).toEqual([{ finding: warning, reason: "rejected" }]);
    // A rejection of an explanation whose finding is gone (the unit fixed the data) blocks nothing.
    expect(submissionProblems([], { [warning.key]: "说明" }, rejections)).toEqual([]);
  });
});
