"use client";

import { useMemo } from "react";
import { runChecks } from "@/lib/checks/run-checks";
import { submissionProblems, unitVisible } from "@/lib/checks/submission-gate";
import type { CheckContext, Finding } from "@/lib/checks/types";
import type { ReportSnapshotData } from "@/lib/dal/report-context";
import { resolveFormat, type ReportFormat, type ReportValues } from "@/lib/report-format";

/** The same engine the server runs at submission, run on every keystroke (it takes well under a millisecond). */
export function useReportChecks(
  format: ReportFormat,
  year: number,
  values: ReportValues,
  narratives: Record<string, string>,
  previous: ReportSnapshotData | null,
  explanations: Record<string, string>,
) {
  const previousReport = useMemo(
    () =>
      previous
        ? { year: previous.year, format: resolveFormat(previous.formatVersion, previous.localTables), values: previous.values, narratives: previous.narratives }
        : undefined,
    [previous],
  );
  const all = useMemo(() => {
    const ctx: CheckContext = { report: { year, format, values, narratives }, canMakeRules: false, ...(previousReport ? { previous: previousReport } : {}) };
    return runChecks(ctx);
  }, [format, year, values, narratives, previousReport]);
  const findings = useMemo(() => unitVisible(all), [all]);
  const byCell = useMemo(() => {
    const map = new Map<string, Finding>();
    for (const f of findings) {
      if (f.onSubmit) continue;
      for (const key of f.cells) {
        const seen = map.get(key);
        if (!seen || (seen.severity !== "error" && f.severity === "error")) map.set(key, f);
      }
    }
    return map;
  }, [findings]);
  const problems = useMemo(() => submissionProblems(all, explanations), [all, explanations]);
  return { findings, byCell, problems };
}
