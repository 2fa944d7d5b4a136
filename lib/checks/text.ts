import type { TextSpan } from "./types";

/** Sentence ends: 。！？； and line breaks. The terminator (not a line break) belongs to the sentence. */
export const SENTENCE_ENDS: ReadonlySet<string> = new Set(["。", "！", "？", "；", "\n", "!", "?", ";"]);
const SPACE = /\s/;

/** The sentence around [start, end) of a section's text, with that part highlighted. */
export function spanAt(sectionKey: string, text: string, start: number, end: number): TextSpan {
  let s = start;
  while (s > 0 && !SENTENCE_ENDS.has(text[s - 1])) s--;
  while (s < start && SPACE.test(text[s])) s++;
  let e = end;
  while (e < text.length && !SENTENCE_ENDS.has(text[e])) e++;
  if (e < text.length && text[e] !== "\n") e++;
  return { sectionKey, sentenceStart: s, sentenceEnd: e, start, end, sentence: text.slice(s, e) };
}

/** Clause breaks inside a sentence: a quoted figure and its term must not be separated by one. */
export const CLAUSE_BREAKS = new Set(["，", "、", "：", "（", "）", "(", ")", ",", ":", "。", "；", "！", "？", "\n", "“", "”"]);

/** Multiset of character bigrams (whitespace removed), for Dice similarity. */
export function bigrams(text: string): Map<number, number> {
  const t = text.replace(/\s+/g, "");
  const out = new Map<number, number>();
  for (let i = 0; i + 1 < t.length; i++) {
    const code = t.charCodeAt(i) * 65536 + t.charCodeAt(i + 1);
    out.set(code, (out.get(code) ?? 0) + 1);
  }
  return out;
}

/** Sørensen–Dice coefficient of two bigram multisets (1 = identical). */
export function dice(a: Map<number, number>, b: Map<number, number>): number {
  let na = 0;
  let nb = 0;
  let common = 0;
  for (const n of a.values()) na += n;
  for (const n of b.values()) nb += n;
  if (na + nb === 0) return 1;
  for (const [k, n] of a) {
    const m = b.get(k);
    if (m) common += Math.min(n, m);
  }
  return (2 * common) / (na + nb);
}

/** A figure's digits as a number: full-width digits and thousands separators allowed. */
export function figureValue(digits: string): number {
  return Number(digits.replace(/[０-９．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/,/g, ""));
}

/** Where the sentence holding `pos` starts (after 。！？； or a line break). */
export function sentenceStartAt(text: string, pos: number): number {
  let s = pos;
  while (s > 0 && !SENTENCE_ENDS.has(text[s - 1])) s--;
  return s;
}

/** Where the clause holding `pos` starts: after a clause break, at most `reach` characters back. */
export function clauseStartAt(text: string, pos: number, reach = Infinity): number {
  let s = pos;
  while (s > 0 && pos - s < reach && !CLAUSE_BREAKS.has(text[s - 1])) s--;
  return s;
}
