import {
  cellKey,
  headerRows,
  labelDepth,
  listLines,
  rowGroupColumns,
  rowLabelCells,
  type AmountUnit,
  type CellEntry,
  type ColumnDef,
  type TableDef,
} from "@/lib/report-format";
import { printedValue } from "./report-model";
import type { PublishedReport } from "./snapshot";

/**
 * The printed geometry of a published report's tables, shared by the Word and Excel exports.
 * Rows are listed like HTML: a cell covered by another's span is omitted. Rendered from the snapshot alone.
 */

export type LayoutCellKind = "corner" | "header" | "group" | "label" | "unit" | "value";

export interface LayoutCell {
  kind: LayoutCellKind;
  text: string;
  colSpan: number;
  rowSpan: number;
  /** Value cells: the cell key and the number as printed (blank cells have no entry). */
  key?: string;
  entry?: CellEntry;
  /** Value cells: the unit printed in the cell itself, when the column header does not carry it. */
  unit?: AmountUnit;
  /** Label cells of list tables: indentation level (groups and 其中 rows). */
  indent?: number;
}

export interface TableLayoutModel {
  table: TableDef;
  columnCount: number;
  /** Leading columns holding labels (not values). */
  labelColumns: number;
  headerRowCount: number;
  /** Header rows first, then body rows. */
  rows: LayoutCell[][];
}

const span = (kind: LayoutCellKind, text: string, colSpan = 1, rowSpan = 1): LayoutCell => ({ kind, text, colSpan, rowSpan });

/** The unit shared by every filled value of an amount column (printed in its header), if there is one. */
export function columnUnit(report: PublishedReport, table: TableDef, col: ColumnDef, rowKeys: string[]): AmountUnit | undefined {
  if (col.kind !== "amount") return undefined;
  const units = new Set(rowKeys.map((r) => report.values[cellKey(table, r, col.key)]).filter(Boolean).map((e) => e!.unit));
  return units.size === 1 ? [...units][0] : undefined;
}

function valueCell(report: PublishedReport, table: TableDef, rowKey: string, col: ColumnDef, headerUnit: AmountUnit | undefined): LayoutCell {
  const key = cellKey(table, rowKey, col.key);
  const entry = report.values[key];
  const unit = entry?.unit && entry.unit !== headerUnit ? entry.unit : undefined;
  return { ...span("value", printedValue(entry, { headerUnit, unitSeparator: "" })), key, entry, unit };
}

function headerLabel(col: ColumnDef, unit: AmountUnit | undefined): string {
  return unit ? `${col.label}（${unit}）` : col.label;
}

function gridLayout(report: PublishedReport, table: TableDef): TableLayoutModel {
  const rowKeys = table.rows.map((r) => r.key);
  const units = new Map(table.columns.map((c) => [c.key, columnUnit(report, table, c, rowKeys)]));
  const leaves = table.columns.map((c) => ({ ...c, label: headerLabel(c, units.get(c.key)) }));
  const header = headerRows(leaves);
  const depth = labelDepth(table.rows);
  const rows: LayoutCell[][] = header.map((cells, i) => [
    ...(i === 0 ? [span("corner", table.corner ?? "", depth, header.length)] : []),
    ...cells.map((c) => span("header", c.label, c.colSpan, c.rowSpan)),
  ]);
  rowLabelCells(table.rows).forEach((labels, i) => {
    const row = table.rows[i];
    rows.push([
      ...labels.map((c) => span(c.rowSpan > 1 ? "group" : "label", c.label, c.colSpan, c.rowSpan)),
      ...table.columns.map((col) => valueCell(report, table, row.key, col, units.get(col.key))),
    ]);
  });
  return { table, columnCount: depth + table.columns.length, labelColumns: depth, headerRowCount: header.length, rows };
}

function listLayout(report: PublishedReport, table: TableDef): TableLayoutModel {
  const col = table.columns[0];
  const rows: LayoutCell[][] = [[span("corner", table.corner ?? "统计指标"), span("header", "单位"), span("header", col?.label ?? "统计数")]];
  for (const line of listLines(table)) {
    if (line.type === "heading") {
      rows.push([{ ...span("label", line.label), indent: line.indent }, span("unit", "——"), span("value", "")]);
    } else {
      rows.push([
        { ...span("label", line.row.label), indent: line.indent },
        span("unit", line.row.unit ?? ""),
        valueCell(report, table, line.row.key, col, undefined),
      ]);
    }
  }
  return { table, columnCount: 3, labelColumns: 2, headerRowCount: 1, rows };
}

function rowGroupsLayout(report: PublishedReport, table: TableDef): TableLayoutModel {
  const columns = rowGroupColumns(table);
  const header = headerRows(columns);
  const rows: LayoutCell[][] = header.map((cells) => cells.map((c) => span("header", c.label, c.colSpan, c.rowSpan)));
  rows.push(columns.map((col) => valueCell(report, table, col.rowKey, col, undefined)));
  return { table, columnCount: columns.length, labelColumns: 0, headerRowCount: header.length, rows };
}

export function tableLayout(report: PublishedReport, table: TableDef): TableLayoutModel {
  if (table.layout === "list") return listLayout(report, table);
  if (table.layout === "row-groups-as-columns") return rowGroupsLayout(report, table);
  return gridLayout(report, table);
}

/** A caption row is printed inside a table when it has a title the block heading does not already give. */
export function tableCaption(table: TableDef, blockHeading: string | undefined): string | undefined {
  if (!table.title || blockHeading?.endsWith(table.title)) return undefined;
  return table.title;
}

/** One heading rule for the page, the exports and the 填报稿: the format's. */
export { sectionHeading } from "@/lib/report-format";

/** A narrative's paragraphs; lines such as "（一）…" are subheadings. */
export function narrativeParagraphs(text: string | undefined): { text: string; subheading: boolean }[] {
  return (text ?? "")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ text: line, subheading: /^（[一二三四五六七八九十]+）/.test(line) && line.length <= 40 }));
}

/** 编制说明 as printed, from the snapshot's preamble. */
export function preambleText(report: PublishedReport): string | undefined {
  const text = report.narratives.preamble?.trim();
  if (!text) return undefined;
  return text.replace(/^编制说明[:：]\s*/, "");
}
