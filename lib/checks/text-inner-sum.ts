import { type Env, report } from "./env";
import { formatNumber } from "./labels";
import type { InnerSumRule } from "./narrative-declarations";
import { SENTENCE_ENDS, clauseStartAt, figureValue, sentenceStartAt, spanAt } from "./text";
import { FIGURE, NOT_THIS_YEAR } from "./text-terms";

/** TXT-INNER-SUM: a total quoted with its parts ("共…N条，其中A a条、B b条") must agree with them. */

const OPEN = new Set(["（", "("]);
const CLOSE = new Set(["）", ")"]);
/** Between a total and its 其中: punctuation only (and bracketed remarks, skipped). */
const LEAD = /[，,：:\s]/;
/** Separators of the parts: "、" lists them; "，" may also end the list (see InnerSumRule). */
const SEPARATORS = new Set(["、", "，", ","]);
const MASK = "\u0000";

interface Figure {
  start: number;
  end: number;
  digits: string;
  unit: string;
  value: number;
}

interface Part extends Figure {
  label: string;
}

/** The bracket opened before `at` in the sentence and not closed by then, or -1. */
function openBracketBefore(text: string, from: number, at: number): number {
  const stack: number[] = [];
  for (let i = from; i < at; i++) {
    if (OPEN.has(text[i])) stack.push(i);
    else if (CLOSE.has(text[i])) stack.pop();
  }
  return stack.length ? stack[stack.length - 1] : -1;
}

/** Where the bracket opened at `open` closes, or -1 (within the sentence). */
function closeOf(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length && !SENTENCE_ENDS.has(text[i]); i++) {
    if (OPEN.has(text[i])) depth++;
    else if (CLOSE.has(text[i]) && --depth === 0) return i;
  }
  return -1;
}

/** The figure that ends at `end` ("…申请206件"), if any, not before `from`. */
function figureEndingAt(text: string, from: number, end: number): Figure | null {
  let last: Figure | null = null;
  for (const m of text.slice(from, end).matchAll(FIGURE)) {
    if (from + m.index + m[0].length !== end) continue;
    last = { start: from + m.index, end, digits: m[1], unit: m[2], value: figureValue(m[1]) };
  }
  return last;
}

/** The total a 其中 at `at` breaks down: the figure right before it, past punctuation and bracketed remarks. */
function totalBefore(text: string, sentenceStart: number, at: number): Figure | null {
  let i = at;
  for (;;) {
    while (i > sentenceStart && LEAD.test(text[i - 1])) i--;
    if (i > sentenceStart && CLOSE.has(text[i - 1])) {
      let depth = 0;
      let j = i - 1;
      for (; j >= sentenceStart; j--) {
        if (CLOSE.has(text[j])) depth++;
        else if (OPEN.has(text[j]) && --depth === 0) break;
      }
      if (j < sentenceStart) return null;
      i = j;
      continue;
    }
    break;
  }
  return figureEndingAt(text, sentenceStart, i);
}

/** The region with nested brackets masked: what they hold is not a part of this list. */
function masked(text: string, from: number, to: number): string {
  let out = "";
  let depth = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (OPEN.has(ch)) depth++;
    out += depth > 0 ? MASK : ch;
    if (CLOSE.has(ch) && depth > 0) depth--;
  }
  return out;
}

function bigramsOf(label: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < label.length; i++) out.add(label.slice(i, i + 2));
  return out;
}

/** "，" continues the list with a part named like an earlier one (a shared word, or the same last character). */
function parallel(label: string, parts: Part[]): boolean {
  const grams = bigramsOf(label);
  return parts.some((p) => p.label.slice(-1) === label.slice(-1) || [...bigramsOf(p.label)].some((g) => grams.has(g)));
}

