/**
 * Labels as printed, compared with the format's labels tolerantly: full- and half-width forms, spaces and
 * line breaks inside a label, quote styles, numbering prefixes (一、 （一） 1. 1、), and the notes real
 * reports add in brackets (上一年项目数量（指上年事项数）, 本年增/减（减用负值表示，如-8）, 采购总金额（万元）).
 * A label is reduced to its forms, from the most to the least exact; two labels match when a form of one
 * equals a form of the other, and the most exact match wins.
 */

/** Width, spaces, quotes: what never changes the meaning of a label. */
export function normalizeLabel(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\s\u00a0\u3000\u200b]+/g, "")
    .replace(/["'“”‘’「」『』〝〞]/g, "")
    .replace(/[：]/g, ":")
    .replace(/[、，]/g, (c) => (c === "，" ? "," : "、"));
}

const NUMERAL = "[一二三四五六七八九十]+";
const PREFIX = new RegExp(`^(?:${NUMERAL}[、.]|\\(${NUMERAL}\\)|\\d{1,2}(?:[.、)]|\\.(?!\\d))|\\(\\d{1,2}\\)|第${NUMERAL}[部分章节]?[、.:]?)+`);

/** The label without its numbering prefix: "(一)予以公开" → "予以公开". */
export function stripNumbering(normalized: string): string {
  const stripped = normalized.replace(PREFIX, "");
  return stripped || normalized;
}

/** The label without bracketed notes: "上一年项目数量(指上年事项数)" → "上一年项目数量". */
export function stripNotes(normalized: string): string {
  const stripped = normalized.replace(/\([^()]*\)|\[[^\]]*\]|【[^】]*】/g, "");
  return stripped || normalized;
}

/** The forms of a label, most exact first. */
export function labelForms(text: string): string[] {
  const n = normalizeLabel(text);
  const bare = stripNumbering(n);
  return [...new Set([n, bare, stripNotes(bare)])];
}

/** How well two labels match: 0 is exact, higher is looser, null is no match. */
export function labelDistance(printed: readonly string[], known: readonly string[]): number | null {
  let best: number | null = null;
  printed.forEach((p, i) => {
    known.forEach((k, j) => {
      if (p === k && (best === null || i + j < best)) best = i + j;
    });
  });
  return best;
}

/** The unit a header's note names: "采购总金额（万元）", "本年收费金额（单位：万元）", "金额(元)". */
export function unitInLabel(text: string): "元" | "万元" | undefined {
  const m = /[(（](?:单位[:：])?\s*(万元|元)\s*[)）]/.exec(text);
  return m ? (m[1] as "元" | "万元") : undefined;
}
