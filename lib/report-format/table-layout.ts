import type { ColumnDef, RowDef, TableDef } from "./types";

/**
 * Spanning header and row-label geometry of a table, computed from the groups in the format data.
 * Shared by the form, the public page and the Word export so they print the same official layout.
 */

export interface SpanCell {
  label: string;
  colSpan: number;
  rowSpan: number;
  /** For a leaf header: the index of its column among the leaves (headers are printed by level, not by column). */
  leaf?: number;
}

type Labelled = { label: string; groups?: string[] };

function samePrefix(a: Labelled, b: Labelled, level: number): boolean {
  for (let i = 0; i <= level; i++) if (a.groups?.[i] !== b.groups?.[i]) return false;
  return true;
}

/** Header rows over the given leaf columns: a group spans its columns, a leaf spans the levels below it. */
export function headerRows(leaves: Labelled[]): SpanCell[][] {
  const depth = Math.max(0, ...leaves.map((c) => c.groups?.length ?? 0)) + 1;
  const rows: SpanCell[][] = Array.from({ length: depth }, () => []);
  for (let level = 0; level < depth; level++) {
    for (let i = 0; i < leaves.length; i++) {
      const col = leaves[i];
      const groupDepth = col.groups?.length ?? 0;
      if (groupDepth > level) {
        if (i > 0 && (leaves[i - 1].groups?.length ?? 0) > level && samePrefix(leaves[i - 1], col, level)) continue;
        let span = 1;
        while (i + span < leaves.length && (leaves[i + span].groups?.length ?? 0) > level && samePrefix(leaves[i + span], col, level)) span++;
        rows[level].push({ label: col.groups![level], colSpan: span, rowSpan: 1 });
      } else if (groupDepth === level) {
        rows[level].push({ label: col.label, colSpan: 1, rowSpan: depth - level, leaf: i });
      }
    }
  }
  return rows;
}

/** Number of label columns a grid needs: its deepest row group plus the row label itself. */
export function labelDepth(rows: RowDef[]): number {
  return Math.max(0, ...rows.map((r) => r.groups?.length ?? 0)) + 1;
}

/** For each row, the label cells printed at its left: group cells at the first row of their run, then the row label. */
export function rowLabelCells(rows: RowDef[]): SpanCell[][] {
  const depth = labelDepth(rows);
  return rows.map((row, i) => {
    const cells: SpanCell[] = [];
    const groups = row.groups ?? [];
    groups.forEach((g, level) => {
      if (i > 0 && (rows[i - 1].groups?.length ?? 0) > level && samePrefix(rows[i - 1], row, level)) return;
      let span = 1;
      while (i + span < rows.length && (rows[i + span].groups?.length ?? 0) > level && samePrefix(rows[i + span], row, level)) span++;
      cells.push({ label: g, colSpan: 1, rowSpan: span });
    });
    cells.push({ label: row.label, colSpan: depth - groups.length, rowSpan: 1 });
    return cells;
  });
}

/** Table 四's printed columns: each row group becomes a run of columns under its labels. */
export function rowGroupColumns(table: TableDef): (ColumnDef & { rowKey: string })[] {
  return table.rows.flatMap((row) =>
    table.columns.map((col) => ({ ...col, rowKey: row.key, groups: [...(row.groups ?? []), row.label] })),
  );
}

/** A list table's printed lines: a heading line whenever the group changes, then the row. */
export type ListLine = { type: "heading"; label: string; indent: number } | { type: "row"; row: RowDef; indent: number };

export function listLines(table: TableDef): ListLine[] {
  const lines: ListLine[] = [];
  let previous: string[] = [];
  for (const row of table.rows) {
    const groups = row.groups ?? [];
    groups.forEach((g, level) => {
      if (previous[level] !== g) lines.push({ type: "heading", label: g, indent: level });
    });
    previous = groups;
    lines.push({ type: "row", row, indent: groups.length + (row.partOf ? 1 : 0) });
  }
  return lines;
}
