import { diffChars, diffWords } from "diff";
import { comparableText } from "./import-changes";

/**
 * What an import changes in a narrative, as text: runs of kept, inserted and deleted text, by word
 * (Chinese has no spaces: words are found with Intl.Segmenter, as a browser breaks lines), so a changed
 * number reads as "100 → 120" rather than as scattered characters.
 */

export interface DiffPart {
  kind: "same" | "insert" | "delete";
  text: string;
}

const segmenter = typeof Intl !== "undefined" && "Segmenter" in Intl ? new Intl.Segmenter("zh", { granularity: "word" }) : undefined;

export function narrativeDiff(from: string | undefined, to: string | undefined): DiffPart[] {
  const a = comparableText(from);
  const b = comparableText(to);
  const changes = segmenter ? diffWords(a, b, { intlSegmenter: segmenter }) : diffChars(a, b);
  const parts: DiffPart[] = [];
  for (const c of changes) {
    if (!c.value) continue;
    const kind = c.added ? "insert" : c.removed ? "delete" : "same";
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += c.value;
    else parts.push({ kind, text: c.value });
  }
  return parts;
}
