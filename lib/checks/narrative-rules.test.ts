import { describe, expect, it } from "vitest";
import { demoNarratives } from "@/db/seed/demo-narratives";
import { check } from "@/lib/testing/check-fixtures";

const U = "edu";
const one = (text: string) => ({ edit: { narratives: { one: text } } });

describe("TXT-YEAR", () => {
  it("flags a sentence stating another year's work", () => {
    const [f] = check("TXT-YEAR", U, 2020, one("2019年，我局公开政府信息300条。2020年工作平稳。"));
    expect(f.severity).toBe("warning");
    expect(f.text).toMatchObject({ sectionKey: "one", sentence: "2019年，我局公开政府信息300条。", start: 0, end: 5 });
    expect(f.key).toBe("TXT-YEAR:one:2019年，我局公开政府信息300条。");
  });

  it.each([
    "主动公开信息数较2019年增加12%。",
    "比2019年多公开30条。",
    "与2019年相比，申请数量有所下降。",
    "2019年以来，我局持续推进标准化建设。",
    "2019年至今，我局累计公开规范性文件30件。",
    "截至2019年底，累计公开文件30件。",
    "申请量与上年（2019年）持平。",
    "认真落实《2019年政务公开工作要点》的要求。",
    "2021年，我局将继续深化政务公开。",
    "下一步，2021年重点推进目录动态更新。",
    "本报告于2021年1月20日发布。",
    "统计期限自2020年1月1日起至2020年12月31日止。",
  ])("does not flag: %s", (text) => {
    expect(check("TXT-YEAR", U, 2020, one(text))).toEqual([]);
  });

  it("demo narratives state only their own year", () => {
    for (const year of [2019, 2020, 2021]) expect(check("TXT-YEAR", U, year)).toEqual([]);
  });
});

describe("TXT-PLACEHOLDER", () => {
  it.each(["全年累计发布  条信息。", "由XX科负责。", "由××科负责。", "见附件[ ]。", "详见【 】。", "共办理＿＿件。", "联系电话：____。"])(
    "flags: %s",
    (text) => {
      const found = check("TXT-PLACEHOLDER", U, 2020, one(text));
      expect(found).toHaveLength(1);
      expect(found[0].text?.sentence).toBe(text);
    },
  );

  it.each(["全年公开政府信息 70182 条。", "依据《中华人民共和国政府信息公开条例》开展工作。", "为个人提供查询服务。"])("does not flag: %s", (text) => {
    expect(check("TXT-PLACEHOLDER", U, 2020, one(text))).toEqual([]);
  });
});

describe("TXT-PARTS", () => {
  it("the preamble's count of parts must match the sections", () => {
    expect(check("TXT-PARTS", U, 2020)).toEqual([]);
    const preamble = "本报告由区教育局编制，全文包括总体情况等七个部分。";
    const [f] = check("TXT-PARTS", U, 2020, { edit: { narratives: { preamble } } });
    expect(f.severity).toBe("info");
    expect(f.message).toBe("编制说明称报告包括“七个部分”，但报告共有六个部分");
    expect(f.text?.sectionKey).toBe("preamble");
    expect(check("TXT-PARTS", U, 2020, { edit: { narratives: { preamble: "全文包含六个方面。" } } })).toEqual([]);
  });
});

describe("TXT-SEC5-EMPTY", () => {
  it.each(["", "无", "无。", "  暂无 "])("flags section 五 = %j, on submit", (five) => {
    const [f] = check("TXT-SEC5-EMPTY", U, 2020, { edit: { narratives: { five } } });
    expect(f).toMatchObject({ severity: "error", onSubmit: true, sectionKeys: ["five"] });
  });

  it("passes on a real section 五", () => {
    expect(check("TXT-SEC5-EMPTY", U, 2020)).toEqual([]);
  });
});

describe("TXT-SEC5-COPY", () => {
  const five2019 = demoNarratives(U, 2019).five;

  it("flags section 五 identical or nearly identical to last year's", () => {
    const [same] = check("TXT-SEC5-COPY", U, 2020, { previous: true, edit: { narratives: { five: five2019 } } });
    expect(same.message).toContain("完全相同");
    expect(same.sectionKeys).toEqual(["five"]);
    const [near] = check("TXT-SEC5-COPY", U, 2020, { previous: true, edit: { narratives: { five: five2019.replaceAll("2019年", "2020年") } } });
    expect(near.message).toMatch(/高度雷同（相似度9\d%）/);
  });

  it("passes on this year's own text, and without a previous report", () => {
    expect(check("TXT-SEC5-COPY", U, 2020, { previous: true })).toEqual([]);
    expect(check("TXT-SEC5-COPY", U, 2020, { edit: { narratives: { five: five2019 } } })).toEqual([]);
  });
});

describe("TXT-SEC6-FEE", () => {
  it("2021: section 六 must speak of 信息处理费", () => {
    expect(check("TXT-SEC6-FEE", U, 2021)).toEqual([]);
    const [f] = check("TXT-SEC6-FEE", U, 2021, { edit: { narratives: { six: "无其他需要报告的事项。" } } });
    expect(f).toMatchObject({ severity: "warning", sectionKeys: ["six"] });
  });

  it("is declared for the 2021 format only", () => {
    expect(check("TXT-SEC6-FEE", U, 2020, { edit: { narratives: { six: "无其他需要报告的事项。" } } })).toEqual([]);
  });
});

describe("TXT-VS-TABLE on demo narratives", () => {
  it("2020: table A, 规范性文件, 处理决定 and applications quoted in 一 match; a changed cell is caught", () => {
    expect(check("TXT-VS-TABLE", U, 2020)).toEqual([]);
    for (const key of ["a.total", "a.website", "a.weibo", "a.gazette", "a.interpretation", "b1.normative.total", "b5.licensing.decisions", "t3.granted.natural"]) {
      const found = check("TXT-VS-TABLE", U, 2020, { edit: { values: { [key]: "9999" } } });
      expect(found, key).toHaveLength(1);
      expect(found[0].cells.some((c) => c === key || c.startsWith(key.replace(/\.natural$/, "")))).toBe(true);
    }
  });

  it("2021: 制发, 废止 and 现行有效 quoted in 一 match the table", () => {
    expect(check("TXT-VS-TABLE", U, 2021)).toEqual([]);
    for (const key of ["b1.normative.issued", "b1.normative.repealed", "b1.normative.inForce", "b6.penalty.decisions"]) {
      expect(check("TXT-VS-TABLE", U, 2021, { edit: { values: { [key]: "9999" } } }), key).toHaveLength(1);
    }
  });
});
