import type { TableDef } from "@/lib/report-format";

/**
 * Ids of the help texts a table prints beside its labels (format data: RowDef.help, ColumnDef.help).
 * A value cell points at them with aria-describedby, so the help is read out with the cell.
 */
function safe(s: string): string {
  return s.replace(/[^A-Za-z0-9_-]/g, "-");
}

export function rowHelpId(tableId: string, rowKey: string): string {
  return `help-${safe(tableId)}-r-${safe(rowKey)}`;
}

/** Table 四 prints its columns once per row group, so a column's help there is per group. */
export function colHelpId(tableId: string, colKey: string, rowKey?: string): string {
  return `help-${safe(tableId)}-c-${rowKey ? `${safe(rowKey)}-` : ""}${safe(colKey)}`;
}

/** The help ids for one value cell, row first: what a screen reader reads after the cell's name. */
export function cellHelpIds(table: TableDef, rowKey: string, colKey: string): string | undefined {
  const row = table.rows.find((r) => r.key === rowKey);
  const col = table.columns.find((c) => c.key === colKey);
  const ids: string[] = [];
  if (row?.help) ids.push(rowHelpId(table.id, rowKey));
  if (col?.help && table.layout !== "list") ids.push(colHelpId(table.id, colKey, table.layout === "row-groups-as-columns" ? rowKey : undefined));
  return ids.length ? ids.join(" ") : undefined;
}
