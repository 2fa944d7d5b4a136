import { describe, expect, it } from "vitest";
import { DISTRICT_NARRATIVE_2020 } from "@/db/seed/district-narrative-2020";
import { REFERENCE_2020_INPUTS, REFERENCE_2020_QUOTED } from "@/db/seed/reference-2020";
import { referenceContext, referenceValues, run, withId } from "@/lib/testing/check-fixtures";

const TABLE_CHECK = /^(T2|T3|T4|TA)-/;

describe("the district's 2020 reference report", () => {
  it("trips exactly TA-PART-LE-WHOLE and T2-AMOUNT-UNIT among the table checks (printed totals stored)", () => {
    const findings = run(referenceContext(referenceValues(true)));
    const table = findings.filter((f) => TABLE_CHECK.test(f.checkId));
    expect(table.map((f) => f.checkId).sort()).toEqual(["T2-AMOUNT-UNIT", "TA-PART-LE-WHOLE"]);
    const part = table.find((f) => f.checkId === "TA-PART-LE-WHOLE")!;
    expect(part.message).toBe("其中：主要负责同志参加新闻发布会次数（7）大于参加或举办新闻发布会总次数（5）");
    expect(part).toMatchObject({ severity: "error", cells: ["a.pressConfLeader", "a.pressConf"], sectionKeys: ["two"] });
    const amount = table.find((f) => f.checkId === "T2-AMOUNT-UNIT")!;
    expect(amount.severity).toBe("warning");
    expect(amount.message).toContain("6376.8025元");
    // No other errors in the tables: every cell is filled and valid, except that the amount as printed is not
    // one in 元 (amounts are kept to the 分: 6376.8025 has four decimals, 元 allows two — it is in 万元).
    const errors = findings.filter((f) => f.severity === "error" && !f.checkId.startsWith("TXT-"));
    expect(errors.map((f) => f.checkId).sort()).toEqual(["TA-PART-LE-WHOLE", "VAL-TYPE"]);
    const unit = errors.find((f) => f.checkId === "VAL-TYPE")!;
    expect(unit.cells).toEqual(["b9.procurement.amount"]);
    expect(unit.message).toContain("以元为单位最多 2 位小数");
  });

  it("the same with totals computed by the form", () => {
    const ids = run(referenceContext(referenceValues(false)))
      .filter((f) => TABLE_CHECK.test(f.checkId))
      .map((f) => f.checkId)
      .sort();
    expect(ids).toEqual(["T2-AMOUNT-UNIT", "TA-PART-LE-WHOLE"]);
  });

  it("a wrong printed total is caught", () => {
    const values = referenceValues(true);
    values["t3.granted.total"] = { value: "136" };
    const ids = run(referenceContext(values)).map((f) => f.checkId);
    expect(ids).toContain("T3-ROW-SUM");
    expect(ids).toContain("T3-HANDLED-SUM");
  });
});

describe("TXT-VS-TABLE on the district's 2020 narrative", () => {
  const narratives = { ...DISTRICT_NARRATIVE_2020 };

  it("the quoted figures (70182, 35469, 32348, 206) match the tables", () => {
    expect(withId(run(referenceContext(referenceValues(false), narratives)), "TXT-VS-TABLE")).toEqual([]);
    expect(withId(run(referenceContext(referenceValues(true), narratives)), "TXT-VS-TABLE")).toEqual([]);
  });

  it("the narrative raises no other TXT-* warning or error", () => {
    const txt = run(referenceContext(referenceValues(true), narratives)).filter((f) => f.checkId.startsWith("TXT-"));
    expect(txt).toEqual([]);
  });

  it.each([
    ["a.total", REFERENCE_2020_QUOTED.disclosed],
    ["a.website", REFERENCE_2020_QUOTED.platform],
    ["a.wechat", REFERENCE_2020_QUOTED.newMedia],
    ["t3.received.natural", REFERENCE_2020_QUOTED.applications],
  ])("changing %s raises one, highlighting %i in its sentence", (key, quoted) => {
    const values = referenceValues(false);
    values[key] = { value: String(Number(REFERENCE_2020_INPUTS[key]) + 1) };
    const found = withId(run(referenceContext(values, narratives)), "TXT-VS-TABLE");
    expect(found).toHaveLength(1);
    const [f] = found;
    expect(f.severity).toBe("warning");
    const text = f.text!;
    expect(text.sectionKey).toBe("one");
    expect(text.sentence).toContain(String(quoted));
    expect(narratives.one.slice(text.start, text.end)).toBe(String(quoted));
    expect(narratives.one.slice(text.sentenceStart, text.sentenceEnd)).toBe(text.sentence);
    expect(f.message).toContain(`为${quoted + 1}`);
    expect(f.sectionKeys[0]).toBe("one");
  });

  it("names the phrase and the table's figure", () => {
    const values = referenceValues(false);
    values["a.total"] = { value: "70183" };
    const [f] = withId(run(referenceContext(values, narratives)), "TXT-VS-TABLE");
    expect(f.message).toBe("正文“通过各种渠道公开政府信息70182条”与表格不符：主动公开政府信息数为70183");
    expect(f.cells).toEqual(["a.total"]);
  });
});
