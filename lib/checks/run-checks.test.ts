import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { CHECK_CATALOGUE, findingsForCell, findingsForSection, runChecks, summarize, worstByCell } from "./run-checks";
import { demoContext } from "@/lib/testing/check-fixtures";
import type { CheckContext } from "./types";

/** Checks the spec has gained that an open issue builds; each leaves this list with its issue. */
const NOT_YET_BUILT: Record<string, string> = {};

/** 区教育局 2020 with many things wrong at once. */
function messy(): CheckContext {
  return demoContext("edu", 2020, {
    previous: { values: { "t3.carriedForward.natural": "2" } },
    edit: {
      values: {
        "t3.received.natural": "7",
        "t3.received.commercial": "3",
        "t3.received.total": "1",
        "a.interview": "1",
        "a.interviewLeader": "3",
        "a.otherResp": null,
        "b1.rules.made": "1",
      },
      narratives: { preamble: "全文包括七个部分。", five: "无", one: "2019年，我局主动公开政府信息5条。全年累计发布  条。" },
    },
  });
}

describe("runChecks", () => {
  it("sorts by section (preamble first), then severity", () => {
    const findings = runChecks(messy());
    const order = ["preamble", "one", "two", "three", "four", "five", "six"];
    const rank = { error: 0, warning: 1, info: 2 };
    for (let i = 1; i < findings.length; i++) {
      const [a, b] = [findings[i - 1], findings[i]];
      const [sa, sb] = [order.indexOf(a.sectionKeys[0]), order.indexOf(b.sectionKeys[0])];
      expect(sa <= sb, `${a.key} before ${b.key}`).toBe(true);
      if (sa === sb) expect(rank[a.severity] <= rank[b.severity], `${a.key} before ${b.key}`).toBe(true);
    }
    expect(findings[0].sectionKeys[0]).toBe("preamble");
  });

  it("keys are stable between runs and different for different cells", () => {
    const a = runChecks(messy());
    const b = runChecks(messy());
    expect(a.map((f) => f.key)).toEqual(b.map((f) => f.key));
    expect(new Set(a.map((f) => f.key)).size).toBe(a.length);
    const balance = a.filter((f) => f.checkId === "T3-BALANCE");
    expect(balance.map((f) => f.key)).toEqual([
      "T3-BALANCE:t3.received.natural,t3.carriedOver.natural,t3.handledTotal.natural,t3.carriedForward.natural",
      "T3-BALANCE:t3.received.commercial,t3.carriedOver.commercial,t3.handledTotal.commercial,t3.carriedForward.commercial",
    ]);
  });

  it("every finding's id is in the catalogue, with the catalogue's severity", () => {
    for (const f of runChecks(messy())) {
      const info = CHECK_CATALOGUE[f.checkId as keyof typeof CHECK_CATALOGUE];
      expect(info, f.checkId).toBeDefined();
      expect(f.severity).toBe(info.severity);
      expect(f.sectionKeys.length).toBeGreaterThan(0);
    }
  });

  it("the catalogue lists exactly the ids of checks.md, except AGG-* and those still to be built", () => {
    // The spec lives beside the repository, not in it: a clone without it checks against the ids last seen there.
    const file = path.join(process.cwd(), "..", "shared", "spec", "checks.md");
    const ids = existsSync(file)
      ? [...readFileSync(file, "utf8").matchAll(/^\| ([A-Z0-9]+-[A-Z0-9-]+) \|/gm)].map((m) => m[1]).filter((id) => !id.startsWith("AGG-") && !(id in NOT_YET_BUILT))
      : Object.keys(CHECK_CATALOGUE);
    expect(Object.keys(CHECK_CATALOGUE).sort()).toEqual([...new Set(ids)].sort());
  });

  it("does not modify its input", () => {
    const ctx = messy();
    const before = JSON.stringify(ctx);
    runChecks(ctx);
    expect(JSON.stringify(ctx)).toBe(before);
  });
});

describe("helpers", () => {
  const findings = runChecks(messy());

  it("findingsForCell / findingsForSection", () => {
    expect(findingsForCell(findings, "a.interviewLeader").map((f) => f.checkId)).toEqual(["TA-PART-LE-WHOLE"]);
    expect(findingsForSection(findings, "five").map((f) => f.checkId)).toEqual(["TXT-SEC5-EMPTY"]);
  });

  it("worstByCell prefers errors and leaves out submit-only findings", () => {
    const map = worstByCell(findings);
    expect(map.get("t3.received.natural")?.severity).toBe("error");
    expect(map.has("a.otherResp")).toBe(false);
    expect(worstByCell(findings, true).get("a.otherResp")?.checkId).toBe("VAL-BLANK");
  });

  it("summarize counts by severity", () => {
    const s = summarize(findings);
    expect(s.error + s.warning + s.info).toBe(findings.length);
    expect(s.total).toBe(findings.length);
    expect(s.onSubmit).toBe(2);
    expect(summarize([])).toEqual({ error: 0, warning: 0, info: 0, total: 0, onSubmit: 0 });
  });
});
