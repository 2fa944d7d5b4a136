import type { DocCell, DocRow } from "./document";
import { unifyIdeographs } from "./read-pdf-glyphs";
import type { TableGrid } from "./read-pdf-rulings";

/**
 * One PDF page's text positions turned into reading-order pieces of the shared document model: the cells
 * of the tables its rulings draw, paragraphs, and (where a table has no borders) rows grouped by position.
 */

/** A run of text as pdf.js reports it, in PDF user space (y upwards, baseline at y). */
export interface TextPiece {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
}

/** A text block of the page, with what paragraph joining across a page break needs to know. */
export interface PageText {
  kind: "text";
  text: string;
  size: number;
  /** The first line starts further right than the page's text (a paragraph's first-line indent). */
  indented: boolean;
  /** Space left at the end of the last line, up to the page's right text edge. */
  room: number;
  /** Width of the first line's leading unbreakable run (what would have had to fit on the line before). */
  lead: number;
  /** A page number or similar running text, not part of the content flow. */
  furniture: boolean;
}

export interface PageTable {
  kind: "table";
  rows: DocRow[];
  /** A ruled table's column boundaries, left to right. */
  columns?: number[];
}

export type PageBlock = PageText | PageTable;

interface Line {
  pieces: TextPiece[];
  y: number;
  x0: number;
  x1: number;
  size: number;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
const WORDISH = /[A-Za-z0-9]/;

export function textPieces(items: readonly PdfTextItem[]): TextPiece[] {
  const out: TextPiece[] = [];
  for (const item of items) {
    if (!item.str || !item.str.trim()) continue;
    const [, , c, d, e, f] = item.transform;
    const size = Math.hypot(c, d) || 1;
    out.push({ text: unifyIdeographs(item.str.replace(/\u00a0/g, " ")), x0: e, x1: e + item.width, y: f, size });
  }
  return out;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Pieces on one baseline (within a third of the text size), top to bottom, left to right. */
function groupLines(pieces: TextPiece[]): Line[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const lines: Line[] = [];
  for (const p of sorted) {
    const line = lines.find((l) => Math.abs(l.y - p.y) <= Math.max(l.size, p.size) * 0.35);
    if (line) {
      line.pieces.push(p);
      line.x0 = Math.min(line.x0, p.x0);
      line.x1 = Math.max(line.x1, p.x1);
      line.size = Math.max(line.size, p.size);
    } else {
      lines.push({ pieces: [p], y: p.y, x0: p.x0, x1: p.x1, size: p.size });
    }
  }
  for (const l of lines) l.pieces.sort((a, b) => a.x0 - b.x0);
  return lines.sort((a, b) => b.y - a.y);
}

/** A line's text: pieces joined, with a space where they stand apart and are not already spaced. */
function lineText(pieces: TextPiece[]): string {
  let text = "";
  let prev: TextPiece | undefined;
  for (const p of pieces) {
    if (prev && p.x0 - prev.x1 > 0.25 * Math.max(prev.size, p.size) && !/\s$/.test(text) && !/^\s/.test(p.text)) text += " ";
    text += p.text;
    prev = p;
  }
  return text.replace(/[ \t]+$/, "");
}

/** Lines of one paragraph joined: CJK without a space, words with one. */
export function joinLines(a: string, b: string): string {
  if (!a) return b;
  const last = a[a.length - 1];
  const first = b[0];
  if (WORDISH.test(last) && WORDISH.test(first) && !CJK.test(last)) return `${a} ${b}`;
  return a + b;
}

/** A grid cell's pieces, split where pdf.js ran two cells' text into one item. */
function splitAcross(piece: TextPiece, boundaries: number[]): TextPiece[] {
  const inside = boundaries.filter((x) => x > piece.x0 + 1 && x < piece.x1 - 1);
  if (inside.length === 0 || !/\s/.test(piece.text.trim())) return [piece];
  const tokens = piece.text.split(/(\s+)/);
  const total = weight(piece.text) || 1;
  const out: TextPiece[] = [];
  let x = piece.x0;
  for (const token of tokens) {
    const w = ((piece.x1 - piece.x0) * weight(token)) / total;
    if (token.trim()) out.push({ ...piece, text: token, x0: x, x1: x + w });
    x += w;
  }
  return out;
}

const middleY = (p: TextPiece) => p.y + p.size * 0.3;

const weight = (s: string) => [...s].reduce((n, ch) => n + (CJK.test(ch) ? 1 : 0.55), 0);

/** What a line break cannot split at the start of a line: a number or word with its brackets, or one character and the punctuation after it. */
const LEADING_RUN = /^[〔（(《“‘【[]*(?:[A-Za-z0-9][A-Za-z0-9.,%\-/:]*|.)[，。、；：？！）〕》”’】\]%]*/u;

function leadWidth(line: Line): number {
  const first = line.pieces[0];
  const run = LEADING_RUN.exec(first.text)?.[0] ?? first.text;
  return ((first.x1 - first.x0) * weight(run)) / (weight(first.text) || 1);
}

/** A line that ended although the next line's first run would have fitted after it: the paragraph ended there. */
const endedBefore = (room: number, lead: number, size: number) => room > lead + 0.5 * size;

function gridContains(grid: TableGrid, x: number, y: number): boolean {
  return x >= grid.left - 1 && x <= grid.right + 1 && y <= grid.top + 1 && y >= grid.bottom - 1;
}

function indexIn(bounds: number[], v: number, descending: boolean): number {
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [a, b] = descending ? [bounds[i + 1], bounds[i]] : [bounds[i], bounds[i + 1]];
    if (v >= a && v <= b) return i;
  }
  return descending ? (v > bounds[0] ? 0 : bounds.length - 2) : v < bounds[0] ? 0 : bounds.length - 2;
}

function cellText(pieces: TextPiece[]): string {
  return groupLines(pieces)
    .map((l) => lineText(l.pieces).trim())
    .filter(Boolean)
    .join("\n");
}

/** A ruled table: every grid position holds its merged cell's text (a cell spanning n columns appears n times). */
function gridTable(grid: TableGrid, pieces: TextPiece[]): PageTable {
  const byRegion = new Map<number, TextPiece[]>();
  const inner = grid.xs.slice(1, -1);
  for (const whole of pieces) {
    for (const p of splitAcross(whole, inner)) {
      const r = indexIn(grid.ys, middleY(p), true);
      const c = indexIn(grid.xs, (p.x0 + p.x1) / 2, false);
      const region = grid.region[r][c];
      byRegion.set(region, [...(byRegion.get(region) ?? []), p]);
    }
  }
  const texts = new Map([...byRegion].map(([region, ps]) => [region, cellText(ps)]));
  const rows: DocRow[] = grid.region.map((regions) => ({ cells: regions.map((region) => ({ text: texts.get(region) ?? "" })) }));
  return { kind: "table", rows, columns: grid.xs };
}

const sameX = (a: number, b: number) => Math.abs(a - b) <= 2;

function regrid(table: PageTable, columns: number[]): void {
  const own = table.columns!;
  const source = columns.slice(0, -1).map((x, j) => {
    const centre = (x + columns[j + 1]) / 2;
    return own.findIndex((left, i) => i + 1 < own.length && centre >= left && centre <= own[i + 1]);
  });
  table.rows = table.rows.map((row) => ({ cells: source.map((i) => ({ ...(row.cells[i] ?? { text: "" }) })) }));
  table.columns = columns;
}

/**
 * A table continued on the next page: the part whose rows happen to merge some columns (a page of table
 * 三 with only rows whose label spans all three label columns) draws fewer column lines than the other.
 * Where both parts share their outer edges and one's column lines are a subset of the other's, the coarser
 * part is expanded to the finer columns, as if its merged cells had been printed in full.
 */
export function alignColumns(a: PageTable, b: PageTable): void {
  if (!a.columns || !b.columns || a.columns.length === b.columns.length) return;
  const [coarse, fine] = a.columns.length < b.columns.length ? [a, b] : [b, a];
  const c = coarse.columns!;
  const f = fine.columns!;
  if (!sameX(c[0], f[0]) || !sameX(c[c.length - 1], f[f.length - 1])) return;
  if (!c.every((x) => f.some((y) => sameX(x, y)))) return;
  regrid(coarse, f);
}

const PAGE_NUMBER = /^[-—–－\s]*(第\s*)?\d{1,4}\s*(页)?\s*([/／]\s*\d{1,4}|共\s*\d{1,4}\s*页)?\s*(页)?[-—–－\s]*$/;

/** Cells of a line without rulings: runs of pieces separated by at least two characters' width. */
function columnsOf(line: Line): TextPiece[][] {
  const groups: TextPiece[][] = [];
  for (const p of line.pieces) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && p.x0 - prev.x1 < 2 * Math.max(prev.size, p.size)) last.push(p);
    else groups.push([p]);
  }
  return groups;
}

