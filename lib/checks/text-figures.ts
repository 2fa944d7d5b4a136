import type { ReportFormat } from "@/lib/report-format";
import type { CheckId } from "./catalogue";
import { type Env, report } from "./env";
import { cellNames, formatNumber } from "./labels";
import { CLAUSE_BREAKS, clauseStartAt, figureValue, sentenceStartAt, spanAt } from "./text";
import { FIGURE, FIGURE_FILLERS, NOT_THIS_YEAR, TEXT_TERMS, type TextTerm } from "./text-terms";

/** TXT-VS-TABLE: a figure quoted after a phrase of text-terms.ts must equal the quantity the phrase names. */

/** "…": a few words inside a clause; "……": more, across commas but inside the sentence. */
const SHORT_GAP = 8;
const LONG_GAP = 24;
/** How far back from a figure its phrase may start. */
const REACH = 60;

interface Quantity {
  keys: string[];
  name: string;
  selectedBy?: readonly string[];
  amount: boolean;
}

interface Phrase {
  /** Matches the phrase, its filler, and nothing after: tested on the text right before a figure. */
  pattern: RegExp;
  gapGroups: number[];
  trailingGap: number | null;
  fillerGroup: number;
  quantities: Quantity[];
  cumulative: boolean;
}

interface PhraseMatch {
  phrase: Phrase;
  start: number;
  /** Where the phrase's own words end (before a trailing gap and the filler). */
  wordsEnd: number;
  /** Characters of the phrase's own words, and of the words its gaps took. */
  words: number;
  gaps: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const breakClass = [...CLAUSE_BREAKS].map(escape).join("").replace("\n", "\\n");
const FILLER = `((?:的)?(?:${[...FIGURE_FILLERS].sort((a, b) => b.length - a.length).map(escape).join("|")})?)`;

/** Compiles one phrase of text-terms.ts' syntax ([a|b|], …, ……) into an end-anchored pattern. */
function compilePhrase(term: string, quantities: Quantity[], cumulative: boolean): Phrase {
  let source = "";
  let group = 0;
  const gapGroups: number[] = [];
  let last: "gap" | "words" = "words";
  for (const [token, alternatives] of term.matchAll(/\[([^\]]*)\]|……|…|[^[…]+/g)) {
    if (token === "…" || token === "……") {
      source += token === "…" ? `([^${breakClass}]{0,${SHORT_GAP}}?)` : `([^。；！？!?;\\n]{0,${LONG_GAP}}?)`;
      gapGroups.push(++group);
      last = "gap";
    } else {
      source += alternatives === undefined ? escape(token) : `(?:${alternatives.split("|").map(escape).join("|")})`;
      last = "words";
    }
  }
  const fillerGroup = ++group;
  return {
    pattern: new RegExp(`${source}${FILLER}$`),
    gapGroups,
    trailingGap: last === "gap" ? gapGroups[gapGroups.length - 1] : null,
    fillerGroup,
    quantities,
    cumulative,
  };
}

function expandKey(format: ReportFormat, key: string): string[] {
  if (!key.includes("*")) return format.cellByKey.has(key) ? [key] : [];
  const pattern = new RegExp(`^${key.split("*").map((s) => s.replace(/[.]/g, "\\.")).join(".+")}$`);
  return format.cells.filter((c) => pattern.test(c.key)).map((c) => c.key);
}

/** The entry's quantities that the format holds all the cells of. */
function quantitiesIn(format: ReportFormat, entry: TextTerm): Quantity[] {
  const out: Quantity[] = [];
  for (const q of entry.quantities) {
    const keys: string[] = [];
    let complete = true;
    for (const k of q.cells) {
      const found = expandKey(format, k);
      if (found.length === 0) complete = false;
      keys.push(...found);
    }
    if (!complete) continue;
    const name = q.name ?? (keys.length === 1 ? cellNames(format, keys[0]).cell : `${keys.map((k) => cellNames(format, k).cell).join("、")}之和`);
    const amount = keys.some((k) => format.cellByKey.get(k)?.kind === "amount");
    out.push({ keys, name, selectedBy: q.selectedBy, amount });
  }
  return out;
}

/** Unit → phrases quoting figures in that unit, per format. */
const matchers = new Map<string, Map<string, Phrase[]>>();

function phrasesFor(format: ReportFormat): Map<string, Phrase[]> {
  const hit = matchers.get(format.id);
  if (hit) return hit;
  const byUnit = new Map<string, Phrase[]>();
  for (const entry of TEXT_TERMS) {
    const quantities = quantitiesIn(format, entry);
    if (quantities.length === 0) continue;
    const phrases = entry.terms.map((t) => compilePhrase(t, quantities, entry.cumulative ?? false));
    for (const unit of entry.units) byUnit.set(unit, [...(byUnit.get(unit) ?? []), ...phrases]);
  }
  matchers.set(format.id, byUnit);
  return byUnit;
}

/** The phrase a figure at `pos` is quoted for; where several match, the `better` one. */
function phraseBefore(text: string, pos: number, phrases: Phrase[]): PhraseMatch | null {
  const from = Math.max(sentenceStartAt(text, pos), pos - REACH);
  const window = text.slice(from, pos);
  let best: PhraseMatch | null = null;
  for (const phrase of phrases) {
    const m = phrase.pattern.exec(window);
    if (!m) continue;
    const gaps = phrase.gapGroups.reduce((n, g) => n + m[g].length, 0);
    const filler = m[phrase.fillerGroup].length;
    const trailing = phrase.trailingGap === null ? 0 : m[phrase.trailingGap].length;
    const start = from + m.index;
    const found = { phrase, start, wordsEnd: start + m[0].length - filler - trailing, words: m[0].length - filler - gaps, gaps };
    if (!best || better(found, best)) best = found;
  }
  return best;
}

/** Words ending nearer the figure, then more words of its own, then fewer taken by gaps (text-terms.ts). */
function better(a: PhraseMatch, b: PhraseMatch): boolean {
  if (a.wordsEnd !== b.wordsEnd) return a.wordsEnd > b.wordsEnd;
  if (a.words !== b.words) return a.words > b.words;
  if (a.gaps !== b.gaps) return a.gaps < b.gaps;
  return a.start > b.start;
}

const JOINERS = new Set(["和", "及", "与", "或"]);
const NEGATIONS = new Set(["不", "未", "非", "无"]);

/**
 * The phrase is one of several names the figure belongs to together ("行政复议和行政诉讼案件3件",
 * "不予公开、无法提供的共5件"): the figure is their sum, which no phrase names. Or it is negated
 * ("不予受理申请3件" is no 受理).
 */
function notThePhrasesFigure(text: string, start: number): boolean {
  const before = text[start - 1];
  if (before && (JOINERS.has(before) || NEGATIONS.has(before) || text.slice(start - 2, start) === "不予")) return true;
  if (before !== "、") return false;
  const listed = text.slice(clauseStartAt(text, start - 1), start - 1);
  return !/[0-9０-９]/.test(listed);
}

const YEAR = /(?<![0-9０-９])((?:19|20)[0-9]{2})\s?年/g;

/** The figure is a change, a comparison, another year's or a total over the years (NOT_THIS_YEAR). */
function notThisYears(text: string, phraseStart: number, pos: number, reportYear: number, cumulative = false): boolean {
  const clause = text.slice(clauseStartAt(text, phraseStart), pos);
  if (NOT_THIS_YEAR.comparison.test(clause)) return true;
  const sentence = text.slice(sentenceStartAt(text, pos), pos);
  if (NOT_THIS_YEAR.previousYear.test(sentence) || NOT_THIS_YEAR.overYears.test(sentence)) return true;
  if (!cumulative && NOT_THIS_YEAR.runningTotal.test(sentence)) return true;
  let subject: number | null = null;
  for (const m of sentence.matchAll(YEAR)) {
    if (!NOT_THIS_YEAR.yearNotSubject.test(sentence.slice(0, m.index))) subject = Number(m[1]);
  }
  return subject !== null && subject !== reportYear;
}

/** "206件（含上年结转2件）": the remark right after a figure, if any. */
function bracketAfter(text: string, end: number): string {
  if (text[end] !== "（" && text[end] !== "(") return "";
  const close = text.slice(end).search(/[）)。；\n]/);
  return close === -1 ? text.slice(end) : text.slice(end, end + close + 1);
}

