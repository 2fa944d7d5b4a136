import { beforeAll, describe, expect, it } from "vitest";
import {
  expandRows,
  loadPublishedFixture,
  paragraphsOf,
  printedTables,
  printReport,
  type LoadedFixture,
  type PrintedTable,
} from "@/lib/testing/published-fixtures";
import { cjkTextAt, rawPdf, textAt } from "@/lib/testing/published-fixtures/raw-pdf";
import type { DocBlock, ReadDocument } from "./document";
import { PDF_PROBLEMS, readPdf } from "./read-pdf";

const squash = (text: string) => text.replace(/\s+/g, "");

const tablesOf = (doc: ReadDocument) => doc.blocks.filter((b): b is Extract<DocBlock, { kind: "table" }> => b.kind === "table").map((t) => t.rows.map((r) => r.cells.map((c) => squash(c.text))));
const textsOf = (doc: ReadDocument) => doc.blocks.filter((b): b is Extract<DocBlock, { kind: "text" }> => b.kind === "text").map((b) => squash(b.text));

/**
 * The PDF's tables laid against the printed ones: a table cut by a page break comes as two blocks, the
 * second maybe repeating the header rows (<thead>); joined, each must be the printed table cell by cell.
 */
function joinedAgainst(actual: string[][][], printed: PrintedTable[]): { joined: string[][][]; splits: number; repeatedHeaders: number } {
  const joined: string[][][] = [];
  let next = 0;
  let splits = 0;
  let repeatedHeaders = 0;
  for (const table of printed) {
    const expected = expandRows(table).map((r) => r.map(squash));
    const rows = [...(actual[next++] ?? [])];
    while (rows.length < expected.length && next < actual.length) {
      const more = actual[next++];
      splits++;
      let skip = 0;
      while (skip < table.headerRowCount && JSON.stringify(more[skip]) === JSON.stringify(expected[skip])) skip++;
      if (skip > 0) repeatedHeaders++;
      rows.push(...more.slice(skip));
    }
    joined.push(rows);
  }
  expect(next, "every table block of the PDF is one of the printed tables").toBe(actual.length);
  return { joined, splits, repeatedHeaders };
}

describe.each(["report-2020.pdf", "report-2021.pdf"])("readPdf on the Chromium-printed fixture %s", (file) => {
  let fixture: LoadedFixture;
  let doc: ReadDocument;
  const pageMs: number[] = [];

  beforeAll(async () => {
    fixture = loadPublishedFixture(file);
    const outcome = await readPdf(fixture.bytes, { onPage: (_, ms) => pageMs.push(ms) });
    if (!outcome.ok) throw new Error(outcome.problem);
    doc = outcome.document;
  });

  it("reads every table cell by cell as the HTML it was printed from, split tables joined", () => {
    const printed = printedTables(printReport(fixture.report, fixture.spec.variants));
    const { joined, splits } = joinedAgainst(tablesOf(doc), printed);
    expect(joined).toEqual(printed.map((t) => expandRows(t).map((r) => r.map(squash))));
    // Both fixtures are long enough that some table runs over a page break.
    expect(splits).toBeGreaterThan(0);
  });

  it("keeps a blank cell as an empty cell, not a missing one", () => {
    const blanks = Object.keys(fixture.expected.blanks).filter((k) => fixture.expected.blanks[k] === "");
    if (fixture.expected.year === 2021) expect(blanks.length).toBeGreaterThan(0);
    for (const table of tablesOf(doc)) {
      const widths = new Set(table.map((r) => r.length));
      expect(widths.size, "every row of a ruled table has all its columns").toBe(1);
    }
  });

  it("gives the title, the headings and every narrative paragraph as text, lines joined without spaces", () => {
    const texts = textsOf(doc);
    const all = texts.join("\n");
    const printed = printReport(fixture.report, fixture.spec.variants);
    expect(texts).toContain(squash(printed.unitName));
    for (const section of printed.sections) expect(texts).toContain(squash(section.heading));
    const paragraphs = [...printed.preamble, ...printed.sections.flatMap((s) => s.paragraphs)];
    for (const p of paragraphs) expect(texts, p.slice(0, 30)).toContain(squash(p));
    expect(all).not.toMatch(/[\u2e80-\u2fdf]/);
    for (const p of paragraphsOf(fixture.report.narratives.one)) expect(all).toContain(squash(p));
  });

  it("reads a page in well under a second once pdf.js is loaded", async () => {
    const started = performance.now();
    const times: number[] = [];
    await readPdf(fixture.bytes, { onPage: (_, ms) => times.push(ms) });
    const total = performance.now() - started;
    console.log(
      `${file}: ${times.length} pages in ${total.toFixed(0)} ms, ${(total / times.length).toFixed(0)} ms a page ` +
        `(first read in this process: ${pageMs.length} pages, each ${pageMs.map((ms) => ms.toFixed(0)).join("/")} ms, four at a time, loading pdf.js's fonts)`,
    );
    expect(total / times.length).toBeLessThan(250);
  });
});

