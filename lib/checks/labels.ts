import { sectionTitle, type ColumnDef, type ReportFormat, type RowDef, type TableDef } from "@/lib/report-format";

/**
 * Names of rows, columns and cells as messages print them: the official label without its leading
 * numbering ("1.", "（一）", "一、") and without a trailing note in brackets.
 */

const LEADING_NUMBER = /^\s*(?:[一二三四五六七八九十]+、|[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|\d+\s*[.．、](?!\d))\s*/;
const TRAILING_NOTE = /[（(][^（）()]*[）)]\s*$/;

/** Labels that read badly once stripped, by `${tableId}.${rowKey}`. */
const ROW_NAME_OVERRIDES: Record<string, string> = {
  "t3.handledTotal": "办理结果总计",
};

export function shortLabel(label: string): string {
  const s = label.replace(LEADING_NUMBER, "");
  const t = s.replace(TRAILING_NOTE, "");
  return t.trim() || s.trim();
}

/** A row's name: prefixed with its innermost group where the label alone is ambiguous (1.属于国家秘密). */
export function rowName(table: TableDef, row: RowDef): string {
  const override = ROW_NAME_OVERRIDES[`${table.id}.${row.key}`];
  if (override) return override;
  const groups = row.groups ?? [];
  const prefixed = groups.length >= 2 || (groups.length >= 1 && table.layout === "row-groups-as-columns");
  return prefixed ? `${shortLabel(groups[groups.length - 1])}·${shortLabel(row.label)}` : shortLabel(row.label);
}

export function columnName(column: ColumnDef): string {
  const groups = column.groups ?? [];
  return groups.length >= 2 ? `${shortLabel(groups[groups.length - 1])}·${shortLabel(column.label)}` : shortLabel(column.label);
}

interface CellNames {
  /** Row and column together ("规章·本年新制作数量"); the row alone in a list table (table A). */
  cell: string;
  row: string;
  column: string;
  /** Printed unit of a list row (条, 次, 篇), if any. */
  unit?: string;
}

const namesCache = new WeakMap<ReportFormat, Map<string, CellNames>>();

function buildNames(format: ReportFormat): Map<string, CellNames> {
  const out = new Map<string, CellNames>();
  const tables = new Map(format.tables.map((t) => [t.id, t]));
  for (const cell of format.cells) {
    const table = tables.get(cell.tableId)!;
    const row = table.rows.find((r) => r.key === cell.rowKey)!;
    const col = table.columns.find((c) => c.key === cell.colKey)!;
    const r = rowName(table, row);
    const c = columnName(col);
    out.set(cell.key, { cell: table.layout === "list" ? r : `${r}·${c}`, row: r, column: c, unit: row.unit });
  }
  return out;
}

/** Names of every cell of a format (cached per format). */
export function cellNames(format: ReportFormat, key: string): CellNames {
  let names = namesCache.get(format);
  if (!names) namesCache.set(format, (names = buildNames(format)));
  return names.get(key) ?? { cell: key, row: key, column: key };
}

/** A number as messages print it: integers plainly, decimals with at most 4 places. */
export function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Math.round(n * 10000) / 10000);
}

/** "五、存在的主要问题及改进情况" for a section key; "编制说明" for the preamble. */
export function sectionName(format: ReportFormat, sectionKey: string): string {
  return sectionTitle(format, sectionKey);
}
