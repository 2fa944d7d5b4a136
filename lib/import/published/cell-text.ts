import { parseCellInput, type AmountUnit, type CellDef } from "@/lib/report-format";

/**
 * A table cell's text as printed, read as a value of its cell. Nothing is guessed and nothing is silently
 * changed: a blank, "/", "—" or "无" is a blank (never 0); "+19" is 19 and "1,234" is 1234, each with a
 * note the preview shows; an amount is converted to a unit its cell takes, with a note; anything else is
 * refused with the reason.
 */

export type CellReading =
  | { kind: "blank"; raw: string }
  | { kind: "value"; value: string; unit?: AmountUnit; note?: string; problem?: string }
  | { kind: "invalid"; raw: string; problem: string };

const BLANK = /^(?:|[/／\\]|[-－—–─]+|无|空|空白|暂无|N\/?A)$/i;
const NUMBERISH = /^[-+＋－]?[\d０-９][\d０-９,，.．]*\s*(?:万元|元)?$/;

export function isBlankText(text: string): boolean {
  return BLANK.test(text.replace(/\s+/g, ""));
}

/** Is this cell a value (a number or a blank marker), not a label? */
export function looksLikeValue(text: string): boolean {
  const t = text.replace(/\s+/g, "");
  return isBlankText(t) || NUMBERISH.test(t);
}

/** "6376.8025" in 元 → in 万元: the decimal point moved, exactly (no floating point). */
function shiftDecimal(value: string, places: number): string {
  const [int, frac = ""] = value.split(".");
  const digits = int + frac;
  let point = int.length + places;
  let padded = digits;
  if (point <= 0) {
    padded = "0".repeat(1 - point) + digits;
    point = 1;
  } else if (point > digits.length) padded = digits + "0".repeat(point - digits.length);
  const i = padded.slice(0, point).replace(/^0+(?=\d)/, "");
  const f = padded.slice(point).replace(/0+$/, "");
  return f ? `${i}.${f}` : i;
}

export function readCellText(cell: Pick<CellDef, "kind" | "units">, printed: string, headerUnit?: AmountUnit): CellReading {
  const raw = printed.trim();
  let text = raw.normalize("NFKC").replace(/\s+/g, "");
  if (isBlankText(text)) return { kind: "blank", raw };
  const notes: string[] = [];
  let unit: AmountUnit | undefined;
  const suffix = /^(.*?)(万元|元)$/.exec(text);
  if (suffix) {
    text = suffix[1];
    unit = suffix[2] as AmountUnit;
  }
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) {
    notes.push(`“${raw}”中的逗号为千位分隔符，读作 ${text.replace(/,/g, "")}`);
    text = text.replace(/,/g, "");
  }
  if (cell.kind !== "amount" && unit) return { kind: "invalid", raw, problem: `“${raw}”带有金额单位，该格应填写数量` };
  if (/^\+\d/.test(text)) {
    notes.push(`“${raw}”读作 ${text.slice(1)}`);
    text = text.slice(1);
  }
  if (cell.kind === "amount") {
    unit ??= headerUnit;
    const units = cell.units ?? ["万元"];
    if (!unit) {
      unit = units[0];
      notes.push(`表中未注明金额单位，按${unit}读取，请核对`);
    } else if (!units.includes(unit)) {
      const target = units[0];
      if (!/^\d+(?:\.\d+)?$/.test(text)) return { kind: "invalid", raw, problem: `“${raw}”不是金额数字` };
      const converted = shiftDecimal(text, unit === "元" ? -4 : 4);
      notes.push(`${text}${unit}换算为 ${converted}${target}`);
      text = converted;
      unit = target;
    }
    const parsed = parseCellInput(cell, text, unit);
    if (!parsed.ok) return { kind: "value", value: text, unit, note: notes.join("；") || undefined, problem: parsed.message };
    return { kind: "value", value: parsed.value!, unit, note: notes.join("；") || undefined };
  }
  const parsed = parseCellInput(cell, text);
  if (!parsed.ok) return { kind: "invalid", raw, problem: parsed.message };
  if (parsed.value === null) return { kind: "blank", raw };
  return { kind: "value", value: parsed.value, note: notes.join("；") || undefined };
}