describe("readPdf on the 2021 fixture printed with <thead>", () => {
  it("gives the repeated header rows on the second page as part of the continued table", async () => {
    const fixture = loadPublishedFixture("report-2021.pdf");
    const outcome = await readPdf(fixture.bytes);
    if (!outcome.ok) throw new Error(outcome.problem);
    const { repeatedHeaders } = joinedAgainst(tablesOf(outcome.document), printedTables(printReport(fixture.report, fixture.spec.variants)));
    expect(repeatedHeaders).toBeGreaterThan(0);
  });
});

describe("readPdf on hand-made PDFs", () => {
  it("finds a table whose borders are stroked rectangles, with a merged cell repeated across its columns", async () => {
    // Three columns, two rows; the top row's first two cells are one (no line between them).
    const lines = [
      "0.5 w",
      "72 700 m 372 700 l S",
      "72 680 m 372 680 l S",
      "72 660 m 372 660 l S",
      "72 660 m 72 700 l S",
      "372 660 m 372 700 l S",
      "272 660 m 272 700 l S",
      "172 660 m 172 680 l S",
    ].join("\n");
    const content = `${lines}\n${textAt(80, 686, "Merged head")}${textAt(280, 686, "C")}${textAt(80, 666, "a")}${textAt(180, 666, "b")}${textAt(280, 666, "")}`;
    const outcome = await readPdf(rawPdf([{ content }]));
    if (!outcome.ok) throw new Error(outcome.problem);
    const tables = outcome.document.blocks.filter((b) => b.kind === "table");
    expect(tables).toHaveLength(1);
    expect(tables[0].kind === "table" && tables[0].rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["Merged head", "Merged head", "C"],
      ["a", "b", ""],
    ]);
  });

  it("finds a rectangle-bordered table drawn with re", async () => {
    const content = `0 0 0 RG 72 600 100 20 re S 172 600 100 20 re S 72 580 100 20 re S 172 580 100 20 re S\n${textAt(80, 606, "x")}${textAt(180, 606, "1")}${textAt(80, 586, "y")}`;
    const outcome = await readPdf(rawPdf([{ content }]));
    if (!outcome.ok) throw new Error(outcome.problem);
    const table = outcome.document.blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["x", "1"],
      ["y", ""],
    ]);
  });

  it("falls back to rows by position for a table without borders, each cell with its centre", async () => {
    const content = [
      textAt(72, 760, "A report without ruled tables"),
      textAt(72, 700, "Item"),
      textAt(300, 700, "Count"),
      textAt(450, 700, "Total"),
      textAt(72, 685, "Licensing"),
      textAt(300, 685, "707"),
      textAt(450, 685, "83000"),
      textAt(72, 670, "Penalty"),
      textAt(450, 670, "1703"),
    ].join("");
    const outcome = await readPdf(rawPdf([{ content }]));
    if (!outcome.ok) throw new Error(outcome.problem);
    const [text, table] = outcome.document.blocks;
    expect(text).toEqual({ kind: "text", text: "A report without ruled tables" });
    if (table?.kind !== "table") throw new Error("no table");
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([["Item", "Count", "Total"], ["Licensing", "707", "83000"], ["Penalty", "1703"]]);
    const xs = table.rows.map((r) => r.cells.map((c) => Math.round(c.x ?? -1)));
    // The sparse row's 1703 sits under Total, not under Count: its x says so.
    expect(Math.abs(xs[2][1] - xs[0][2])).toBeLessThan(Math.abs(xs[2][1] - xs[0][1]));
  });

  it("reads Chinese in a font that is not embedded, through pdf.js's own CMaps read from disk", async () => {
    const outcome = await readPdf(rawPdf([{ content: cjkTextAt(72, 700, "一、总体情况") + cjkTextAt(92, 680, "全年主动公开政府信息70182条。") }]));
    if (!outcome.ok) throw new Error(outcome.problem);
    expect(outcome.document.blocks).toEqual([
      { kind: "text", text: "一、总体情况" },
      { kind: "text", text: "全年主动公开政府信息70182条。" },
    ]);
  });

  it("joins a paragraph's lines, Latin words with a space", async () => {
    const content = [textAt(72, 700, "The first line of a paragraph that runs on and on to the right margin of the"), textAt(72, 688, "page, and ends here."), textAt(90, 660, "A new paragraph.")].join("");
    const outcome = await readPdf(rawPdf([{ content }]));
    if (!outcome.ok) throw new Error(outcome.problem);
    expect(outcome.document.blocks).toEqual([
      { kind: "text", text: "The first line of a paragraph that runs on and on to the right margin of the page, and ends here." },
      { kind: "text", text: "A new paragraph." },
    ]);
  });
});

