/**
 * Text from PDFs printed by Chromium (and other Skia/FreeType producers) spells some ideographs with
 * radical code points: a CJK font draws 一 and the Kangxi radical ⼀ (U+2F00) with one glyph, and the
 * producer's ToUnicode map names the lower code point. Copy-paste from such a PDF gives "⼀、总体情况";
 * every label comparison would fail. This maps the radicals back to the ideographs they were typed as.
 */

/**
 * CJK Radicals Supplement (U+2E80–U+2EFF) → the ideograph that shares its glyph in Noto Sans/Serif CJK SC,
 * as pairs (radical, ideograph). Derived from those fonts' cmaps; these have no Unicode decomposition.
 */
const SUPPLEMENT_PAIRS =
  "⺂乛⺃乚⺅亻⺉刂⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺘扌⺙攵⺛旡⺞歺⺟母⺠民⺡氵⺣灬⺤爫⺦丬⺨犭⺫罒⺭礻⺯糹⺰纟⺱罓⺲罒⺹耂⺺肀⺾艹⻁虎⻂衤⻃覀⻅见⻆角⻈讠⻉贝⻋车⻌辶⻐钅⻑長⻒镸⻓长⻔门⻖阝⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟";

/** Kangxi radicals whose simplified-Chinese glyph is not their compatibility decomposition (⼾ is drawn as 户, not 戶). */
const KANGXI_OVERRIDES: Record<string, string> = { "\u2f3e": "\u6237" };

let supplement: Map<string, string> | undefined;

function supplementMap(): Map<string, string> {
  if (supplement) return supplement;
  const chars = [...SUPPLEMENT_PAIRS];
  supplement = new Map();
  for (let i = 0; i + 1 < chars.length; i += 2) supplement.set(chars[i], chars[i + 1]);
  return supplement;
}

/**
 * Punctuation the same fonts draw with one glyph for two code points, read back as the rarer one: 〈〉 as
 * U+2329/U+232A, ／ as the division slash, ～ as the wave dash; and "——" (two em dashes), drawn as one
 * two-em-dash ligature, read back as U+2E3A.
 */
const SHARED_PUNCTUATION: Record<string, string> = {
  "\u2329": "\u3008",
  "\u232a": "\u3009",
  "\u2215": "\uff0f",
  "\u301c": "\uff5e",
  "\u2e3a": "\u2014\u2014",
  "\u2e3b": "\u2014\u2014\u2014",
};

const TO_UNDO = /[\u2215\u2329\u232a\u301c\u2e3a\u2e3b\u2e80-\u2fdf\uf900-\ufaff]/u;

/** Text as it was typed: radicals, compatibility ideographs and shared-glyph punctuation replaced by what they stand for. */
export function unifyIdeographs(text: string): string {
  if (!TO_UNDO.test(text)) return text;
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (SHARED_PUNCTUATION[ch]) out += SHARED_PUNCTUATION[ch];
    else if (code >= 0x2e80 && code <= 0x2eff) out += supplementMap().get(ch) ?? ch;
    else if (code >= 0x2f00 && code <= 0x2fdf) out += KANGXI_OVERRIDES[ch] ?? ch.normalize("NFKC");
    else if (code >= 0xf900 && code <= 0xfaff) out += ch.normalize("NFC");
    else out += ch;
  }
  return out;
}
