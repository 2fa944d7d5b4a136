import type { Finding } from "./types";

/** What stands between a report and its submission (checks.md): every error, and every warning left unexplained. */
export interface SubmissionProblem {
  finding: Finding;
  reason: "error" | "unexplained";
}

export function submissionProblems(findings: Finding[], explanations: Record<string, string>): SubmissionProblem[] {
  const problems: SubmissionProblem[] = [];
  for (const f of findings) {
    if (f.severity === "error") problems.push({ finding: f, reason: "error" });
    else if (f.severity === "warning" && !(explanations[f.key] ?? "").trim()) problems.push({ finding: f, reason: "unexplained" });
  }
  return problems;
}

/** Findings a unit sees: info findings are for reviewers only. */
export function unitVisible(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity !== "info");
}
