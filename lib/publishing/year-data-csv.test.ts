import { describe, expect, it } from "vitest";
import { REFERENCE_2020_DERIVED } from "@/db/seed/reference-2020";
import { referenceSnapshot, unitSnapshot } from "@/lib/testing/export-snapshots";
import { yearDataCsv } from "./year-data-csv";

/** A small CSV reader for the test (quoted fields, doubled quotes, CRLF). */
function parse(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (c !== "\r") {
      field += c;
    }
  }
  return rows;
}

describe("the year's bulk CSV", () => {
  const consolidated = referenceSnapshot();
  const edu = { ...unitSnapshot("edu", 2019), year: 2020 };
  const csv = yearDataCsv([
    { report: consolidated, version: 1, path: "/reports/2020/bengji" },
    { report: { ...edu, organisation: '区教育局,"试点"' }, version: 2, path: "/reports/2020/edu" },
  ]);
  const [header, ...rows] = parse(csv.replace(/^\uFEFF/, ""));

  it("starts with a byte-order mark and has a row per report", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(rows).toHaveLength(2);
    expect(header.slice(0, 6)).toEqual(["organisation", "kind", "year", "version", "published_on", "url"]);
    expect(rows[1].slice(0, 4)).toEqual(['区教育局,"试点"', "unit", "2020", "2"]);
  });

  it("holds every printed value under its key, totals included, amounts with their unit", () => {
    const at = (key: string) => rows[0][header.indexOf(key)];
    for (const [key, value] of Object.entries(REFERENCE_2020_DERIVED)) expect(at(key), key).toBe(value);
    expect(at("b9.procurement.amount")).toBe(consolidated.values["b9.procurement.amount"].value);
    expect(at("b9.procurement.amount.unit")).toBe("万元");
    // A cell the unit's (2019-format) report does not have is blank there.
    expect(rows[1][header.indexOf("a.total")]).toBe("");
  });
});

describe("the year's bulk CSV against formula injection", () => {
  const edu = { ...unitSnapshot("edu", 2019), year: 2020 };
  const names = ['=HYPERLINK("http://evil.example","点击")', "+1+2", "-2+3", "@SUM(A1)", "\t区教育局", "\r区教育局"];
  const csv = yearDataCsv(
    names.map((organisation, i) => ({
      report: { ...edu, organisation, values: { ...edu.values, "b5.licensing.change": { value: "-8" } } },
      version: 1,
      path: `/reports/2020/u${i}`,
    })),
  );
  const [header, ...rows] = parse(csv.replace(/^\uFEFF/, ""));

  it("starts a text cell that a spreadsheet would read as a formula with a single quote", () => {
    expect(rows.map((r) => r[0])).toEqual(names.map((n) => `'${n}`));
  });

  it("keeps negative numbers numbers", () => {
    for (const r of rows) expect(r[header.indexOf("b5.licensing.change")]).toBe("-8");
  });
});