/** Quoted amounts are compared in 万元, the unit ValueReader.wan reads. */
const TO_WAN: Record<string, number> = { 元: 1e-4, 万元: 1, 亿元: 1e4 };

interface Reading {
  quantity: Quantity;
  value: number;
  shown: string;
}

function read(env: Env, q: Quantity): Reading | null {
  if (!q.amount) {
    const value = env.cur.sum(q.keys);
    return value === null || Number.isNaN(value) ? null : { quantity: q, value, shown: formatNumber(value) };
  }
  let value = 0;
  let any = false;
  for (const k of q.keys) {
    const v = env.cur.wan(k);
    if (v === null || Number.isNaN(v)) continue;
    value += v;
    any = true;
  }
  if (!any) return null;
  // As stored, in the stored unit: a converted figure would show digits nobody typed.
  const single = q.keys.length === 1 ? env.cur.get(q.keys[0]) : null;
  const shown = single !== null ? `${Number(single.toFixed(6))}${env.ctx.report.values[q.keys[0]]?.unit ?? "万元"}` : `${Number(value.toFixed(6))}万元`;
  return { quantity: q, value, shown };
}

/** A count must be exact; an amount as precise as it is quoted ("6376.8万元" for 6376.8025). */
function agrees(r: Reading, digits: string, unit: string): boolean {
  const quoted = figureValue(digits);
  if (!r.quantity.amount) return Math.abs(quoted - r.value) < 1e-9;
  const factor = TO_WAN[unit] ?? 1;
  const decimals = digits.split(/[.．]/)[1]?.length ?? 0;
  return Math.abs(quoted * factor - r.value) <= 0.5 * 10 ** -decimals * factor + 1e-9;
}

