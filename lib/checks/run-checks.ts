import { SEVERITY_RANK } from "./catalogue";
import { createEnv } from "./env";
import { runNarrativeRules } from "./narrative-rules";
import { quietUntilInput } from "./quiet-until-input";
import { runTableRules } from "./table-rules";
import type { CheckContext, Finding, Severity } from "./types";
import { runValueRules } from "./value-rules";

export { CHECK_CATALOGUE, CHECK_IDS, type CheckId, type CheckInfo } from "./catalogue";

/**
 * Runs every check on one report (and, for the cross-year checks, the unit's previous report).
 * Findings are sorted by section (preamble first, then 一 … 六), then severity (error, warning, info),
 * then in declaration order. Comparing checks wait until their sections have input (quiet-until-input.ts).
 */
export function runChecks(ctx: CheckContext): Finding[] {
  const env = createEnv(ctx);
  runValueRules(env);
  runTableRules(env);
  runNarrativeRules(env);
  const order = env.compiled.sectionOrder;
  const rank = (f: Finding) => order.get(f.sectionKeys[0]) ?? order.size;
  return quietUntilInput(ctx, env.out)
    .map((f, i) => ({ f, i, s: rank(f), v: SEVERITY_RANK[f.severity] }))
    .sort((a, b) => a.s - b.s || a.v - b.v || a.i - b.i)
    .map((x) => x.f);
}

/** Findings naming a cell (input or derived). */
export function findingsForCell(findings: readonly Finding[], key: string): Finding[] {
  return findings.filter((f) => f.cells.includes(key));
}

/** Findings belonging to a section ("preamble", "one" … "six"). */
export function findingsForSection(findings: readonly Finding[], sectionKey: string): Finding[] {
  return findings.filter((f) => f.sectionKeys.includes(sectionKey));
}

/** The most severe finding naming each cell; onSubmit findings (blanks) are left out unless asked for. */
export function worstByCell(findings: readonly Finding[], includeOnSubmit = false): Map<string, Finding> {
  const map = new Map<string, Finding>();
  for (const f of findings) {
    if (f.onSubmit && !includeOnSubmit) continue;
    for (const key of f.cells) {
      const seen = map.get(key);
      if (!seen || SEVERITY_RANK[f.severity] < SEVERITY_RANK[seen.severity]) map.set(key, f);
    }
  }
  return map;
}

export interface FindingSummary extends Record<Severity, number> {
  total: number;
  /** Of those, findings only relevant when submitting (VAL-BLANK, TXT-SEC5-EMPTY). */
  onSubmit: number;
}

/** Counts by severity. */
export function summarize(findings: readonly Finding[]): FindingSummary {
  const out: FindingSummary = { error: 0, warning: 0, info: 0, total: findings.length, onSubmit: 0 };
  for (const f of findings) {
    out[f.severity]++;
    if (f.onSubmit) out.onSubmit++;
  }
  return out;
}
