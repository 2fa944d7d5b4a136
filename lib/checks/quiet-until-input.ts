import { sectionCells } from "@/lib/report-format";
import type { CheckContext, Finding } from "./types";

/**
 * Checks that compare with last year's report or with the text say nothing useful about a section nobody
 * has started: there every number is blank (VAL-BLANK says so, at submission), and "上年结转 ≠ 上年的结转下年度"
 * on an empty table only looks like a mistake the person made. They stay quiet until each section they
 * concern (by cells or text) has some input.
 */
const COMPARING = new Set(["T3-CARRY-YOY", "T2-ITEMS-YOY", "T2-STOCK-YOY", "VAL-OUTLIER", "TXT-VS-TABLE", "TXT-SEC5-COPY"]);
/** Asks the text to say something: on an empty section it is a submission matter, like TXT-SEC5-EMPTY. */
const ASKS_FOR_TEXT = new Set(["TXT-SEC6-FEE"]);

function sectionsWithInput(ctx: CheckContext): Set<string> {
  const { format, values, narratives } = ctx.report;
  const out = new Set<string>();
  for (const [key, text] of Object.entries(narratives)) if (text.trim()) out.add(key);
  for (const s of format.sections) {
    if (sectionCells(format, s.key).some((c) => (values[c.key]?.value ?? "").trim() !== "")) out.add(s.key);
  }
  return out;
}

function sectionsOf(ctx: CheckContext, f: Finding): string[] {
  const { format } = ctx.report;
  const keys = new Set(f.sectionKeys);
  if (f.text) keys.add(f.text.sectionKey);
  for (const cell of f.cells) {
    const tableId = format.cellByKey.get(cell)?.tableId;
    const section = format.sections.find((s) => tableId && s.tableIds.includes(tableId));
    if (section) keys.add(section.key);
  }
  return [...keys];
}

export function quietUntilInput(ctx: CheckContext, findings: Finding[]): Finding[] {
  if (!findings.some((f) => COMPARING.has(f.checkId) || ASKS_FOR_TEXT.has(f.checkId))) return findings;
  const started = sectionsWithInput(ctx);
  const untouched = (f: Finding) => sectionsOf(ctx, f).some((s) => !started.has(s));
  return findings.flatMap((f) => {
    if (COMPARING.has(f.checkId) && untouched(f)) return [];
    if (ASKS_FOR_TEXT.has(f.checkId) && !f.onSubmit && untouched(f)) return [{ ...f, onSubmit: true }];
    return [f];
  });
}
