import type { DocBlock, DocRow, ReadDocument } from "./document";

/**
 * Pasted or saved plain text: a report copied out of a web page or a Word file. Three shapes of table
 * text are read, as copying produces them:
 * - flattened, one cell per line: each cell on a line of its own that starts with a tab, the rows
 *   separated by blank lines, merged cells as empty tab lines (the shape of a table copied from many
 *   government pages); a line without the tab right after a cell continues that cell (a label printed
 *   over two lines);
 * - tab-separated rows (a table copied from Word or Excel): one row per line, cells split by tabs;
 * - pipe-separated rows ("| 行政许可 | 707 | 176 |"), Markdown's separator lines skipped.
 * Every other line is a paragraph of text.
 */

const PIPE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

type LineKind = "blank" | "cell" | "tabRow" | "pipeRow" | "text";

function kindOf(line: string): LineKind {
  if (line.trim() === "" && !line.startsWith("\t")) return "blank";
  if (line.startsWith("\t") && !line.slice(1).includes("\t")) return "cell";
  if (line.includes("\t")) return "tabRow";
  if (/^\s*\|.*\|\s*$/.test(line) || (line.split("|").length >= 3 && !/[。；]/.test(line))) return "pipeRow";
  return "text";
}

const splitPipes = (line: string) => line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => c.trim());

export function readText(input: string): ReadDocument {
  const lines = input.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  const blocks: DocBlock[] = [];
  let table: DocRow[] | null = null;
  let row: string[] | null = null;

  const endRow = () => {
    if (row) (table ??= []).push({ cells: row.map((text) => ({ text })) });
    row = null;
  };
  const endTable = () => {
    endRow();
    if (table?.length) blocks.push({ kind: "table", rows: table });
    table = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const kind = kindOf(line);
    if (kind === "cell") {
      (row ??= []).push(line.slice(1).trim());
      continue;
    }
    if (kind === "text" && row && row.length > 0 && lines[i - 1] !== undefined && kindOf(lines[i - 1]) === "cell") {
      // A label printed over two lines: the second has lost its tab.
      row[row.length - 1] = `${row[row.length - 1]}\n${line.trim()}`;
      continue;
    }
    if (kind === "blank") {
      // Between the rows of a flattened table; a table of whole-line rows ends at its first blank line.
      if (row) endRow();
      else if (table) endTable();
      continue;
    }
    if (kind === "tabRow" || kind === "pipeRow") {
      endRow();
      if (kind === "pipeRow" && PIPE_SEPARATOR.test(line)) continue;
      const cells = kind === "tabRow" ? line.split("\t").map((c) => c.trim()) : splitPipes(line);
      (table ??= []).push({ cells: cells.map((text) => ({ text })) });
      continue;
    }
    endTable();
    blocks.push({ kind: "text", text: line.trim() });
  }
  endTable();
  return { source: "text", blocks };
}
