import { describe, expect, it } from "vitest";
import { computeDerived } from "@/lib/report-format";
import { NARRATIVE_KEYS, demoNarratives } from "./demo-narratives";
import { DISTRICT_NARRATIVE_2020 } from "./district-narrative-2020";
import { demoFormat, demoValues } from "./demo-values";
import { REFERENCE_2020_DERIVED, REFERENCE_2020_INPUTS, REFERENCE_2020_QUOTED } from "./reference-2020";
import { DEMO_REPORTING_UNITS } from "./units";

const YEARS = [2019, 2020, 2021];

/** received + carriedOver over all applicant columns: what "办理…申请N件" must quote. */
function applications(code: string, year: number): number {
  const format = demoFormat(year);
  const values = demoValues(code, year);
  const d = computeDerived(format, values);
  return Number(d["t3.received.total"]) + Number(d["t3.carriedOver.total"]);
}

describe("demo narratives", () => {
  it.each(YEARS)("%i: every unit has the sections, plain text, no placeholders, only its own year", (year) => {
    for (const unit of DEMO_REPORTING_UNITS) {
      const texts = demoNarratives(unit.code, year);
      expect(Object.keys(texts).sort()).toEqual([...NARRATIVE_KEYS].sort());
      for (const key of ["preamble", "one", "five", "six"] as const) expect(texts[key].trim(), `${unit.code} ${key}`).not.toBe("");
      expect(texts.preamble).toContain(unit.name);
      expect(texts.preamble).toContain("六个部分");
      for (const text of Object.values(texts)) {
        expect(text).not.toMatch(/[{}<>]|XX|××|undefined|NaN|\r/);
        // TXT-YEAR: the only year a unit's narrative states is the report year.
        for (const m of text.matchAll(/(\d{4})年/g)) expect(Number(m[1]), `${unit.code} ${year}`).toBe(year);
      }
    }
  });

  it("2020 section 一 quotes the unit's own table A and table 三 figures", () => {
    for (const unit of DEMO_REPORTING_UNITS) {
      const v = demoValues(unit.code, 2020);
      const one = demoNarratives(unit.code, 2020).one;
      expect(one).toContain(`主动公开政府信息${v["a.total"].value}条`);
      expect(one).toContain(`通过政府网站公开${v["a.website"].value}条`);
      const newMedia = Number(v["a.weibo"].value) + Number(v["a.wechat"].value);
      if (newMedia > 0) expect(one).toContain(`通过政务新媒体公开${newMedia}条`);
      const apps = applications(unit.code, 2020);
      if (apps > 0) expect(one).toContain(`办理政府信息公开申请${apps}件`);
      else expect(one).toContain("未收到政府信息公开申请");
    }
  });

  it("2019 and 2021 section 一 quote the unit's applications", () => {
    for (const year of [2019, 2021]) {
      for (const unit of DEMO_REPORTING_UNITS) {
        const apps = applications(unit.code, year);
        const one = demoNarratives(unit.code, year).one;
        if (apps > 0) expect(one).toContain(`办理政府信息公开申请${apps}件`);
        else expect(one).toContain("未收到政府信息公开申请");
      }
    }
  });

  it("2021 section 一 has the five parts in order and section 六 speaks of 信息处理费", () => {
    const parts = ["（一）主动公开", "（二）依申请公开", "（三）政府信息管理", "（四）政府信息公开平台建设", "（五）监督保障"];
    for (const unit of DEMO_REPORTING_UNITS) {
      const texts = demoNarratives(unit.code, 2021);
      const lines = texts.one.split("\n");
      expect(lines.filter((l) => parts.includes(l)), unit.code).toEqual(parts);
      expect(texts.six).toContain("信息处理费");
      expect(texts.preamble).toContain("国办公开办函〔2021〕30号");
    }
  });

  it("section 五 is never copied from the year before", () => {
    for (const unit of DEMO_REPORTING_UNITS) {
      const [a, b, c] = YEARS.map((y) => demoNarratives(unit.code, y).five);
      // The points made (一是…；二是…), not the fixed sub-headings.
      const points = (t: string) =>
        new Set(
          t
            .split(/[；：。\n]/)
            .filter((s) => s.length > 8 && !s.startsWith("（"))
            .map((s) => s.replace(/^[一二三四五]是/, "")),
        );
      for (const [prev, next] of [[a, b], [b, c]]) {
        expect(next).not.toBe(prev);
        const shared = [...points(next)].filter((p) => points(prev).has(p));
        expect(shared, unit.code).toEqual([]);
      }
    }
  });

  it("the district's 2020 narrative quotes the consolidated tables exactly", () => {
    const one = DISTRICT_NARRATIVE_2020.one;
    expect(one).toContain("全年通过各种渠道公开政府信息70182条");
    expect(one).toContain("政府信息公开平台公开信息35469条");
    expect(one).toContain("政务新媒体公开信息32348条");
    expect(one).toContain("办理依申请公开206件");
    expect(REFERENCE_2020_QUOTED.disclosed).toBe(Number(REFERENCE_2020_INPUTS["a.total"]));
    expect(REFERENCE_2020_QUOTED.platform).toBe(Number(REFERENCE_2020_INPUTS["a.website"]));
    expect(REFERENCE_2020_QUOTED.newMedia).toBe(Number(REFERENCE_2020_INPUTS["a.weibo"]) + Number(REFERENCE_2020_INPUTS["a.wechat"]));
    expect(REFERENCE_2020_QUOTED.applications).toBe(
      Number(REFERENCE_2020_DERIVED["t3.received.total"]) + Number(REFERENCE_2020_DERIVED["t3.carriedOver.total"]),
    );
    expect(DISTRICT_NARRATIVE_2020.preamble).toMatch(/六个(部分|方面)/);
    expect(DISTRICT_NARRATIVE_2020.five.trim()).not.toBe("");
    for (const text of Object.values(DISTRICT_NARRATIVE_2020)) {
      for (const m of text.matchAll(/(\d{4})年/g)) expect(m[1]).toBe("2020");
    }
  });
});
