import type { ReportFormat, ReportValues } from "@/lib/report-format";

/**
 * The check engine's contract. The engine is pure TypeScript (no framework imports): the report form
 * runs it as the person types, and the server runs it again before accepting a submission.
 */

export type Severity = "error" | "warning" | "info";

/** A span of a narrative section: the sentence concerned and, inside it, the number or words at fault. */
export interface TextSpan {
  /** "preamble" or a section key ("one" … "six"). */
  sectionKey: string;
  /** Offsets into the section's text (UTF-16, as JavaScript strings). */
  sentenceStart: number;
  sentenceEnd: number;
  /** The part to highlight inside the sentence (absolute offsets into the section text). */
  start: number;
  end: number;
  sentence: string;
}

export interface Finding {
  checkId: string;
  severity: Severity;
  /** Chinese, naming the cells and the numbers involved. */
  message: string;
  /** Keys of the cells concerned (may be derived cells), in the order the message names them. */
  cells: string[];
  text?: TextSpan;
  /** Section keys the finding belongs to (for per-section panels): from its cells or text. */
  sectionKeys: string[];
  /** Only relevant when submitting (VAL-BLANK, TXT-SEC5-EMPTY): the form lists these apart, it does not mark them as mistakes while typing. */
  onSubmit?: boolean;
  /**
   * Stable across re-runs as long as the same rule fails on the same cells / sentence: explanations of
   * warnings are stored under it. Format: `${checkId}:${cells.join(",")}` or `${checkId}:${sectionKey}:${sentence}`.
   * TXT-VS-TABLE appends `:${cells.join(",")}` (one sentence may quote several figures); checks on a whole
   * section (TXT-SEC5-EMPTY, TXT-SEC5-COPY, TXT-SEC6-FEE) use `${checkId}:${sectionKey}:`.
   */
  key: string;
}

/** One year's report as the engine sees it. */
export interface CheckedReport {
  year: number;
  format: ReportFormat;
  /** Input cells; may also hold stored derived cells (imports, consolidated reports): those are checked, not recomputed. */
  values: ReportValues;
  /** Section key → plain text ("preamble", "one", … "six"). */
  narratives: Record<string, string>;
}

export interface CheckContext {
  report: CheckedReport;
  /** The same unit's previous report year, where there is one (cross-year checks). */
  previous?: CheckedReport;
  /** District departments and subdistricts cannot make 规章 (T2-RULES-LEVEL). */
  canMakeRules: boolean;
}
