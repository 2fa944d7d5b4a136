/**
 * What a spreadsheet puts on the clipboard, read into a rectangle of cell texts. Pure string work (no DOM),
 * so the same code runs in the browser and in unit tests. Excel and WPS put both text/plain (tab- and
 * newline-separated) and text/html (a <table>); the HTML is preferred because it carries merged cells.
 */

export type Block = string[][];

/**
 * text/plain as Excel writes it: rows end with CRLF (the last one too), cells are tab-separated, and a cell
 * holding a tab, newline or quote is quoted with "" for a quote inside. Empty cells keep their place.
 */
export function parseTsv(text: string): Block {
  const rows: Block = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  let atCellStart = true;
  while (i < text.length) {
    const ch = text[i];
    if (atCellStart && ch === '"') {
      // A quoted cell: up to the closing quote, "" standing for one quote.
      let j = i + 1;
      let quoted = "";
      let closed = false;
      while (j < text.length) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            quoted += '"';
            j += 2;
            continue;
          }
          closed = true;
          j++;
          break;
        }
        quoted += text[j++];
      }
      const next = text[j];
      if (closed && (next === undefined || next === "\t" || next === "\r" || next === "\n")) {
        cell = quoted;
        i = j;
        atCellStart = false;
        continue;
      }
      // Not a well-formed quoted cell: the quote is part of the text.
    }
    atCellStart = false;
    if (ch === "\t") {
      row.push(cell);
      cell = "";
      atCellStart = true;
      i++;
    } else if (ch === "\r" || ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      atCellStart = true;
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      cell += ch;
      i++;
    }
  }
  // The trailing newline ends the last row; it does not start an empty one.
  if (!atCellStart || cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const ENTITIES: Record<string, string> = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", ensp: " ", emsp: " ", thinsp: " " };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** A cell's text: <br> is a line break inside the cell, other tags go, entities are decoded, &nbsp; is a space. */
function cellText(inner: string): string {
  const text = inner
    // Source line breaks inside HTML are just whitespace; <br> is the cell's own line break.
    .replace(/[\r\n]+\s*/g, " ")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<[^>]*>/g, "");
  return decodeEntities(text).replace(/\u00a0/g, " ").replace(/[ \t]+\n/g, "\n").replace(/\n[ \t]+/g, "\n").trim();
}

function spanOf(attrs: string, name: string): number {
  const m = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, "i").exec(attrs);
  const n = m ? Number(m[1]) : 1;
  return n >= 1 && n <= 1000 ? n : 1;
}

/** The first <table> of a text/html clipboard as a rectangle; a merged cell's value sits at its top-left, the rest stay empty. Null when there is no table. */
export function parseHtmlTable(html: string): Block | null {
  const cleaned = html.replace(/<!--[\s\S]*?-->/g, "").replace(/<(style|script|head)\b[\s\S]*?<\/\1>/gi, "");
  const table = /<table\b[\s\S]*?(?:<\/table>|$)/i.exec(cleaned);
  if (!table) return null;
  const grid: (string | undefined)[][] = [];
  const rowRe = /<tr\b[^>]*>([\s\S]*?)(?=<tr\b|<\/table>|$)/gi;
  let r = 0;
  for (const rowMatch of table[0].matchAll(rowRe)) {
    grid[r] ??= [];
    let c = 0;
    const cellRe = /<(td|th)\b([^>]*)>([\s\S]*?)(?=<td\b|<th\b|<\/tr>|$)/gi;
    for (const m of rowMatch[1].matchAll(cellRe)) {
      while (grid[r][c] !== undefined) c++;
      const rowSpan = spanOf(m[2], "rowspan");
      const colSpan = spanOf(m[2], "colspan");
      const text = cellText(m[3].replace(/<\/(td|th)>[\s\S]*$/i, ""));
      for (let dr = 0; dr < rowSpan; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < colSpan; dc++) grid[r + dr][c + dc] = dr === 0 && dc === 0 ? text : "";
      }
      c += colSpan;
    }
    r++;
  }
  if (grid.length === 0) return null;
  const width = Math.max(...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ""));
}

/** The clipboard as a rectangle: the HTML table when there is one, else the plain text. */
export function parseClipboard(plain: string, html: string): Block {
  const fromHtml = html ? parseHtmlTable(html) : null;
  if (fromHtml && fromHtml.length > 0) return fromHtml;
  return parseTsv(plain);
}

/** True when the clipboard holds more than one cell (a block paste), not a value for one cell. */
export function isBlock(block: Block): boolean {
  return block.length > 1 || (block[0]?.length ?? 0) > 1;
}
