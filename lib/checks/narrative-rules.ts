import { type Env, report } from "./env";
import { sectionName } from "./labels";
import {
  NARRATIVE_RULES,
  type MustMentionRule,
  type NotCopiedRule,
  type NotEmptyRule,
  type OtherYearRule,
  type PartsCountRule,
  type PlaceholderRule,
} from "./narrative-declarations";
import { bigrams, dice, spanAt } from "./text";
import { quotedFigures } from "./text-figures";
import { innerSums } from "./text-inner-sum";

/** Evaluates NARRATIVE_RULES on one report. */
export function runNarrativeRules(env: Env): void {
  const narratives = env.ctx.report.narratives;
  const capabilities = env.format.version.capabilities;
  const all = Object.entries(narratives).filter(([, t]) => typeof t === "string" && t !== "");
  for (const rule of NARRATIVE_RULES) {
    if (rule.requires && !capabilities.includes(rule.requires)) continue;
    const sections = rule.sections ? all.filter(([k]) => rule.sections!.includes(k)) : all;
    switch (rule.kind) {
      case "quotedFigures":
        quotedFigures(env, rule.id, sections);
        break;
      case "innerSum":
        for (const [key, text] of sections) innerSums(env, rule, key, text);
        break;
      case "otherYear":
        for (const [key, text] of sections) otherYear(env, rule, key, text);
        break;
      case "placeholder":
        for (const [key, text] of sections) placeholder(env, rule, key, text);
        break;
      case "partsCount":
        for (const [key, text] of sections) partsCount(env, rule, key, text);
        break;
      case "notEmpty":
        notEmpty(env, rule);
        break;
      case "notCopied":
        notCopied(env, rule);
        break;
      case "mustMention":
        mustMention(env, rule);
        break;
    }
  }
}

/** A sentence quoted in a message, cut after 40 characters. */
function abbreviate(sentence: string, max = 40): string {
  return sentence.length > max ? `${sentence.slice(0, max)}…` : sentence;
}

const YEAR = /(?<![0-9０-９])((?:19|20)[0-9]{2})\s?年/g;

function insideQuotes(text: string, from: number, pos: number): boolean {
  const before = text.slice(from, pos);
  return before.lastIndexOf("《") > before.lastIndexOf("》") || before.lastIndexOf("“") > before.lastIndexOf("”");
}

function otherYear(env: Env, rule: OtherYearRule, sectionKey: string, text: string): void {
  const reportYear = env.ctx.report.year;
  let lastSentence = -1;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m !== null; m = YEAR.exec(text)) {
    const year = Number(m[1]);
    if (year === reportYear || Math.abs(year - reportYear) > rule.range) continue;
    const span = spanAt(sectionKey, text, m.index, m.index + m[0].length);
    if (span.sentenceStart === lastSentence) continue;
    const before = text.slice(span.sentenceStart, m.index).trimEnd();
    if (rule.before.some((b) => before.endsWith(b))) continue;
    const after = text.slice(m.index + m[0].length, Math.min(text.length, m.index + m[0].length + 16));
    if (rule.after.test(after) || insideQuotes(text, span.sentenceStart, m.index)) continue;
    if (year > reportYear && (rule.plan.test(span.sentence) || rule.dateAfter.test(after))) continue;
    lastSentence = span.sentenceStart;
    const message = `${sectionName(env.format, sectionKey)}叙述了${year}年的情况，而本报告是${reportYear}年度报告：“${abbreviate(span.sentence)}”`;
    report(env, rule.id, message, [], { text: span });
  }
}

function placeholder(env: Env, rule: PlaceholderRule, sectionKey: string, text: string): void {
  let lastSentence = -1;
  const pattern = rule.pattern;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const span = spanAt(sectionKey, text, m.index, m.index + m[0].length);
    if (span.sentenceStart === lastSentence) continue;
    lastSentence = span.sentenceStart;
    const shown = text.slice(Math.max(span.sentenceStart, m.index - 6), Math.min(span.sentenceEnd, m.index + m[0].length + 2));
    report(env, rule.id, `${sectionName(env.format, sectionKey)}有未填写的空白或占位符：“${shown}”`, [], { text: span });
  }
}

const CHINESE_DIGITS = "一二三四五六七八九十";

function partsCount(env: Env, rule: PartsCountRule, sectionKey: string, text: string): void {
  const m = rule.pattern.exec(text);
  if (!m) return;
  const stated = /^[0-9]+$/.test(m[1]) ? Number(m[1]) : CHINESE_DIGITS.indexOf(m[1]) + 1;
  const actual = env.format.sections.length;
  if (stated === actual) return;
  const span = spanAt(sectionKey, text, m.index, m.index + m[0].length);
  const message = `编制说明称报告包括“${m[0]}”，但报告共有${CHINESE_DIGITS[actual - 1] ?? actual}个部分`;
  report(env, rule.id, message, [], { text: span });
}

const PUNCTUATION_OR_SPACE = /[\s。．.，,；;！!？?、]+/g;

function notEmpty(env: Env, rule: NotEmptyRule): void {
  const text = (env.ctx.report.narratives[rule.section] ?? "").replace(PUNCTUATION_OR_SPACE, "");
  if (text !== "" && !rule.emptyAnswers.includes(text)) return;
  const name = sectionName(env.format, rule.section);
  const message = text === "" ? `“${name}”不能为空` : `“${name}”不能只写“${text}”，应写明存在的主要问题和改进措施`;
  report(env, rule.id, message, [], { sectionKeys: [rule.section] });
}

/** The previous year's text is the same on every keystroke: keep its bigrams. */
let previousBigrams: { text: string; grams: Map<number, number> } | undefined;

function notCopied(env: Env, rule: NotCopiedRule): void {
  const now = env.ctx.report.narratives[rule.section] ?? "";
  const before = env.ctx.previous?.narratives[rule.section] ?? "";
  const length = (t: string) => t.replace(/\s+/g, "").length;
  if (length(now) < rule.minLength || length(before) < rule.minLength) return;
  if (previousBigrams?.text !== before) previousBigrams = { text: before, grams: bigrams(before) };
  const similarity = now === before ? 1 : dice(bigrams(now), previousBigrams.grams);
  if (similarity < rule.minSimilarity) return;
  const name = sectionName(env.format, rule.section);
  const how = similarity === 1 ? "完全相同" : `高度雷同（相似度${Math.floor(similarity * 100)}%）`;
  const message = `“${name}”与上年度报告的同一部分${how}，应结合本年度实际情况撰写`;
  report(env, rule.id, message, [], { sectionKeys: [rule.section] });
}

function mustMention(env: Env, rule: MustMentionRule): void {
  const text = env.ctx.report.narratives[rule.section] ?? "";
  if (rule.phrases.some((p) => text.includes(p))) return;
  report(env, rule.id, rule.message, [], { sectionKeys: [rule.section] });
}