/** The parts listed after 其中 in [from, to), in the total's unit. */
function partsIn(text: string, from: number, to: number, unit: string, rule: InnerSumRule): Part[] | null {
  const region = masked(text, from, to);
  const parts: Part[] = [];
  let segStart = 0;
  while (segStart < region.length && /[：:，,\s]/.test(region[segStart])) segStart++;
  let separator = "";
  while (segStart <= region.length) {
    let segEnd = segStart;
    while (segEnd < region.length && !SEPARATORS.has(region[segEnd])) segEnd++;
    const segment = region.slice(segStart, segEnd);
    const figures = [...segment.matchAll(FIGURE)];
    const label = (figures[0] ? segment.slice(0, figures[0].index) : segment).replaceAll(MASK, "").trim();
    const continues =
      figures.length === 1 &&
      figures[0][2] === unit &&
      !NOT_THIS_YEAR.comparison.test(segment) &&
      (parts.length === 0 || separator === "、" || (!rule.stop.test(label) && parallel(label, parts)));
    if (!continues) {
      // The first clause after 其中 is not a part in the total's unit: no breakdown.
      if (parts.length === 0) return null;
      break;
    }
    const m = figures[0];
    const start = from + segStart + m.index;
    parts.push({ label, start, end: start + m[0].length, digits: m[1], unit: m[2], value: figureValue(m[1]) });
    if (segEnd >= region.length) break;
    separator = region[segEnd];
    segStart = segEnd + 1;
  }
  return parts;
}

function abbreviate(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

const same = (a: number, b: number) => Math.abs(a - b) < 1e-6;

export function innerSums(env: Env, rule: InnerSumRule, sectionKey: string, text: string): void {
  let at = text.indexOf(rule.marker);
  for (; at !== -1; at = text.indexOf(rule.marker, at + rule.marker.length)) {
    const sentenceStart = sentenceStartAt(text, at);
    const open = openBracketBefore(text, sentenceStart, at);
    let total: Figure | null;
    let end: number;
    if (open !== -1) {
      // "申请206件（其中上年结转2件）": the parts end with the bracket, the total is right before it.
      if (text.slice(open + 1, at).trim() !== "") continue;
      total = figureEndingAt(text, sentenceStart, open);
      end = closeOf(text, open);
    } else {
      total = totalBefore(text, sentenceStart, at);
      end = at;
      while (end < text.length && !SENTENCE_ENDS.has(text[end])) end++;
    }
    if (!total || end === -1) continue;
    if (NOT_THIS_YEAR.comparison.test(text.slice(clauseStartAt(text, total.start), total.end))) continue;
    const parts = partsIn(text, at + rule.marker.length, end, total.unit, rule);
    if (!parts) continue;
    const problem = assess(rule, total, parts);
    if (!problem) continue;
    const last = parts[parts.length - 1];
    const quoted = abbreviate(text.slice(clauseStartAt(text, total.start), open !== -1 ? end + 1 : last.end));
    const span = spanAt(sectionKey, text, total.start, last.end);
    report(env, rule.id, `正文“${quoted}”中，${problem}`, [], { text: span, keySuffix: `:${total.start - span.sentenceStart}` });
  }
}

/** What is wrong with the breakdown, in words; null when it agrees. */
function assess(rule: InnerSumRule, total: Figure, parts: Part[]): string | null {
  const unit = total.unit;
  const shown = (n: number) => `${formatNumber(n)}${unit}`;
  const sum = parts.reduce((n, p) => n + p.value, 0);
  if (parts.some((p) => rule.overlapping.test(p.label))) {
    const over = parts.find((p) => p.value > total.value + 1e-6);
    return over ? `分项“${over.label}${over.digits}${unit}”大于总数（${shown(total.value)}）` : null;
  }
  const complete = parts.length >= 2 && rule.residual.test(parts[parts.length - 1].label);
  if (complete) return same(sum, total.value) ? null : `各分项之和（${shown(sum)}）与总数（${shown(total.value)}）不符`;
  return sum > total.value + 1e-6 ? `“其中”所列分项之和（${shown(sum)}）大于总数（${shown(total.value)}）` : null;
}
