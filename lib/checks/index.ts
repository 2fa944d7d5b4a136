/** The check engine (pure TypeScript): see run-checks.ts. */
export {
  CHECK_CATALOGUE,
  CHECK_IDS,
  type CheckId,
  type CheckInfo,
  type FindingSummary,
  findingsForCell,
  findingsForSection,
  runChecks,
  summarize,
  worstByCell,
} from "./run-checks";
export type { CheckContext, CheckedReport, Finding, Severity, TextSpan } from "./types";
