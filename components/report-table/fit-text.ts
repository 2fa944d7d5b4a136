/**
 * A text box does not grow with its text: it scrolls, and a wide value shows fewer digits than it holds
 * (310000 read as "31000"). The box is made at least as wide as its text: 1ch per digit (tabular figures are
 * as wide as "0"), 2ch per wide character, plus padding and border (px-2, border-2) and 1ch to spare.
 * The table then widens the column; the section scrolls sideways before anything is cut. Capped far above
 * the widest valid input ("999,999,999.9999"): a pasted paragraph is refused, not laid out.
 */
export function fitText(text: string): { minWidth: string } {
  let ch = 1;
  for (const c of text) ch += c.codePointAt(0)! > 0x2e7f ? 2 : 1;
  return { minWidth: `calc(${Math.min(ch, 40)}ch + 1.25rem)` };
}
