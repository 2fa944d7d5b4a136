import { runChecks } from "@/lib/checks/run-checks";
import type { Finding } from "@/lib/checks/types";
import { resolveFormat, type ReportFormat, type ReportValues } from "@/lib/report-format";
import type { PublishedReport } from "@/lib/publishing/snapshot";
import type { PublishedRead } from "./published-read";

/**
 * The findings a read report would raise: the checks of the form, run on its cells as printed — printed
 * totals included, so T3-ROW-SUM, T3-HANDLED-SUM and T4-SUM see a total that is not the sum of its parts,
 * and a value that cannot be stored as read (an amount in 元 with four decimals) raises VAL-TYPE.
 */

export interface ReadChecked {
  format: ReportFormat;
  /** The read cells as the checks and the official layout see them. */
  values: ReportValues;
  findings: Finding[];
}

/** A read report with the findings the checks raise on it and the official layout it would be stored in. */
export interface CheckedUpload {
  read: PublishedRead;
  findings: Finding[];
  /** The report as it would be stored, in the official layout's shape. */
  snapshot: PublishedReport;
  /** The district's unit the title names, when exactly one does. */
  unitName?: string;
  year: number;
}

export function readValues(read: PublishedRead): ReportValues {
  const values: ReportValues = {};
  for (const c of Object.values(read.cells)) {
    if (c.value !== null) values[c.key] = c.unit ? { value: c.value, unit: c.unit } : { value: c.value };
  }
  return values;
}

export function checkRead(read: PublishedRead, options: { year: number; canMakeRules: boolean }): ReadChecked {
  const format = resolveFormat(read.formatVersion, read.localTableIds);
  const values = readValues(read);
  const findings = runChecks({ report: { year: options.year, format, values, narratives: read.narratives }, canMakeRules: options.canMakeRules });
  return { format, values, findings };
}
