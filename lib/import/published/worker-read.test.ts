import { describe, expect, it } from "vitest";
import { PUBLISHED_LIMITS, PUBLISHED_READ_REFUSALS } from "@/lib/import/import-limits";
import { loadPublishedFixture, PUBLISHED_FIXTURES } from "@/lib/testing/published-fixtures";
import { kindOf, type PublishedKind } from "./file-kind";
import { readPublishedFile } from "./read-file";
import { readPublishedBytes, readPublishedInWorker } from "./read-upload";

/**
 * A published report is read in a worker with a heap and a time limit: what it reads must be exactly what
 * the readers give in-process (the document crosses a structured clone), and a file that costs too much is
 * refused with its message while the server goes on reading the next one.
 */

const encode = (text: string) => new TextEncoder().encode(text);
const TITLE_AND_SECTIONS = "某某局2020年政府信息公开工作年度报告 一、总体情况 六、其他需要报告的事项";
const nested = (depth: number) => encode(`<body>${"<div>".repeat(depth)}${TITLE_AND_SECTIONS}${"</div>".repeat(depth)}</body>`);

describe.each(PUBLISHED_FIXTURES.map((s) => s.file))("%s in the worker", (file) => {
  it("reads to the same document as in-process", async () => {
    const { bytes } = loadPublishedFixture(file);
    const kind = kindOf(file, bytes) as PublishedKind;
    const read = await readPublishedInWorker(kind, bytes);
    if (!read.outcome.ok) throw new Error(read.outcome.problem);
    expect(read).toStrictEqual(await readPublishedFile(kind, bytes));
  });
});

describe("the published-report worker's limits", () => {
  const pdf = loadPublishedFixture("report-2020.pdf").bytes;

  it("stops a read at its time limit, and reads the next file", async () => {
    // pdf.js alone takes longer than this to load.
    expect(await readPublishedInWorker("pdf", pdf, { timeoutMs: 200 })).toEqual({ outcome: { ok: false, problem: PUBLISHED_READ_REFUSALS.timedOut }, notices: [] });
    expect((await readPublishedInWorker("pdf", pdf)).outcome.ok).toBe(true);
  });

  it("stops a read at its heap limit, and reads the next file", async () => {
    // Room for the worker to start and read a web page or a Word file, not for pdf.js and the PDF (57 MB and more).
    expect((await readPublishedInWorker("docx", loadPublishedFixture("report-2020.docx").bytes, { heapMb: 32 })).outcome.ok).toBe(true);
    expect(await readPublishedInWorker("pdf", pdf, { heapMb: 32, timeoutMs: 30_000 })).toEqual({ outcome: { ok: false, problem: PUBLISHED_READ_REFUSALS.outOfMemory }, notices: [] });
    expect((await readPublishedInWorker("pdf", pdf)).outcome.ok).toBe(true);
  });

  it("refuses a document far larger than a report instead of copying it back", async () => {
    const tooMuch = { outcome: { ok: false, problem: PUBLISHED_READ_REFUSALS.tooMuch }, notices: [] };
    // One table cell per line: 5 MB of these would be 1.5 million cells.
    expect(await readPublishedInWorker("text", encode("\t1\n".repeat(PUBLISHED_LIMITS.maxCells + 1)))).toEqual(tooMuch);
    // A long cell spanning 60 × 60: one string in the worker, 3,600 copies once cloned.
    const spanned = `<table><tr><td rowspan="60" colspan="60">${"长".repeat(1000)}</td><td>1</td></tr>${"<tr><td>1</td></tr>".repeat(59)}</table>`;
    expect(await readPublishedInWorker("html", encode(spanned))).toEqual(tooMuch);
  });

  it("refuses, through readPublishedBytes, a page nested too deep for the reader, which throws in-process", async () => {
    const page = nested(100_000);
    await expect(readPublishedFile("html", page)).rejects.toThrow(RangeError);
    expect(await readPublishedBytes("html", page)).toEqual({ ok: false, problem: PUBLISHED_READ_REFUSALS.unreadable });
  });
});