export function quotedFigures(env: Env, id: CheckId, sections: Iterable<[string, string]>): void {
  const byUnit = phrasesFor(env.format);
  if (byUnit.size === 0) return;
  const year = env.ctx.report.year;
  for (const [sectionKey, text] of sections) {
    for (const m of text.matchAll(FIGURE)) {
      const [figure, digits, unit] = m;
      const phrases = byUnit.get(unit);
      if (!phrases) continue;
      const found = phraseBefore(text, m.index, phrases);
      if (!found || notThePhrasesFigure(text, found.start)) continue;
      const { phrase, start } = found;
      if (notThisYears(text, start, m.index, year, phrase.cumulative)) continue;
      const sentence = spanAt(sectionKey, text, m.index, m.index + digits.length);
      const scope = text.slice(clauseStartAt(text, start), m.index + figure.length) + bracketAfter(text, m.index + figure.length);
      const selected = phrase.quantities.filter((q) => q.selectedBy?.some((w) => scope.includes(w)));
      const readings = (selected.length > 0 ? selected : phrase.quantities).map((q) => read(env, q)).filter((r) => r !== null);
      if (readings.length === 0 || readings.some((r) => agrees(r, digits, unit))) continue;
      const cells = [...new Set(readings.flatMap((r) => r.quantity.keys))];
      const table = readings.map((r) => `${r.quantity.name}为${r.shown}`).join("，或");
      const message = `正文“${text.slice(start, m.index + figure.length)}”与表格不符：${table}`;
      report(env, id, message, cells, { text: sentence, keySuffix: `:${cells.join(",")}` });
    }
  }
}
