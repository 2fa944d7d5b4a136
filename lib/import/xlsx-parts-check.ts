import { XLSX_LIMITS } from "./import-limits";

/**
 * Checks the unpacked XML of a workbook before the spreadsheet reader (exceljs) sees it. The reader makes
 * an object for every element, and for some ranges one per cell of the range: a merged range or a data
 * validation over A1:XFD1048576 is 17 billion cells from 40 bytes of XML, a column span up to 10⁹ is a
 * billion columns. The application's sheets are small (under 300 cells in under 30 rows each), so the
 * limits here are tight; a file over them is refused with the reason, never read.
 *
 * Scans the markup as text: attribute values must be plain A1 references (an entity-encoded one, which
 * the reader would decode, is refused as not a reference).
 */

const L = XLSX_LIMITS;
const TOO_COMPLEX = "文件内容过于复杂，不是本系统导出的报告文件，未导入。";

/** Any namespace prefix, for counting. */
const P = "(?:[A-Za-z_][\\w.-]*:)?";

/** Matches of a global pattern, counted up to one past `limit` (a bomb is not counted to the end). */
function count(text: string, re: RegExp, limit: number): number {
  let n = 0;
  re.lastIndex = 0;
  while (n <= limit && re.exec(text)) n++;
  return n;
}

/** The longest start tag read: far more than any workbook writes (a data validation's texts are under 1 KB). */
const MAX_TAG = 8192;
const TAG_BODY = /^((?:[^>"']|"[^"]*"|'[^']*')*)>/;

/**
 * The attribute text of every unprefixed `name` element, in order; null for a start tag that cannot be
 * read within MAX_TAG characters (the caller refuses the file: an element it cannot read may be one the
 * reader expands). A quoted value may hold ">". Each tag is read from a window of its own, so a file of
 * unclosed tags costs MAX_TAG per tag, not the rest of the file.
 */
function* tagsOf(text: string, name: string): Generator<string | null> {
  const open = new RegExp(`<${name}(?=[\\s/>])`, "g");
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const start = m.index + m[0].length;
    yield TAG_BODY.exec(text.slice(start, start + MAX_TAG))?.[1] ?? null;
  }
}
const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
const attrValue = (m: RegExpExecArray | null) => (m ? (m[1] ?? m[2]) : undefined);

interface Cell {
  row: number;
  col: number;
}

function cellRef(ref: string): Cell | null {
  const m = /^\$?([A-Z]{1,3})\$?([1-9]\d{0,6})$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** A1 or A1:B2 → its cells' count, or null when it is not a reference within the sheet's bounds. */
function rangeCells(ref: string): number | null {
  const [a, b, extra] = ref.split(":");
  if (extra !== undefined) return null;
  const from = cellRef(a);
  const to = b === undefined ? from : cellRef(b);
  if (!from || !to) return null;
  for (const c of [from, to]) if (c.row > L.maxRow || c.col > L.maxColumn) return null;
  return (Math.abs(to.row - from.row) + 1) * (Math.abs(to.col - from.col) + 1);
}

const OUT_OF_BOUNDS = `文件中有单元格或区域超出本系统表格的范围（第 ${L.maxRow} 行、第 ${L.maxColumn} 列以外），不是本系统导出的报告文件，未导入。`;

function checkSheet(xml: string, budget: { cells: number; rangeCells: number }): string | null {
  const rows = count(xml, new RegExp(`<${P}row(?=[\\s/>])`, "g"), L.maxRowsPerSheet);
  const cells = count(xml, new RegExp(`<${P}c(?=[\\s/>])`, "g"), L.maxCellsPerSheet);
  if (rows > L.maxRowsPerSheet) return `文件中的一个工作表超过 ${L.maxRowsPerSheet} 行，不是本系统导出的报告文件，未导入。`;
  if (cells > L.maxCellsPerSheet) return `文件中的一个工作表超过 ${L.maxCellsPerSheet} 个单元格，不是本系统导出的报告文件，未导入。`;
  budget.cells += cells;
  if (budget.cells > L.maxCells) return `文件中的单元格超过 ${L.maxCells} 个，不是本系统导出的报告文件，未导入。`;

  // Counted above with any namespace prefix; checked here as the reader reads them, unprefixed (it ignores x:row).
  for (const tag of tagsOf(xml, "row")) {
    if (tag === null) return TOO_COMPLEX;
    const r = attrValue(attr(tag, "r"));
    if (r !== undefined && !(/^[1-9]\d{0,6}$/.test(r) && Number(r) <= L.maxRow)) return OUT_OF_BOUNDS;
  }
  for (const tag of tagsOf(xml, "c")) {
    if (tag === null) return TOO_COMPLEX;
    const r = attrValue(attr(tag, "r"));
    if (r !== undefined && rangeCells(r) === null) return OUT_OF_BOUNDS;
  }
  let cols = 0;
  for (const tag of tagsOf(xml, "col")) {
    if (tag === null || ++cols > L.maxMerges) return TOO_COMPLEX;
    const min = attrValue(attr(tag, "min"));
    const max = attrValue(attr(tag, "max"));
    // Excel has 16,384 columns; the reader makes an object for each one a span covers.
    for (const v of [min, max]) if (v === undefined || !/^[1-9]\d{0,4}$/.test(v) || Number(v) > 16_384) return OUT_OF_BOUNDS;
  }
  // The reader expands these two into a cell each (x14: validations it leaves alone).
  for (const [name, attribute] of [
    ["mergeCell", "ref"],
    ["dataValidation", "sqref"],
  ] as const) {
    let n = 0;
    for (const tag of tagsOf(xml, name)) {
      if (tag === null || ++n > L.maxMerges) return TOO_COMPLEX;
      const value = attrValue(attr(tag, attribute));
      if (value === undefined) continue;
      for (const ref of value.trim().split(/\s+/)) {
        const n = rangeCells(ref);
        if (n === null) return OUT_OF_BOUNDS;
        budget.rangeCells += n;
        if (budget.rangeCells > L.maxRangeCells) return `文件中的合并单元格或数据验证区域过大（共超过 ${L.maxRangeCells} 个单元格），不是本系统导出的报告文件，未导入。`;
      }
    }
  }
  return null;
}

/** null when every part is within the limits, else why the file is refused. */
export function checkXlsxParts(parts: ReadonlyMap<string, Uint8Array>): string | null {
  const budget = { cells: 0, rangeCells: 0, elements: 0 };
  let sheets = 0;
  for (const [name, bytes] of parts) {
    if (!/\.(?:xml|rels|vml)$/i.test(name)) continue;
    // Markup is ASCII; Latin-1 keeps every byte one character, so offsets and tags survive any encoding of the text.
    const xml = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
    // No DTDs: a workbook never has one, and entities are how XML multiplies itself.
    if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return "文件中含有 Excel 文件中不应有的 XML 声明（DOCTYPE），不是本系统导出的报告文件，未导入。";
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) {
      if (++sheets > L.maxSheets) return `文件中的工作表超过 ${L.maxSheets} 个，不是本系统导出的报告文件，未导入。`;
      const problem = checkSheet(xml, budget);
      if (problem) return problem;
    }
    budget.elements += count(xml, /<[A-Za-z_]/g, L.maxElements - budget.elements);
    if (budget.elements > L.maxElements) return TOO_COMPLEX;
  }
  return null;
}
