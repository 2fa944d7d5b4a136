/** Test helpers for the check engine's tests (lib/checks/*.test.ts): reports built from the demo data. */
import { demoNarratives } from "@/db/seed/demo-narratives";
import { demoFormat, demoValues } from "@/db/seed/demo-values";
import { REFERENCE_2020_DERIVED, REFERENCE_2020_INPUTS } from "@/db/seed/reference-2020";
import { type AmountUnit, type ReportValues, resolveFormat } from "@/lib/report-format";
import { runChecks } from "@/lib/checks/run-checks";
import type { CheckContext, CheckedReport, Finding } from "@/lib/checks/types";

export interface Edit {
  /** Cell key → new value (null clears the cell). */
  values?: Record<string, string | null>;
  units?: Record<string, AmountUnit>;
  narratives?: Record<string, string>;
}

function applyEdit(report: CheckedReport, edit: Edit = {}): CheckedReport {
  const values: ReportValues = { ...report.values };
  for (const [k, v] of Object.entries(edit.values ?? {})) {
    if (v === null) delete values[k];
    else values[k] = { ...values[k], value: v };
  }
  for (const [k, u] of Object.entries(edit.units ?? {})) values[k] = { ...values[k], unit: u };
  return { ...report, values, narratives: { ...report.narratives, ...edit.narratives } };
}

/** One demo unit's report for a year, with its narratives, edited. */
export function demoReport(code: string, year: number, edit?: Edit): CheckedReport {
  const report = { year, format: demoFormat(year), values: demoValues(code, year), narratives: { ...demoNarratives(code, year) } };
  return applyEdit(report, edit);
}

export interface DemoContextOptions {
  edit?: Edit;
  /** Include the unit's previous report (where the demo has one), optionally edited. */
  previous?: boolean | Edit;
  canMakeRules?: boolean;
}

export function demoContext(code: string, year: number, opts: DemoContextOptions = {}): CheckContext {
  const ctx: CheckContext = { report: demoReport(code, year, opts.edit), canMakeRules: opts.canMakeRules ?? false };
  if (opts.previous && year > 2019) ctx.previous = demoReport(code, year - 1, opts.previous === true ? undefined : opts.previous);
  return ctx;
}

/** The district's 2020 numbers: inputs (amount under the 元 header the reference prints), optionally with the printed totals stored. */
export function referenceValues(withStoredTotals: boolean): ReportValues {
  const values: ReportValues = {};
  for (const [k, v] of Object.entries(REFERENCE_2020_INPUTS)) values[k] = { value: v };
  values["b9.procurement.amount"] = { value: REFERENCE_2020_INPUTS["b9.procurement.amount"], unit: "元" };
  if (withStoredTotals) for (const [k, v] of Object.entries(REFERENCE_2020_DERIVED)) values[k] = { value: v };
  return values;
}

export function referenceContext(values: ReportValues, narratives: Record<string, string> = {}): CheckContext {
  return { report: { year: 2020, format: resolveFormat("2019", ["A"]), values, narratives }, canMakeRules: false };
}

export function run(ctx: CheckContext): Finding[] {
  return runChecks(ctx);
}

export function withId(findings: Finding[], id: string): Finding[] {
  return findings.filter((f) => f.checkId === id);
}

/** Shorthand: findings of one check on an edited demo report. */
export function check(id: string, code: string, year: number, opts: DemoContextOptions = {}): Finding[] {
  return withId(runChecks(demoContext(code, year, opts)), id);
}

/** A demo value as a number. */
export function num(code: string, year: number, key: string): number {
  return Number(demoValues(code, year)[key].value);
}