/**
 * Lines outside ruled tables into paragraphs and borderless tables. A paragraph breaks where the gap
 * between lines is larger than the page's usual line spacing, at a first-line indent, after a line that
 * stopped although the next line's first word would have fitted, or where the text size changes.
 * Consecutive lines of several well-separated runs are rows of a table without borders: each run a cell,
 * with its centre as DocCell.x.
 */
function flowBlocks(lines: Line[], left: number, right: number, spacing: number): PageBlock[] {
  const blocks: PageBlock[] = [];
  let para: { text: string; size: number; indented: boolean; lead: number; last: Line } | undefined;
  let rows: DocCell[][] = [];
  const flushPara = () => {
    if (!para) return;
    const furniture = PAGE_NUMBER.test(para.text);
    blocks.push({ kind: "text", text: para.text, size: para.size, indented: para.indented, room: right - para.last.x1, lead: para.lead, furniture });
    para = undefined;
  };
  const flushRows = () => {
    if (rows.length >= 2) blocks.push({ kind: "table", rows: rows.map((cells) => ({ cells })) });
    else for (const cells of rows) blocks.push({ kind: "text", text: cells.map((c) => c.text).join(" "), size: 0, indented: true, room: Infinity, lead: 0, furniture: false });
    rows = [];
  };
  let previous: Line | undefined;
  for (const line of lines) {
    const columns = columnsOf(line);
    if (columns.length >= 2) {
      flushPara();
      rows.push(columns.map((ps) => ({ text: cellText(ps), x: (ps[0].x0 + ps[ps.length - 1].x1) / 2 })));
      previous = line;
      continue;
    }
    flushRows();
    const text = lineText(line.pieces).trim();
    const indented = line.x0 > left + 0.8 * line.size;
    const breaks =
      !para ||
      !previous ||
      Math.abs(line.size - para.size) > para.size * 0.15 ||
      previous.y - line.y > (spacing || line.size * 1.5) * 1.3 ||
      indented ||
      endedBefore(right - para.last.x1, leadWidth(line), para.size);
    if (breaks) {
      flushPara();
      para = { text, size: line.size, indented, lead: leadWidth(line), last: line };
    } else if (para) {
      para.text = joinLines(para.text, text);
      para.last = line;
    }
    previous = line;
  }
  flushPara();
  flushRows();
  return blocks;
}

