import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveFormat, type TableDef } from "@/lib/report-format";
import { loadPublishedFixture, PUBLISHED_FIXTURES } from "@/lib/testing/published-fixtures";
import { kindOf, type PublishedKind } from "./file-kind";
import { mapDocument } from "./map-document";
import { readPublishedFile } from "./read-file";
import { readText } from "./read-text";

/**
 * The real published report in ../shared/reference (outside the repository: a fresh clone has none, and
 * then these tests are skipped), read from its text, must give exactly its numbers as keyed by hand in
 * beilun-2020-tables.json, cell by cell — no more, no fewer.
 */

const DIR = path.join(process.cwd(), "..", "shared", "reference");
const TEXT = path.join(DIR, "beilun-2020-annual-report.txt");
const JSON_FILE = path.join(DIR, "beilun-2020-tables.json");
const present = existsSync(TEXT) && existsSync(JSON_FILE);

interface ReferenceTables {
  tableA: Record<string, number>;
  tableB: Record<string, { columns: string[] } & Record<string, number[] | string[]>>;
  table3: { columns: string[] } & Record<string, number[] | string[]>;
  table4: { columns: string[] } & Record<string, number[] | string[]>;
}

/** The hand-keyed numbers as cell key → value. */
export function expectedCells(ref: ReferenceTables): Record<string, string> {
  const format = resolveFormat("2019", ["A"]);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(ref.tableA)) out[`a.${k}`] = String(v);
  for (const [title, sub] of Object.entries(ref.tableB)) {
    const table = format.tables.find((t) => t.title === title) as TableDef;
    for (const [rowLabel, values] of Object.entries(sub)) {
      if (rowLabel === "columns") continue;
      const row = table.rows.find((r) => r.label === rowLabel)!;
      (values as number[]).forEach((v, i) => {
        const col = table.columns.find((c) => c.label === sub.columns[i])!;
        out[`${table.id}.${row.key}.${col.key}`] = String(v);
      });
    }
  }
  for (const [row, values] of Object.entries(ref.table3)) {
    if (row === "columns") continue;
    (values as number[]).forEach((v, i) => (out[`t3.${row}.${ref.table3.columns[i]}`] = String(v)));
  }
  const t4 = format.tables.find((t) => t.id === "t4")!;
  for (const [row, values] of Object.entries(ref.table4)) {
    if (row === "columns") continue;
    (values as number[]).forEach((v, i) => (out[`t4.${row}.${t4.columns.find((c) => c.label === ref.table4.columns[i])!.key}`] = String(v)));
  }
  return out;
}

describe.skipIf(!present)("the reference report read from its published text", () => {
  const read = present ? mapDocument(readText(readFileSync(TEXT, "utf8"))) : null!;
  const expected = present ? expectedCells(JSON.parse(readFileSync(JSON_FILE, "utf8"))) : {};

  it("finds its title and format", () => {
    expect(read.unitName).toBe("宁波市北仑区人民政府");
    expect(read.year).toBe(2020);
    expect(read.formatVersion).toBe("2019");
    expect(read.localTableIds).toEqual(["A"]);
  });

  it("gives exactly the hand-keyed numbers, cell by cell", () => {
    const got = Object.fromEntries(Object.values(read.cells).map((c) => [c.key, c.value]));
    expect(got).toEqual(expected);
    expect(read.unmapped).toEqual([]);
  });

  it("keeps the amount as printed under its 元 header, with the reason it cannot be stored so", () => {
    const amount = read.cells["b9.procurement.amount"];
    expect(amount).toMatchObject({ value: "6376.8025", unit: "元" });
    expect(amount.problem).toContain("以元为单位最多 2 位小数");
    expect(amount.source).toMatchObject({ row: "政府集中采购", column: "采购总金额（元）", raw: "6376.8025" });
  });

  it("reads the narrative of every section that has one", () => {
    expect(Object.keys(read.narratives).sort()).toEqual(["five", "one", "preamble", "six"].sort());
    expect(read.narratives.preamble.startsWith("本报告是根据")).toBe(true);
    expect(read.narratives.one).toContain("2020年，北仑区政务公开工作");
    expect(read.narratives.six).toContain("统计期限");
  });
});

describe.skipIf(!present)("the reference report's renderings (web page, Word, PDF, pasted text)", () => {
  const expected = present ? expectedCells(JSON.parse(readFileSync(JSON_FILE, "utf8"))) : {};
  const renderings = PUBLISHED_FIXTURES.filter((s) => s.year === 2020).map((s) => s.file);

  it.each(renderings)("%s gives exactly the hand-keyed numbers, cell by cell", async (file) => {
    const { bytes } = loadPublishedFixture(file);
    const { outcome } = await readPublishedFile(kindOf(file, bytes) as PublishedKind, bytes);
    if (!outcome.ok) throw new Error(outcome.problem);
    const read = mapDocument(outcome.document);
    const got = Object.fromEntries(Object.values(read.cells).map((c) => [c.key, c.value]));
    expect(got).toEqual(expected);
    expect(read.unmapped).toEqual([]);
  });
});
