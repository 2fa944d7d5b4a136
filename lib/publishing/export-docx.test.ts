import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { exportDocx } from "./export-docx";
import { tableCaption, tableLayout } from "./export-layout";
import { placedCells, printedTables, printedValues, referenceSnapshot, unitSnapshot } from "@/lib/testing/export-snapshots";
import type { PublishedReport } from "./snapshot";

/** Opens the .docx as a zip and reads its tables back from word/document.xml. */

const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1])).join("");

/** Each table as a map "row:gridColumn" → text; vMerge continuation cells are kept (empty) so columns line up. */
function tablesOf(xml: string): Map<string, string>[] {
  return (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).map((tbl) => {
    const grid = new Map<string, string>();
    (tbl.match(/<w:tr[\s>][\s\S]*?<\/w:tr>/g) ?? []).forEach((tr, r) => {
      let c = 0;
      for (const tc of tr.match(/<w:tc[\s>][\s\S]*?<\/w:tc>/g) ?? []) {
        grid.set(`${r}:${c}`, textOf(tc));
        c += Number(/<w:gridSpan w:val="(\d+)"/.exec(tc)?.[1] ?? 1);
      }
    });
    return grid;
  });
}

async function open(report: PublishedReport, version = 1) {
  const zip = await JSZip.loadAsync(await exportDocx(report, { version, correctionNote: version > 1 ? "更正表三数据" : null }));
  return { document: await zip.file("word/document.xml")!.async("string"), core: await zip.file("docProps/core.xml")!.async("string") };
}

/** Every label, header and value of every table sits at its grid position of the official layout. */
function expectLayout(report: PublishedReport, document: string): Map<string, string>[] {
  const tables = tablesOf(document);
  const printed = printedTables(report);
  expect(tables).toHaveLength(printed.length);
  let values = 0;
  printed.forEach(({ table, heading }, i) => {
    const offset = tableCaption(table, heading) ? 1 : 0;
    if (offset) expect(tables[i].get("0:0")).toBe(table.title);
    for (const { r, c, cell } of placedCells(tableLayout(report, table))) {
      expect(tables[i].get(`${r + offset}:${c}`), `${table.id} ${r}:${c} ${cell.key ?? ""}`).toBe(cell.text);
      if (cell.entry) values++;
    }
  });
  expect(values).toBe(printedValues(report).length);
  return tables;
}

describe("Word export", () => {
  it("contains the title, 编制说明, the six section headings, the tables' values and the date on A4", async () => {
    const report = referenceSnapshot();
    const { document, core } = await open(report);
    const text = textOf(document);
    expect(text).toContain("宁波市北仑区人民政府2020年政府信息公开工作年度报告");
    expect(core).toContain("宁波市北仑区人民政府2020年政府信息公开工作年度报告");
    expect(text).toContain("编制说明：本报告按照《中华人民共和国政府信息公开条例》");
    for (const h of ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]) {
      expect(text).toContain(h);
    }
    expect(text).toContain("1.不同渠道方式主动公开及回应解读总体情况");
    expect(text).toContain("2.主动公开政府信息具体情况");
    expect(text).toContain("2021年3月26日");
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    // Subheadings of the narrative are bold.
    expect(document).toMatch(/<w:b\/>(?:(?!<\/w:r>)[\s\S])*<w:t[^>]*>（一）夯实基础，规范政府信息管理<\/w:t>/);
  });

  it("prints every table cell at its place in the official layout, with merged headers and borders", async () => {
    const report = referenceSnapshot();
    const { document } = await open(report);
    const tables = expectLayout(report, document);
    // 表A: 1.政府公报公开政府信息数 | 条 | 129
    expect([0, 1, 2].map((c) => tables[0].get(`3:${c}`))).toEqual(["1.政府公报公开政府信息数", "条", "129"]);
    expect(document).toContain("采购总金额（万元）");
    expect(document).toMatch(/<w:gridSpan w:val="7"\/>/); // 申请人情况 over its seven columns
    expect(document).toMatch(/<w:gridSpan w:val="5"\/>/); // 法人或其他组织 over five
    expect(document).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect(document).toMatch(/<w:vMerge(?: w:val="continue")?\/>/);
    expect(document).toMatch(/<w:tblBorders>[\s\S]*?<w:insideV w:val="single"/);
  });

  it("lays out unit reports in both national formats, and marks a corrected version", async () => {
    expectLayout(unitSnapshot("xinqi", 2021), (await open(unitSnapshot("xinqi", 2021))).document);
    const report = unitSnapshot("edu", 2019);
    const { document } = await open(report, 2);
    expectLayout(report, document);
    expect(textOf(document)).toContain("本报告为第 2 版（更正版）");
    expect(textOf(document)).toContain("更正说明：更正表三数据");
  });

  it("marks a working copy as 送审稿, not published, under the title and in the footer", async () => {
    const report = unitSnapshot("edu", 2019);
    const zip = await JSZip.loadAsync(await exportDocx(report, { version: 0 }));
    const document = await zip.file("word/document.xml")!.async("string");
    const footer = await zip.file(/word\/footer\d*\.xml/)[0].async("string");
    expect(textOf(document)).toContain(`${report.title.slice(report.organisation.length)}（送审稿，未发布）`);
    expect(textOf(footer)).toContain("送审稿");
    expect(textOf(footer)).not.toMatch(/日发布）/);
    expectLayout(report, document);
  });
});