describe("readPdf refuses", () => {
  it("a scanned PDF: pages with an image and no text", async () => {
    const scan = rawPdf([{ content: "q 595 0 0 842 0 0 cm /Im1 Do Q", image: true }, { content: "q 595 0 0 842 0 0 cm /Im1 Do Q", image: true }]);
    expect(await readPdf(scan)).toEqual({ ok: false, problem: PDF_PROBLEMS.scanned });
    expect(PDF_PROBLEMS.scanned).toBe("该 PDF 没有可提取的文字（可能是扫描件），请改用 Word 或网页版本。");
  });

  it("a damaged file: a PDF cut short, and bytes that are no PDF at all", async () => {
    const { bytes } = loadPublishedFixture("report-2021.pdf");
    expect(await readPdf(bytes.subarray(0, 4000))).toMatchObject({ ok: false });
    expect(await readPdf(new TextEncoder().encode("<html><body>not a pdf</body></html>"))).toEqual({ ok: false, problem: PDF_PROBLEMS.damaged });
    expect(await readPdf(new TextEncoder().encode("%PDF-1.7\n garbage garbage garbage"))).toEqual({ ok: false, problem: PDF_PROBLEMS.damaged });
  });

  it("a file over 20 MB, before reading it", async () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    expect(await readPdf(big)).toEqual({ ok: false, problem: PDF_PROBLEMS.tooLarge });
  });

  it("more than 300 pages", async () => {
    const pages = Array.from({ length: 301 }, (_, i) => ({ content: textAt(72, 700, `Page ${i + 1}`) }));
    const outcome = await readPdf(rawPdf(pages));
    expect(outcome).toEqual({ ok: false, problem: PDF_PROBLEMS.tooManyPages(301) });
    expect(outcome.ok === false && outcome.problem).toMatch(/^PDF 文件页数过多/);
  });

  it("a file that takes longer than the time budget, whether the budget runs out opening it or reading its pages", async () => {
    const { bytes } = loadPublishedFixture("report-2020.pdf");
    expect(await readPdf(bytes, { timeBudgetMs: 1 })).toEqual({ ok: false, problem: PDF_PROBLEMS.tooSlow });
    const read: number[] = [];
    expect(await readPdf(bytes, { timeBudgetMs: 40, onPage: (n) => read.push(n) })).toEqual({ ok: false, problem: PDF_PROBLEMS.tooSlow });
    expect(read.length).toBeLessThan(5);
  });

  it("leaves the caller's bytes intact (pdf.js takes over the buffer it is given)", async () => {
    const { bytes } = loadPublishedFixture("report-2021.pdf");
    const before = bytes.byteLength;
    await readPdf(bytes);
    expect(bytes.byteLength).toBe(before);
  });
});
