import { cellKey } from "@/lib/report-format";
import type { PublishedReport } from "./snapshot";
import { spreadsheetText } from "./spreadsheet-text";

/**
 * Open data in bulk: every published report of a year (latest versions) as one CSV, a row per report and a
 * column per cell key of the format — what a researcher or an evaluator loads into a spreadsheet or a
 * script. Keys as in the JSON downloads (whose `tables` say what each means); amounts in their own column
 * with the unit beside them. UTF-8 with a byte-order mark, so that Excel reads the Chinese names.
 */

export interface YearDataItem {
  report: PublishedReport;
  version: number;
  path: string;
}

// Every field goes through spreadsheetText: a unit's name must not become a formula in the reader's spreadsheet.
const quote = (v: string | number | null | undefined): string => {
  if (v === null || v === undefined) return "";
  const s = spreadsheetText(String(v));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function yearDataCsv(items: readonly YearDataItem[]): string {
  // Column order: the tables of the first report as printed (every report of a year shares its format);
  // a key only some reports have (a local table) is added where it first appears.
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const { report } of items) {
    for (const table of report.tables) {
      for (const row of table.rows) {
        for (const col of table.columns) {
          const key = cellKey(table, row.key, col.key);
          if (!seen.has(key)) {
            seen.add(key);
            keys.push(key);
          }
        }
      }
    }
  }
  const amountKeys = new Set(items.flatMap(({ report }) => Object.entries(report.values).filter(([, e]) => e.unit).map(([k]) => k)));
  const header = ["organisation", "kind", "year", "version", "published_on", "url", ...keys.flatMap((k) => (amountKeys.has(k) ? [k, `${k}.unit`] : [k]))];
  const lines = [header.map(quote).join(",")];
  for (const { report, version, path } of items) {
    const cells = keys.flatMap((k) => {
      const e = report.values[k];
      return amountKeys.has(k) ? [e?.value ?? "", e?.unit ?? ""] : [e?.value ?? ""];
    });
    lines.push([report.organisation, report.kind, report.year, version, report.publishedOn, path, ...cells].map(quote).join(","));
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
