import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REFERENCE_2020_DERIVED, REFERENCE_2020_INPUTS } from "@/db/seed/reference-2020";
import { reportTitle } from "@/lib/report-format";
import { expectedFileName, expectedFixture, fixtureReportFor, loadPublishedFixture, PUBLISHED_FIXTURE_DIR, PUBLISHED_FIXTURES } from "./fixture-files";
import { encodeGbk } from "./gbk";
import { renderGovSitePage, renderReportHtml } from "./render-html";
import { renderReportText } from "./render-text";

describe("the committed published-report fixtures", () => {
  it.each(PUBLISHED_FIXTURES.map((s) => [s.file, s] as const))("%s is committed with an up-to-date .expected.json", (file, spec) => {
    const { bytes, expected } = loadPublishedFixture(file);
    expect(bytes.length).toBeGreaterThan(1000);
    // Regenerate with `flock /tmp/e2e.lock npx tsx scripts/make-published-fixtures.ts` when this fails.
    expect(expected).toEqual(expectedFixture(spec));
    if (spec.source === "pdf") expect(bytes.length).toBeLessThan(400 * 1024);
  });

  it("holds, for the byte-for-byte reproducible renderings (web pages, text), what the renderers print today", () => {
    for (const spec of PUBLISHED_FIXTURES) {
      const report = fixtureReportFor(spec);
      const { bytes } = loadPublishedFixture(spec.file);
      if (spec.source === "text") expect(new TextDecoder().decode(bytes), spec.file).toBe(renderReportText(report, { shape: spec.shape, variants: spec.variants }));
      if (spec.source === "html") {
        const page = renderGovSitePage(renderReportHtml(report, { variants: spec.variants }), { charset: spec.charset, title: reportTitle(report.unitName, report.year) });
        expect(Buffer.from(bytes).equals(Buffer.from(spec.charset === "gb2312" ? encodeGbk(page) : new TextEncoder().encode(page))), spec.file).toBe(true);
      }
    }
  });

  it("has every fixture file listed in a spec, and nothing else", () => {
    const files = fs.readdirSync(PUBLISHED_FIXTURE_DIR).sort();
    expect(files).toEqual(PUBLISHED_FIXTURES.flatMap((s) => [s.file, expectedFileName(s.file)]).sort());
  });

  it("expects, for 2020, exactly the reference report's numbers, totals included", () => {
    const { expected } = loadPublishedFixture("report-2020.pdf");
    expect(expected.values).toEqual({ ...REFERENCE_2020_INPUTS, ...REFERENCE_2020_DERIVED });
    expect(expected.blanks).toEqual({});
    expect(expected.units).toEqual({ "b9.procurement.amount": "万元" });
    expect(expected.format).toEqual({ version: "2019", localTables: ["A"] });
  });

  it("expects, for 2021, blanks as blanks with what was printed, never 0", () => {
    const { expected } = loadPublishedFixture("report-2021.docx");
    expect(expected.format).toEqual({ version: "2021", localTables: [] });
    expect(expected.blanks["t3.received.research"]).toBe("");
    expect(expected.blanks["b1.rules.issued"]).toBe("/");
    expect(expected.values["t3.received.research"]).toBeUndefined();
    expect(expected.units).toEqual({ "b8.fees.amount": "万元" });
    expect(expected.narratives.six).toMatch(/信息处理费/);
  });

  it("is GBK for the 2020 web page: not valid UTF-8, and a gb2312 meta", () => {
    const { bytes } = loadPublishedFixture("gov-site-2020.gbk.html");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const text = new TextDecoder("gbk").decode(bytes);
    expect(text).toContain(`<meta charset="gb2312">`);
    expect(text).toContain("宁波市北仑区人民政府2020年政府信息公开工作年度报告");
    expect(path.extname(PUBLISHED_FIXTURES[0].file)).toBe(".html");
  });
});
