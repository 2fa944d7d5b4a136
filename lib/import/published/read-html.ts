import { HTMLElement, type Node, NodeType, parse } from "node-html-parser";
import type { DocBlock, DocRow, ReadDocument } from "./document";

/**
 * A saved web page (or the HTML a Word file converts to): the report's paragraphs and tables in order.
 *
 * Government sites wrap the report in layout tables (a frame, a column, a content cell) and print page
 * furniture around it (navigation, breadcrumbs, the footer with 主办单位 and 备案号). So the reader first
 * finds the report itself: the innermost element holding both its title and its last section; and it reads
 * a table as data only when it holds no other table and has rows of more than one cell. Merged cells are
 * expanded (rowspan/colspan), so every row lists a cell under every column.
 */

const SKIPPED = new Set(["script", "style", "noscript", "head", "title", "template", "iframe", "object", "select", "button", "svg", "map"]);
const BLOCKS = new Set([
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "section", "article", "header", "footer",
  "main", "aside", "nav", "blockquote", "pre", "center", "form", "fieldset", "address", "hr", "figure", "figcaption", "caption",
  "tr", "td", "th", "tbody", "thead", "tfoot",
]);
/** A span up to this many rows or columns is expanded; beyond it a page is not a report's table (a bomb). */
const MAX_SPAN = 60;
const MAX_GRID_CELLS = 20_000;

const clean = (text: string) => text.replace(/[\u00a0\u200b\ufeff]/g, " ").replace(/[ \t\r\f\v]+/g, " ").replace(/ *\n */g, "\n").trim();

const elements = (node: Node): HTMLElement[] => node.childNodes.filter((c): c is HTMLElement => c.nodeType === NodeType.ELEMENT_NODE);
const tag = (el: HTMLElement) => (el.rawTagName ?? "").toLowerCase();

/** The rows of a table, not those of tables nested in it. */
function ownRows(table: HTMLElement): HTMLElement[] {
  const rows: HTMLElement[] = [];
  for (const child of elements(table)) {
    const name = tag(child);
    if (name === "tr") rows.push(child);
    else if (name === "tbody" || name === "thead" || name === "tfoot") rows.push(...elements(child).filter((r) => tag(r) === "tr"));
  }
  return rows;
}

const cellsOf = (row: HTMLElement) => elements(row).filter((c) => tag(c) === "td" || tag(c) === "th");

/** The text of a cell as printed: <br> and block elements inside it become line breaks. */
function cellText(el: HTMLElement): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) parts.push(node.text.replace(/\s*\n\s*/g, " "));
    else if (node instanceof HTMLElement) {
      const name = tag(node);
      if (SKIPPED.has(name)) return;
      if (name === "br") return void parts.push("\n");
      const block = BLOCKS.has(name);
      if (block) parts.push("\n");
      for (const c of node.childNodes) walk(c);
      if (block) parts.push("\n");
    }
  };
  for (const c of el.childNodes) walk(c);
  return clean(parts.join("")).replace(/\n{2,}/g, "\n");
}

const span = (el: HTMLElement, name: string) => Math.min(MAX_SPAN, Math.max(1, Number.parseInt(el.getAttribute(name) ?? "1", 10) || 1));

/** The table's grid with every merged cell repeated over the rows and columns it spans. */
function expandTable(rows: HTMLElement[]): DocRow[] {
  const grid: string[][] = [];
  let cells = 0;
  rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of cellsOf(row)) {
      while (grid[r][c] !== undefined) c++;
      const text = cellText(cell);
      const rs = span(cell, "rowspan");
      const cs = span(cell, "colspan");
      for (let dr = 0; dr < rs && r + dr < rows.length; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < cs; dc++) {
          if (++cells > MAX_GRID_CELLS) return;
          grid[r + dr][c + dc] = text;
        }
      }
      c += cs;
    }
  });
  return grid.map((cellsInRow) => ({ cells: Array.from(cellsInRow, (t) => ({ text: t ?? "" })) }));
}

/** A table of the report, or one the page lays itself out with? */
function isDataTable(table: HTMLElement): boolean {
  if (table.querySelector("table")) return false;
  const rows = ownRows(table);
  return rows.length >= 1 && rows.some((r) => cellsOf(r).length >= 2);
}

function readBlocks(root: HTMLElement): DocBlock[] {
  const blocks: DocBlock[] = [];
  let buffer = "";
  const flush = () => {
    for (const line of clean(buffer).split("\n")) if (line.trim()) blocks.push({ kind: "text", text: line.trim() });
    buffer = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      buffer += node.text.replace(/\s*\n\s*/g, " ");
      return;
    }
    if (!(node instanceof HTMLElement)) return;
    const name = tag(node);
    if (SKIPPED.has(name)) return;
    if (name === "br") {
      buffer += "\n";
      return;
    }
    if (name === "table") {
      flush();
      if (isDataTable(node)) blocks.push({ kind: "table", rows: expandTable(ownRows(node)) });
      else for (const row of ownRows(node)) for (const cell of cellsOf(row)) {
        walk(cell);
        flush();
      }
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (const child of node.childNodes) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks;
}

const TITLE = /政府信息公开(?:工作)?年度报告/;
/** The first and last section headings as numbered headings: a 编制说明 that lists the parts has no "六、". */
const FIRST_SECTION = /一\s*[、.．]\s*总体情况/;
const LAST_SECTION = /六\s*[、.．]\s*其他需要报告的事项/;
const holdsReport = (el: HTMLElement) => {
  const text = el.text;
  return TITLE.test(text) && FIRST_SECTION.test(text) && LAST_SECTION.test(text);
};

/** The innermost element holding the report's title and its first and last sections; the whole page if none does. */
function reportRoot(doc: HTMLElement): HTMLElement {
  let root = doc.querySelector("body") ?? doc;
  if (!holdsReport(root)) return root;
  for (;;) {
    const inner = elements(root).find((c) => !SKIPPED.has(tag(c)) && holdsReport(c));
    if (!inner) return root;
    root = inner;
  }
}

export function readHtml(html: string): ReadDocument {
  // The parser's defaults keep script, style and pre content as raw text (a script's "<table>" is not a table); the walk skips them.
  const doc = parse(html, { comment: false });
  return { source: "html", blocks: readBlocks(reportRoot(doc)) };
}
