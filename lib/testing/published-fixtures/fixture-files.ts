import fs from "node:fs";
import path from "node:path";
import { narrativeKeys, parseCellInput, reportTitle, type AmountUnit } from "@/lib/report-format";
import { demo2021Fixture, reference2020Fixture, type FixtureReport } from "./fixture-report";
import { PLAIN, REAL_WORLD, type PrintVariants } from "./print-layout";
import type { TextShape } from "./render-text";

/**
 * The committed fixtures of published reports (lib/import/published/fixtures/), how each was made, and what
 * a reader plus the mapper must get from it. scripts/make-published-fixtures.ts writes them from these specs;
 * tests load them with loadPublishedFixture.
 */

export const PUBLISHED_FIXTURE_DIR = path.join(process.cwd(), "lib", "import", "published", "fixtures");

interface SpecBase {
  file: string;
  year: 2020 | 2021;
  variants: PrintVariants;
}

export type FixtureSpec = SpecBase &
  (
    | { source: "html"; charset: "utf-8" | "gb2312" }
    | { source: "docx"; splitTable3: { beforeRow: string; repeatHeader: boolean } }
    /** Printed by Chromium from the report's HTML body; thead: header rows repeated on every page. */
    | { source: "pdf"; thead: boolean }
    | { source: "text"; shape: TextShape }
  );

/** The reference's own printing: its row labels and spacing, the amount's unit in the header. */
const REFERENCE_TEXT: PrintVariants = { referenceRowLabels: true, listLabelSpacing: true, amountUnitInHeader: true };

export const PUBLISHED_FIXTURES: readonly FixtureSpec[] = [
  { file: "gov-site-2020.gbk.html", source: "html", year: 2020, charset: "gb2312", variants: REAL_WORLD },
  { file: "report-2020.docx", source: "docx", year: 2020, variants: PLAIN, splitTable3: { beforeRow: "unable.notHeld", repeatHeader: true } },
  { file: "report-2020.pdf", source: "pdf", year: 2020, variants: REAL_WORLD, thead: false },
  { file: "report-2020.txt", source: "text", year: 2020, variants: REFERENCE_TEXT, shape: "flattened" },
  { file: "report-2020.tabs.txt", source: "text", year: 2020, variants: { amountUnitInHeader: true }, shape: "tabs" },
  { file: "gov-site-2021.html", source: "html", year: 2021, charset: "utf-8", variants: REAL_WORLD },
  { file: "report-2021.docx", source: "docx", year: 2021, variants: REAL_WORLD, splitTable3: { beforeRow: "denied.internal", repeatHeader: false } },
  { file: "report-2021.pdf", source: "pdf", year: 2021, variants: PLAIN, thead: true },
  { file: "report-2021.txt", source: "text", year: 2021, variants: PLAIN, shape: "flattened" },
  { file: "report-2021.pipes.txt", source: "text", year: 2021, variants: PLAIN, shape: "pipes" },
];

export function fixtureReportFor(spec: Pick<FixtureSpec, "year">): FixtureReport {
  return spec.year === 2020 ? reference2020Fixture() : demo2021Fixture();
}

/** What reading a fixture must give, keyed by the format's cell keys. */
export interface ExpectedFixture {
  file: string;
  source: FixtureSpec["source"];
  title: string;
  unitName: string;
  year: number;
  format: { version: string; localTables: string[] };
  /** The value of every cell printed with a number (totals included), as the app stores it: "+19" is "19". */
  values: Record<string, string>;
  /** Every cell printed without a number, with what was printed there ("", "/"): blank, never 0. */
  blanks: Record<string, string>;
  /** Amount cells: the unit the printed number is in. */
  units: Record<string, AmountUnit>;
  /** Each narrative section's text as written (the 编制说明 without its "编制说明：" lead-in); paragraphs separated by "\n". */
  narratives: Record<string, string>;
}

export function expectedFixture(spec: FixtureSpec, report: FixtureReport = fixtureReportFor(spec)): ExpectedFixture {
  const { format } = report;
  const values: Record<string, string> = {};
  const blanks: Record<string, string> = {};
  const units: Record<string, AmountUnit> = {};
  for (const cell of format.cells) {
    const raw = report.cells[cell.key] ?? "";
    const unit = report.amountUnits[cell.key] ?? (cell.kind === "amount" ? cell.units?.[0] : undefined);
    const parsed = parseCellInput(cell, raw, unit);
    if (parsed.ok && parsed.value !== null) {
      values[cell.key] = parsed.value;
      if (unit) units[cell.key] = unit;
    } else if (parsed.ok || !/\d/.test(raw)) {
      blanks[cell.key] = raw;
    } else {
      throw new Error(`Fixture cell ${cell.key} prints "${raw}", which is not a value of its kind`);
    }
  }
  const narratives: Record<string, string> = {};
  for (const key of narrativeKeys(format)) {
    narratives[key] = (report.narratives[key] ?? "")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean)
      .join("\n");
  }
  return {
    file: spec.file,
    source: spec.source,
    title: reportTitle(report.unitName, report.year),
    unitName: report.unitName,
    year: report.year,
    format: { version: format.version.id, localTables: [...format.localTableIds] },
    values,
    blanks,
    units,
    narratives,
  };
}

export const expectedFileName = (file: string) => `${file}.expected.json`;

export interface LoadedFixture {
  spec: FixtureSpec;
  bytes: Uint8Array;
  expected: ExpectedFixture;
  /** The report it was printed from, to print the expected tables with the spec's variants. */
  report: FixtureReport;
}

export function loadPublishedFixture(file: string): LoadedFixture {
  const spec = PUBLISHED_FIXTURES.find((s) => s.file === file);
  if (!spec) throw new Error(`No published fixture ${file}`);
  const bytes = new Uint8Array(fs.readFileSync(path.join(PUBLISHED_FIXTURE_DIR, file)));
  const expected = JSON.parse(fs.readFileSync(path.join(PUBLISHED_FIXTURE_DIR, expectedFileName(file)), "utf8")) as ExpectedFixture;
  return { spec, bytes, expected, report: fixtureReportFor(spec) };
}
