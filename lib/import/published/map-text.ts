import { PREAMBLE_KEY, type ReportFormat, type SectionDef } from "@/lib/report-format";
import type { DocBlock } from "./document";
import { labelForms, normalizeLabel } from "./labels";

/**
 * The report's title (unit and year) and its narrative, section by section. Sections are found by their
 * headings: the number (一 … 六) in order, and a title the format knows (its own or a variant real reports
 * print: section.headingAliases). A heading that has the next number but another title is still taken,
 * in order, with a notice: reports reword their headings more than they renumber them.
 */

const TITLE = /(\d{4})\s*年度?\s*(?:政府信息公开|政务公开)(?:工作)?(?:年度)?报告/;
const NUMERALS = "一二三四五六七八九十";
/** Page furniture a PDF or a printed page repeats: page numbers. */
const PAGE_NUMBER = /^(?:[-—–\s]*\d{1,3}[-—–\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;

export interface TitleRead {
  unitName?: string;
  year?: number;
  /** Index of the block holding the title (narrative starts after it). */
  at: number;
}

const cleanUnit = (text: string) =>
  text
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, "")
    .replace(/(?:关于)$/, "")
    .replace(/[\s\u3000]+/g, "");

export function readTitle(blocks: readonly DocBlock[]): TitleRead {
  const limit = Math.min(blocks.length, 40);
  for (let i = 0; i < limit; i++) {
    const block = blocks[i];
    if (block.kind !== "text") continue;
    const m = TITLE.exec(block.text);
    if (!m) continue;
    let unitName = cleanUnit(block.text.slice(0, m.index));
    if (!unitName) {
      const before = blocks[i - 1];
      if (before?.kind === "text" && before.text.length <= 40 && !/[。；，]/.test(before.text)) unitName = cleanUnit(before.text);
    }
    return { unitName: unitName || undefined, year: Number(m[1]), at: i };
  }
  return { at: -1 };
}

interface Heading {
  section: SectionDef;
  at: number;
  /** The heading as printed, when its title is not one the format knows. */
  reworded?: string;
}

function headingOf(text: string, expected: SectionDef | undefined, sections: readonly SectionDef[]): { section: SectionDef; reworded: boolean } | null {
  const normalized = normalizeLabel(text);
  const m = new RegExp(`^([${NUMERALS}]+)[、.]`).exec(normalized);
  if (!m || normalized.length > 60 || /[。；]/.test(text)) return null;
  const section = sections.find((s) => s.number === m[1]);
  if (!section) return null;
  const printed = labelForms(text);
  const known = [section.title, ...(section.headingAliases ?? [])].flatMap((t) => labelForms(t));
  if (printed.some((p) => known.includes(p))) return { section, reworded: false };
  return section === expected ? { section, reworded: true } : null;
}

export function findHeadings(blocks: readonly DocBlock[], format: ReportFormat, from: number): Heading[] {
  const found: Heading[] = [];
  let next = 0;
  for (let i = from; i < blocks.length && next < format.sections.length; i++) {
    const block = blocks[i];
    if (block.kind !== "text") continue;
    const hit = headingOf(block.text, format.sections[next], format.sections.slice(next));
    if (!hit) continue;
    found.push({ section: hit.section, at: i, ...(hit.reworded ? { reworded: block.text } : {}) });
    next = format.sections.indexOf(hit.section) + 1;
  }
  return found;
}

/** Captions printed above tables: part of the layout, not of the narrative. */
function captions(format: ReportFormat): Set<string> {
  const titles = [
    ...format.tables.map((t) => t.title),
    ...format.sections.map((s) => s.nationalTablesTitle ?? ""),
  ].filter(Boolean);
  return new Set(titles.flatMap((t) => labelForms(t)));
}

export interface NarrativesRead {
  narratives: Record<string, string>;
  notices: string[];
}

export function readNarratives(blocks: readonly DocBlock[], format: ReportFormat, title: TitleRead): NarrativesRead {
  const start = title.at + 1;
  const headings = findHeadings(blocks, format, start);
  const notices: string[] = [];
  const skip = captions(format);
  const narratives: Record<string, string> = {};
  const textOf = (from: number, to: number) =>
    blocks
      .slice(from, to)
      .flatMap((b) => (b.kind === "text" ? [b.text.trim()] : []))
      .filter((t) => t && !PAGE_NUMBER.test(t) && !labelForms(t).some((f) => skip.has(f)))
      .join("\n");

  const first = headings[0]?.at ?? blocks.length;
  const preamble = textOf(start, first).replace(/^编制说明[:：]\s*/, "");
  if (preamble) narratives[PREAMBLE_KEY] = preamble;
  headings.forEach((h, i) => {
    const end = headings[i + 1]?.at ?? blocks.length;
    if (h.reworded) notices.push(`第${h.section.number}部分的标题印为“${h.reworded}”，按“${h.section.number}、${h.section.title}”读取。`);
    if (h.section.narrative === "none") return;
    const text = textOf(h.at + 1, end);
    if (text) narratives[h.section.key] = text;
  });
  const missing = format.sections.filter((s) => !headings.some((h) => h.section === s));
  if (missing.length) notices.push(`未找到以下部分的标题：${missing.map((s) => `${s.number}、${s.title}`).join("；")}。`);
  return { narratives, notices };
}
