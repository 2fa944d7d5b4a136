import type { Finding } from "./types";

/** What stands between a report and its submission (checks.md): every error, and every warning left unexplained. */
export interface SubmissionProblem {
  finding: Finding;
  /** rejected: the office did not accept the explanation, and it has not been rewritten since. */
  reason: "error" | "unexplained" | "rejected";
}

/** The office's 不认可 of an explanation, with its note: the unit must fix the finding or rewrite the explanation. */
export interface Rejection {
  note: string | null;
  by: string | null;
  at: number | null;
}

export function submissionProblems(findings: Finding[], explanations: Record<string, string>, rejections: Record<string, Rejection> = {}): SubmissionProblem[] {
  const problems: SubmissionProblem[] = [];
  for (const f of findings) {
    if (f.severity === "error") problems.push({ finding: f, reason: "error" });
    else if (f.severity === "warning" && !(explanations[f.key] ?? "").trim()) problems.push({ finding: f, reason: "unexplained" });
    else if (f.severity === "warning" && rejections[f.key]) problems.push({ finding: f, reason: "rejected" });
  }
  return problems;
}

/** Findings a unit sees: info findings are for reviewers only. */
export function unitVisible(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity !== "info");
}
