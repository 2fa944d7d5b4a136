"use client";

import { useMemo } from "react";
import { runChecks } from "@/lib/checks/run-checks";
import { submissionProblems, unitVisible, type Rejection } from "@/lib/checks/submission-gate";
import type { CheckContext, Finding } from "@/lib/checks/types";
import type { ReportSnapshotData } from "@/lib/dal/report-read";
import { resolveFormat, type ReportFormat, type ReportValues } from "@/lib/report-format";

const RANK = { error: 0, warning: 1, info: 2 } as const;

export function findingCounts(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
  }
  return { errors, warnings };
}

/** The same engine the server runs at submission, run on every keystroke (it takes well under a millisecond). */
export function useReportChecks(
  format: ReportFormat,
  year: number,
  values: ReportValues,
  narratives: Record<string, string>,
  previous: ReportSnapshotData | null,
  explanations: Record<string, string>,
  canMakeRules: boolean,
  rejections: Record<string, Rejection> = {},
) {
  const previousReport = useMemo(
    () =>
      previous
        ? { year: previous.year, format: resolveFormat(previous.formatVersion, previous.localTables), values: previous.values, narratives: previous.narratives }
        : undefined,
    [previous],
  );
  const all = useMemo(() => {
    const ctx: CheckContext = { report: { year, format, values, narratives }, canMakeRules, ...(previousReport ? { previous: previousReport } : {}) };
    return runChecks(ctx);
  }, [format, year, values, narratives, previousReport, canMakeRules]);
  const findings = useMemo(() => unitVisible(all), [all]);
  // Every finding on a cell, worst first: the cell's border shows the worst, its notes show them all.
  const byCell = useMemo(() => {
    const map = new Map<string, Finding[]>();
    for (const f of findings) {
      if (f.onSubmit) continue;
      for (const key of f.cells) map.set(key, [...(map.get(key) ?? []), f]);
    }
    for (const list of map.values()) list.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    return map;
  }, [findings]);
  const problems = useMemo(() => submissionProblems(all, explanations, rejections), [all, explanations, rejections]);
  // One count for the sidebar and the 检查 page alike: every error and warning the unit sees, including
  // the ones only relevant at submission (VAL-BLANK), which the 检查 page lists and which block submission.
  const counts = useMemo(() => findingCounts(findings), [findings]);
  return { findings, byCell, problems, counts };
}
