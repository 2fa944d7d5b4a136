import { runChecks } from "@/lib/checks/run-checks";
import type { CheckedReport, Finding } from "@/lib/checks/types";
import type { Consolidation } from "./types";

/**
 * Every check of lib/checks on the consolidated report (with the previous year's consolidated report
 * for the cross-year checks), after the AGG-* findings of the consolidation itself.
 * Whether the government may make 规章 is the caller's to say (lib/domain/rule-making.ts); a district's cannot.
 */
export function checkConsolidated(
  c: Consolidation,
  year: number,
  narratives: Record<string, string>,
  previous?: CheckedReport,
  canMakeRules = false,
): Finding[] {
  const report: CheckedReport = { year, format: c.format, values: c.values, narratives };
  return [...c.findings, ...runChecks({ report, ...(previous ? { previous } : {}), canMakeRules })];
}