/** A page's blocks in reading order: ruled tables from their grids, everything else as flowing text. */
export function pageBlocks(pieces: TextPiece[], grids: TableGrid[]): PageBlock[] {
  const inGrid = new Map<TableGrid, TextPiece[]>(grids.map((g) => [g, []]));
  const free: TextPiece[] = [];
  for (const p of pieces) {
    const x = (p.x0 + p.x1) / 2;
    const grid = grids.find((g) => gridContains(g, x, middleY(p)));
    if (grid) inGrid.get(grid)!.push(p);
    else free.push(p);
  }
  const lines = groupLines(free);
  const left = Math.min(...lines.map((l) => l.x0));
  const right = Math.max(...lines.map((l) => l.x1));
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const gap = lines[i - 1].y - lines[i].y;
    if (Math.abs(lines[i - 1].size - lines[i].size) < 0.5 && gap < 3 * lines[i].size) gaps.push(gap);
  }
  const spacing = median(gaps);

  // Text between two tables must not run into one paragraph with text around them: cut the flow at each table.
  const blocks: PageBlock[] = [];
  let rest = lines;
  for (const grid of grids) {
    const above = rest.filter((l) => l.y > grid.top);
    rest = rest.filter((l) => l.y <= grid.top);
    blocks.push(...flowBlocks(above, left, right, spacing), gridTable(grid, inGrid.get(grid)!));
  }
  blocks.push(...flowBlocks(rest, left, right, spacing));
  return blocks;
}

/** Two text blocks on either side of a page break that are one paragraph. */
export function continues(previous: PageText, next: PageText): boolean {
  return !next.indented && !next.furniture && Math.abs(previous.size - next.size) <= previous.size * 0.15 && !endedBefore(previous.room, next.lead, previous.size);
}

