import { sectionTableBlocks, type AmountUnit, type CellEntry, type ReportFormat, type SectionDef, type TableDef } from "@/lib/report-format";
import type { PublishedReport } from "./snapshot";

/** Pure helpers over a published snapshot, shared by the public page and the Word/Excel exports. */

export interface PrintedValueOptions {
  /** The unit the column header already prints; a value in that unit is printed without it. */
  headerUnit?: AmountUnit;
  /**
   * Between number and unit. The web page uses a space ("6376.8025 万元"), easier to read in a narrow
   * cell; the Word and Excel exports write them together ("6376.8025万元") as printed reports do. Both
   * forms are published and asserted by tests, so each caller states its own.
   */
  unitSeparator: " " | "";
}

/** A value as printed: the canonical number, with its unit unless the header carries it; a blank cell prints nothing. */
export function printedValue(entry: CellEntry | undefined, { headerUnit, unitSeparator }: PrintedValueOptions): string {
  if (!entry) return "";
  return entry.unit && entry.unit !== headerUnit ? `${entry.value}${unitSeparator}${entry.unit}` : entry.value;
}

/** A cell as a number for charts and comparisons; blank counts as 0 only where noted by the caller. */
export function numberAt(report: PublishedReport, key: string): number | null {
  const entry = report.values[key];
  if (!entry) return null;
  const n = Number(entry.value);
  return Number.isFinite(n) ? n : null;
}

/** A table of the snapshot, if it has it (local tables are optional). */
export function tableOf(report: PublishedReport, id: string): TableDef | undefined {
  return report.tables.find((t) => t.id === id);
}

/** A table the snapshot must have (one its sections list). */
export function snapshotTable(report: PublishedReport, id: string): TableDef {
  const table = tableOf(report, id);
  if (!table) throw new Error(`Table ${id} is not in the published report`);
  return table;
}

export interface TableBlock {
  heading?: string;
  tables: TableDef[];
}

/**
 * A section's tables in printed blocks ("1.不同渠道…", "2.主动公开政府信息具体情况"), by lib/report-format's
 * sectionTableBlocks over the snapshot's frozen tables. That function reads only the format's id and
 * tables, which the snapshot has; the cast stands until its parameter is narrowed to those two fields.
 */
export function snapshotTableBlocks(report: PublishedReport, section: SectionDef): TableBlock[] {
  const frozen = { id: `published ${report.formatVersion}`, tables: report.tables } satisfies Pick<ReportFormat, "id" | "tables">;
  return sectionTableBlocks(frozen as ReportFormat, section).map(({ heading, tableIds }) => ({ heading, tables: tableIds.map((id) => snapshotTable(report, id)) }));
}
