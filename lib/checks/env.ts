import type { ReportFormat } from "@/lib/report-format";
import { CHECK_CATALOGUE, type CheckId } from "./catalogue";
import { type CompiledFormat, compileFormat } from "./compile";
import type { CheckContext, Finding, TextSpan } from "./types";
import { ValueReader } from "./values";

/** What every rule evaluator works with during one run. */
export interface Env {
  ctx: CheckContext;
  format: ReportFormat;
  compiled: CompiledFormat;
  cur: ValueReader;
  prev?: ValueReader;
  out: Finding[];
}

export function createEnv(ctx: CheckContext): Env {
  const format = ctx.report.format;
  return {
    ctx,
    format,
    compiled: compileFormat(format),
    cur: new ValueReader(format, ctx.report.values),
    prev: ctx.previous ? new ValueReader(ctx.previous.format, ctx.previous.values) : undefined,
    out: [],
  };
}

export interface FindingExtras {
  text?: TextSpan;
  /** Section keys when the finding has neither cells nor text (e.g. TXT-SEC5-EMPTY). */
  sectionKeys?: string[];
  /** Appended to a text finding's key where one sentence may hold several findings of the same check. */
  keySuffix?: string;
}

function sectionsOfCells(env: Env, cells: readonly string[]): string[] {
  const out: string[] = [];
  for (const key of cells) {
    const table = env.format.cellByKey.get(key)?.tableId;
    const section = table && env.compiled.sectionOfTable.get(table);
    if (section && !out.includes(section)) out.push(section);
  }
  return out;
}

/** Records a finding: severity and onSubmit from the catalogue, section keys from its cells or text, a stable key. */
export function report(env: Env, id: CheckId, message: string, cells: string[], extras: FindingExtras = {}): void {
  const info: { severity: Finding["severity"]; onSubmit?: boolean } = CHECK_CATALOGUE[id];
  const { text } = extras;
  let sectionKeys = extras.sectionKeys ?? (text ? [text.sectionKey] : sectionsOfCells(env, cells));
  if (text && !sectionKeys.includes(text.sectionKey)) sectionKeys = [text.sectionKey, ...sectionKeys];
  const key = text
    ? `${id}:${text.sectionKey}:${text.sentence}${extras.keySuffix ?? ""}`
    : extras.sectionKeys && cells.length === 0
      ? `${id}:${extras.sectionKeys.join(",")}:${extras.keySuffix ?? ""}`
      : `${id}:${cells.join(",")}`;
  const finding: Finding = { checkId: id, severity: info.severity, message, cells, sectionKeys, key };
  if (text) finding.text = text;
  if (info.onSubmit) finding.onSubmit = true;
  env.out.push(finding);
}
