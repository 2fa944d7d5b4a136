import { describe, expect, it } from "vitest";
import { DISTRICT_NARRATIVE_2020 } from "@/db/seed/district-narrative-2020";
import { DEMO_REPORTING_UNITS } from "@/db/seed/units";
import { check, referenceContext, referenceValues, run, withId } from "@/lib/testing/check-fixtures";
import type { Finding } from "./types";

const innerSum = (one: string): Finding[] => withId(run(referenceContext(referenceValues(false), { one })), "TXT-INNER-SUM");
const messages = (one: string) => innerSum(one).map((f) => f.message);

describe("TXT-INNER-SUM", () => {
  it("a listed breakdown adding up to one more than its total (the real report's slip)", () => {
    const one = "全年共主动公开政府信息1250条，其中机构职能类35条、政策文件类226条、工作动态类990条。";
    const [f, ...rest] = innerSum(one);
    expect(rest).toEqual([]);
    expect(f.message).toBe("正文“全年共主动公开政府信息1250条，其中机构职能类35条、政策文件类226条、工作动态类990条”中，“其中”所列分项之和（1251条）大于总数（1250条）");
    expect(f.severity).toBe("warning");
    expect(f.cells).toEqual([]);
    expect(f.sectionKeys).toEqual(["one"]);
    expect(f.text?.sentence).toBe(one);
    expect(one.slice(f.text!.start, f.text!.end)).toBe("1250条，其中机构职能类35条、政策文件类226条、工作动态类990条");
  });

  it("parts of only some kinds may add up to less than the total", () => {
    expect(messages("全年共主动公开政府信息1250条，其中政策文件类226条、工作动态类990条。")).toEqual([]);
    expect(messages("共收到申请20件，其中自然人申请15件。")).toEqual([]);
  });

  it("a breakdown ending in 其他 / 其余 is complete: the parts must add up to the total", () => {
    expect(messages("共公布政府信息1250条，其中政策文件类226条、工作动态类990条、其他类34条。")).toEqual([]);
    expect(messages("共公布政府信息1250条，其中政策文件类226条、工作动态类990条、其他类35条。")).toEqual([
      "正文“共公布政府信息1250条，其中政策文件类226条、工作动态类990条、其他类35条”中，各分项之和（1251条）与总数（1250条）不符",
    ]);
    expect(messages("共收到申请20件，其中自然人申请15件、其余4件。")).toEqual([
      "正文“共收到申请20件，其中自然人申请15件、其余4件”中，各分项之和（19件）与总数（20件）不符",
    ]);
    // 其他组织 names a kind of applicant, not the rest.
    expect(messages("共收到申请22件，其中自然人申请15件、其他组织申请5件。")).toEqual([]);
  });

  it("channels may overlap: each, not their sum, must not exceed the total", () => {
    expect(messages("主动公开政府信息100条，其中通过政府网站公开80条，通过政务新媒体公开60条，在政府公报刊登5条。")).toEqual([]);
    expect(messages("主动公开政府信息100条，其中通过政府网站公开120条，通过政务新媒体公开60条。")).toEqual([
      "正文“主动公开政府信息100条，其中通过政府网站公开120条，通过政务新媒体公开60条”中，分项“通过政府网站公开120条”大于总数（100条）",
    ]);
  });

  it("parts joined by a comma continue the list only where they are named alike", () => {
    expect(messages("共收到申请20件，其中自然人申请15件，法人申请8件。")).toHaveLength(1);
    // 已办结 starts a new statement; 办结 is named unlike 网上申请.
    expect(messages("共收到申请20件，其中网上申请12件，已办结18件。")).toEqual([]);
    expect(messages("共收到申请20件，其中网上申请12件，办结18件。")).toEqual([]);
  });

  it("a bracketed 其中 breaks down the figure before the bracket", () => {
    expect(messages("全年共办理政府信息公开申请206件（其中上年结转2件），其中予以公开135件、部分公开12件。")).toEqual([]);
    expect(messages("全年共办理政府信息公开申请206件（其中上年结转210件）。")).toEqual([
      "正文“全年共办理政府信息公开申请206件（其中上年结转210件）”中，“其中”所列分项之和（210件）大于总数（206件）",
    ]);
    // The outer 其中 skips the bracket: its total is 206, its parts the two outcomes.
    expect(messages("全年共办理政府信息公开申请206件（其中上年结转2件），其中予以公开195件、部分公开12件。")).toHaveLength(1);
  });

  it("nothing to check: no total right before 其中, other units, comparisons, no figures", () => {
    for (const one of [
      "收到申请20件，均已按时办结，其中予以公开30件。",
      "公开信息100条，其中政策解读稿件120篇。",
      "收到申请较上年增加5件，其中自然人8件。",
      "收到申请20件，其中予以公开占66%。",
      "其中予以公开30件。",
      "共收到申请20件，其中自然人申请15件（其中网上申请10件）、法人申请5件。",
    ]) {
      expect(messages(one), one).toEqual([]);
    }
  });

  it("a breakdown inside a part is a breakdown of that part", () => {
    expect(messages("共收到申请20件，其中自然人申请15件（其中网上申请30件）、法人申请5件。")).toEqual([
      "正文“其中自然人申请15件（其中网上申请30件）”中，“其中”所列分项之和（30件）大于总数（15件）",
    ]);
  });

  it("amounts in the same unit", () => {
    expect(messages("采购总金额100万元，其中货物类60万元、服务类41万元。")).toHaveLength(1);
    expect(messages("采购总金额100万元，其中货物类60.5万元、服务类39.5万元。")).toEqual([]);
  });

  it("one finding per breakdown, keyed by where its total stands in the sentence", () => {
    const one = "收到申请20件，其中自然人申请25件；办结20件，其中予以公开12件、部分公开9件。";
    const found = innerSum(one);
    expect(found).toHaveLength(2);
    expect(new Set(found.map((f) => f.key)).size).toBe(2);
  });

  it("the district's and the demo units' narratives agree with themselves", () => {
    expect(withId(run(referenceContext(referenceValues(true), { ...DISTRICT_NARRATIVE_2020 })), "TXT-INNER-SUM")).toEqual([]);
    for (const year of [2019, 2020, 2021]) {
      for (const unit of DEMO_REPORTING_UNITS) expect(check("TXT-INNER-SUM", unit.code, year), `${unit.code} ${year}`).toEqual([]);
    }
  });

  it("a demo narrative's breakdown is read: a wrong part is caught", () => {
    const one = "全年共办理政府信息公开申请10件（其中上年结转1件），其中予以公开8件、部分公开3件。";
    expect(check("TXT-INNER-SUM", "edu", 2020, { edit: { narratives: { one } } })).toHaveLength(1);
  });
});
