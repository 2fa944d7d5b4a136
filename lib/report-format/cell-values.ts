import type { AmountUnit, CellDef, ReportFormat } from "./types";

/** A filled cell. A blank cell is absent: blank is not zero. Values are canonical decimal strings. */
export interface CellEntry {
  value: string;
  unit?: AmountUnit;
}

export type ReportValues = Record<string, CellEntry>;

/** VAL-TYPE: nothing above 10^9. */
export const MAX_VALUE = 1_000_000_000;
/** VAL-TYPE: amounts to the 分 — 2 decimals in 元, 6 in 万元 (real reports print 万元 amounts to six places). */
export const AMOUNT_DECIMALS: Record<AmountUnit, number> = { 元: 2, 万元: 6 };

export type ParseResult = { ok: true; value: string | null } | { ok: false; message: string };

const FULL_WIDTH = /[０-９．－＋，]/g;

/** Chinese input methods often produce full-width digits and signs; read them as ASCII. */
function normalize(raw: string): string {
  return raw.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/[−–]/g, "-");
}

const MESSAGES = {
  count: "请输入非负整数（0 或正整数，不能有小数、负号或文字）",
  signed: "请输入整数，减少用负数表示，如 -8",
  tooLarge: "数值过大：不能超过 1000000000",
  // A row or block copied from a spreadsheet arrives tab- and newline-separated: it is several numbers.
  several: "一个单元格只能填一个数字：输入的内容含有制表符或换行（像是从表格复制的多个单元格），请逐格填写",
} as const;

/** Digits grouped by three with commas: 1,234 / 12,345,678, optionally signed and with decimals. */
const GROUPED = /^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** The person's own text in a message, shortened so the message stays readable beside a cell. */
function quoted(text: string): string {
  const chars = [...text];
  return `“${chars.length > 20 ? `${chars.slice(0, 20).join("")}…` : text}”`;
}

/**
 * Separators and whitespace, read strictly: a comma is a thousands separator only where it groups digits
 * by three, and whitespace only surrounds a number. Stripping them anywhere turned "1,5" into 15.
 */
function plainDigits(raw: string): { ok: true; text: string } | { ok: false; message: string } {
  const text = normalize(raw).trim();
  if (/[\t\n\r\v\f\u2028\u2029]/.test(text)) return { ok: false, message: MESSAGES.several };
  if (/\s/.test(text)) return { ok: false, message: `${quoted(raw.trim())}不是有效的数字：数字中间不能有空格` };
  if (!text.includes(",")) return { ok: true, text };
  if (!GROUPED.test(text)) return { ok: false, message: `${quoted(raw.trim())}不是有效的数字：逗号只能用作千位分隔符（如 1,234）` };
  return { ok: true, text: text.replace(/,/g, "") };
}

/**
 * Reads what a person typed into a cell. Blank → null (the cell is cleared).
 * Anything that is not a valid value of the cell's kind is refused with a Chinese message. An amount is read
 * in its unit (the cell's first unit when none is given): how many decimals it may have depends on it.
 */
export function parseCellInput(cell: Pick<CellDef, "kind" | "units">, raw: string, unit?: AmountUnit): ParseResult {
  const plain = plainDigits(raw);
  if (!plain.ok) return plain;
  const s = plain.text;
  if (s === "") return { ok: true, value: null };
  if (cell.kind === "amount") {
    const inUnit = unit ?? cell.units?.[0] ?? "万元";
    const places = AMOUNT_DECIMALS[inUnit];
    const m = /^(\d+)(?:\.(\d+))?$/.exec(s);
    if (!m || (m[2] !== undefined && m[2].length > places)) return { ok: false, message: `请输入金额数字，不能为负数；以${inUnit}为单位最多 ${places} 位小数` };
    if (Number(s) > MAX_VALUE) return { ok: false, message: MESSAGES.tooLarge };
    const int = m[1].replace(/^0+(?=\d)/, "");
    const frac = (m[2] ?? "").replace(/0+$/, "");
    return { ok: true, value: frac ? `${int}.${frac}` : int };
  }
  const pattern = cell.kind === "signed" ? /^[-+]?\d+$/ : /^\+?\d+$/;
  if (!pattern.test(s)) return { ok: false, message: cell.kind === "signed" ? MESSAGES.signed : MESSAGES.count };
  const n = Number(s);
  if (Math.abs(n) > MAX_VALUE) return { ok: false, message: MESSAGES.tooLarge };
  return { ok: true, value: String(n === 0 ? 0 : n) };
}

/** True when a stored value is valid for its cell (used to re-validate anything that reaches the server). */
export function isValidStoredValue(cell: CellDef, entry: CellEntry): boolean {
  const parsed = parseCellInput(cell, entry.value, entry.unit);
  if (!parsed.ok || parsed.value !== entry.value) return false;
  if (cell.kind === "amount") return entry.unit !== undefined && (cell.units ?? []).includes(entry.unit);
  return entry.unit === undefined;
}

/**
 * Values of the derived cells (总计 column, （七）总计 row) from the input cells.
 * A derived cell is blank only when all its parts are blank; otherwise blanks count as 0.
 */
export function computeDerived(format: ReportFormat, values: ReportValues): Record<string, string | null> {
  const memo = new Map<string, number | null>();
  const valueOf = (key: string): number | null => {
    if (memo.has(key)) return memo.get(key)!;
    const cell = format.cellByKey.get(key);
    let result: number | null;
    if (cell?.sumOf) {
      let sum = 0;
      let any = false;
      for (const part of cell.sumOf) {
        const v = valueOf(part);
        if (v !== null) {
          sum += v;
          any = true;
        }
      }
      result = any ? sum : null;
    } else {
      const entry = values[key];
      result = entry ? Number(entry.value) : null;
    }
    memo.set(key, result);
    return result;
  };
  const out: Record<string, string | null> = {};
  for (const cell of format.cells) {
    if (cell.sumOf) {
      const v = valueOf(cell.key);
      out[cell.key] = v === null ? null : String(v);
    }
  }
  return out;
}

/** Input cells plus derived cells: what a printed table shows. */
export function withDerived(format: ReportFormat, values: ReportValues): ReportValues {
  const all: ReportValues = { ...values };
  for (const [key, v] of Object.entries(computeDerived(format, values))) {
    if (v === null) delete all[key];
    else all[key] = { value: v };
  }
  return all;
}

/** Filled input cells / input cells, for a section or a whole report. */
export function progressOf(cells: CellDef[], values: ReportValues): { filled: number; total: number } {
  const inputs = cells.filter((c) => !c.sumOf);
  return { filled: inputs.filter((c) => values[c.key] !== undefined).length, total: inputs.length };
}

/** The input cells a cell is made of: itself for an input, the parts of its parts for a total. */
export function inputCellsOf(format: ReportFormat, key: string): string[] {
  const cell = format.cellByKey.get(key);
  if (!cell?.sumOf) return [key];
  return cell.sumOf.flatMap((part) => inputCellsOf(format, part));
}
