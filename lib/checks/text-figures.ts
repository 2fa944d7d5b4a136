import type { ReportFormat } from "@/lib/report-format";
import type { CheckId } from "./catalogue";
import { type Env, report } from "./env";
import { cellNames, formatNumber } from "./labels";
import { CLAUSE_BREAKS, spanAt } from "./text";
import { FIGURE, FIGURE_FILLERS, TEXT_TERMS } from "./text-terms";

/** TXT-VS-TABLE: a figure quoted after a phrase of text-terms.ts must equal the table. */

interface Phrase {
  term: string;
  keys: string[];
  name: string;
}

interface Matcher {
  /** Unit → phrases quoting figures in that unit, longest first. */
  byUnit: Map<string, Phrase[]>;
  /** How far back from a figure a phrase (plus filler) may start. */
  reach: number;
}

function expandKey(format: ReportFormat, key: string): string[] {
  if (!key.includes("*")) return format.cellByKey.has(key) ? [key] : [];
  const pattern = new RegExp(`^${key.split("*").map((s) => s.replace(/[.]/g, "\\.")).join(".+")}$`);
  return format.cells.filter((c) => pattern.test(c.key)).map((c) => c.key);
}

const matchers = new Map<string, Matcher>();

function matcherFor(format: ReportFormat): Matcher {
  const hit = matchers.get(format.id);
  if (hit) return hit;
  const byUnit = new Map<string, Phrase[]>();
  let longest = 0;
  for (const entry of TEXT_TERMS) {
    const keys: string[] = [];
    let complete = true;
    for (const k of entry.expression) {
      const found = expandKey(format, k);
      if (found.length === 0) complete = false;
      keys.push(...found);
    }
    if (!complete) continue;
    const name = entry.name ?? (keys.length === 1 ? cellNames(format, keys[0]).cell : `${keys.map((k) => cellNames(format, k).cell).join("、")}之和`);
    for (const unit of entry.units) {
      const list = byUnit.get(unit) ?? [];
      for (const term of entry.terms) list.push({ term, keys, name });
      byUnit.set(unit, list);
    }
    for (const t of entry.terms) longest = Math.max(longest, t.length);
  }
  for (const list of byUnit.values()) list.sort((a, b) => b.term.length - a.term.length);
  const matcher = { byUnit, reach: longest + Math.max(...FIGURE_FILLERS.map((f) => f.length)) };
  matchers.set(format.id, matcher);
  return matcher;
}

function toNumber(digits: string): number {
  return Number(digits.replace(/[０-９．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/,/g, ""));
}

/** The phrase a figure at `pos` is quoted for, with where the phrase starts; null if none. */
function phraseBefore(text: string, pos: number, phrases: Phrase[], reach: number): { phrase: Phrase; start: number } | null {
  let from = pos;
  while (from > 0 && pos - from < reach && !CLAUSE_BREAKS.has(text[from - 1])) from--;
  const window = text.slice(from, pos);
  for (const filler of FIGURE_FILLERS) {
    if (!window.endsWith(filler)) continue;
    const head = window.length - filler.length;
    for (const phrase of phrases) {
      if (head >= phrase.term.length && window.startsWith(phrase.term, head - phrase.term.length)) {
        return { phrase, start: from + head - phrase.term.length };
      }
    }
  }
  return null;
}

export function quotedFigures(env: Env, id: CheckId, sections: Iterable<[string, string]>): void {
  const { byUnit, reach } = matcherFor(env.format);
  if (byUnit.size === 0) return;
  for (const [sectionKey, text] of sections) {
    FIGURE.lastIndex = 0;
    for (let m = FIGURE.exec(text); m !== null; m = FIGURE.exec(text)) {
      const phrases = byUnit.get(m[2]);
      if (!phrases) continue;
      const found = phraseBefore(text, m.index, phrases, reach);
      if (!found) continue;
      const { phrase, start } = found;
      const table = env.cur.sum(phrase.keys);
      if (table === null || Number.isNaN(table)) continue;
      const quoted = toNumber(m[1]);
      if (Math.abs(quoted - table) < 1e-9) continue;
      const end = m.index + m[0].length;
      const message = `正文“${text.slice(start, end)}”与表格不符：${phrase.name}为${formatNumber(table)}`;
      const span = spanAt(sectionKey, text, m.index, m.index + m[1].length);
      report(env, id, message, phrase.keys, { text: span, keySuffix: `:${phrase.keys.join(",")}` });
    }
  }
}
