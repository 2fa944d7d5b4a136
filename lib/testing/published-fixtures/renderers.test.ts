import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { demo2021Fixture, reference2020Fixture } from "./fixture-report";
import { encodeGbk } from "./gbk";
import { REAL_WORLD } from "./print-layout";
import { renderReportDocx } from "./render-docx";
import { renderGovSitePage, renderReportHtml } from "./render-html";
import { renderReportText } from "./render-text";

// The real report lives outside the repository (../shared): a fresh clone has none, and then its comparison is skipped.
const REFERENCE_FILE = path.join(process.cwd(), "..", "shared", "reference", "beilun-2020-annual-report.txt");
const REFERENCE_TEXT = fs.existsSync(REFERENCE_FILE) ? fs.readFileSync(REFERENCE_FILE, "utf8") : null;

/**
 * The lines that hold table cells: each starts with a tab. The reference indents its two 其中 rows
 * differently (six full-width spaces, then five); the indentation is compared apart.
 */
const cellLines = (text: string) =>
  text
    .split("\n")
    .filter((l) => l.startsWith("\t"))
    .map((l) => l.replace(/^\t\u3000+/, "\t"));

describe("renderReportText", () => {
  it.skipIf(REFERENCE_TEXT === null)("flattens the tables exactly as the reference's text prints them: one cell a line, rowspan as an empty tab line", () => {
    // The reference prints 采购总金额 under a 元 header; so does this rendering of its numbers.
    const report = { ...reference2020Fixture(), amountUnits: { "b9.procurement.amount": "元" as const } };
    const text = renderReportText(report, { variants: { referenceRowLabels: true, listLabelSpacing: true, amountUnitInHeader: true } });
    expect(cellLines(text)).toEqual(cellLines(REFERENCE_TEXT!));
    expect(text).toContain("\t\u3000\u3000（一）主动公开政府信息数\n（不同渠道和方式公开相同信息计1条）\n");
    expect(text).toContain("\t\u3000\u3000\u3000\u3000\u30001.政府公报公开政府信息数\n");
  });

  it("writes tab- and pipe-separated rows with merged cells empty after their first position", () => {
    const tabs = renderReportText(reference2020Fixture(), { shape: "tabs" }).split("\n");
    expect(tabs).toContain("行政许可\t707\t176\t83000");
    expect(tabs).toContain("三、本年度办理结果\t（一）予以公开\t\t132\t2\t0\t0\t0\t1\t135");
    expect(tabs).toContain("\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t");
    const pipes = renderReportText(demo2021Fixture(), { shape: "pipes" }).split("\n");
    expect(pipes).toContain("| 规章 | / | / | / |");
    expect(pipes).toContain("| 行政事业性收费 | 104.441 |");
  });
});

describe("renderReportHtml and renderGovSitePage", () => {
  const body = renderReportHtml(reference2020Fixture(), { variants: REAL_WORLD });

  it("prints merged headers with rowspan/colspan, blanks as &nbsp; and the real-world labels", () => {
    expect(body).toContain(`colspan="3" rowspan="3"`);
    expect(body).toContain(`colspan="10"`);
    expect(body).toContain(`colspan="5" rowspan="2"`);
    expect(body).toMatch(/<td[^>]*>(?:<[^>]+>)*&nbsp;/);
    expect(body).toContain("上一年项目数量（指上年事项数）");
    expect(body).toContain("四、因政府信息公开工作被申请行政复议、提起行政诉讼情况");
    expect(body).toContain("宁波市北仑区人民政府<br>2020年政府信息公开工作年度报告");
  });

  it("frames it as a government site and encodes it as GBK with a gb2312 meta", () => {
    const page = renderGovSitePage(body, { charset: "gb2312", title: "宁波市北仑区人民政府2020年政府信息公开工作年度报告" });
    expect(page).toContain(`<meta charset="gb2312">`);
    for (const part of ["当前位置：", "主办单位：", "网站标识码：", "ICP备", "　　"]) expect(page).toContain(part);
    // Eight report tables inside four layout tables, nested three deep.
    expect((page.match(/<table/g) ?? []).length).toBe(12);
    const bytes = encodeGbk(page);
    expect(new TextDecoder("gbk").decode(bytes)).toBe(page);
    expect(bytes.length).toBeLessThan(new TextEncoder().encode(page).length);
  });
});

describe("encodeGbk", () => {
  it("writes two bytes per Chinese character and a character reference for what GBK lacks", () => {
    expect([...encodeGbk("中文a")]).toEqual([0xd6, 0xd0, 0xce, 0xc4, 0x61]);
    expect(new TextDecoder("gbk").decode(encodeGbk("政府信息公开（〔2019〕60号）——“三安全一稳定”"))).toBe("政府信息公开（〔2019〕60号）——“三安全一稳定”");
    expect(new TextDecoder("gbk").decode(encodeGbk("😀"))).toBe("&#128512;");
  });
});

describe("renderReportDocx", () => {
  async function documentXml(bytes: Uint8Array): Promise<string> {
    return (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
  }

  it("writes merged header cells as gridSpan and vMerge, and table 三 as two tables with a page break between", async () => {
    const xml = await documentXml(await renderReportDocx(reference2020Fixture(), { splitTable3: { beforeRow: "unable.notHeld", repeatHeader: true } }));
    expect(xml).toContain(`<w:gridSpan w:val="3"/>`);
    expect(xml).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect(xml).toMatch(/<w:vMerge w:val="continue"\/>|<w:vMerge\/>/);
    const tables = xml.split("<w:tbl>").length - 1;
    expect(tables).toBe(9); // a, b1, b5, b6, b8, b9, t3 in two parts, t4
    const t3Start = xml.indexOf("一、本年新收政府信息公开申请数量");
    const pageBreak = xml.indexOf(`<w:br w:type="page"/>`, t3Start);
    expect(pageBreak).toBeGreaterThan(t3Start);
    expect(xml.indexOf("1.本机关不掌握相关政府信息")).toBeGreaterThan(pageBreak);
    // The repeated header: 申请人情况 printed again after the break.
    expect(xml.indexOf("申请人情况", pageBreak)).toBeGreaterThan(pageBreak);
  });

  it("does not repeat the header unless asked", async () => {
    const xml = await documentXml(await renderReportDocx(demo2021Fixture(), { splitTable3: { beforeRow: "denied.internal", repeatHeader: false } }));
    const pageBreak = xml.indexOf(`<w:br w:type="page"/>`);
    expect(pageBreak).toBeGreaterThan(0);
    expect(xml.indexOf("申请人情况", pageBreak)).toBe(-1);
    expect(xml).toContain("本年收费金额（单位：万元）");
  });
});
