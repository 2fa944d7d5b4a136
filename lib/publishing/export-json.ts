import { cellKey, PREAMBLE_KEY, type AmountUnit, type TableDef, type ValueKind } from "@/lib/report-format";
import type { PublishedReport } from "./snapshot";

/**
 * The open-data JSON of a published version. Every cell of the format is listed under its key
 * ("a.total", "t3.granted.natural", "b9.procurement.amount"): a number, or null when the cell was left
 * blank (blank is not zero). Amounts are numbers too, their unit in `units`. `tables` says what each key
 * means (table, row and column labels), so the file can be read without the application.
 */

export interface PublicationMeta {
  /** 0 for a working copy exported from the editor (not published). */
  version: number;
  correctionNote?: string | null;
  contentHash?: string;
}

export interface OpenDataCell {
  key: string;
  row: string;
  column: string;
  kind: ValueKind;
  derived: boolean;
}

export interface OpenDataTable {
  id: string;
  title: string;
  section: string;
  local: boolean;
  layout: TableDef["layout"];
  corner?: string;
  rows: { key: string; label: string; groups?: string[]; unit?: string; partOf?: string; derived: boolean }[];
  columns: { key: string; label: string; groups?: string[]; kind: ValueKind; derived: boolean }[];
  cells: OpenDataCell[];
}

export interface OpenDataReport {
  schema: "gov-disclosure-annual-report/1";
  kind: PublishedReport["kind"];
  year: number;
  organisation: string;
  title: string;
  formatVersion: string;
  formatName: string;
  formatIssuedBy: string;
  localTables: string[];
  version: number;
  publishedOn: string;
  correctionNote: string | null;
  contentHash: string | null;
  values: Record<string, number | null>;
  units: Record<string, AmountUnit>;
  narratives: Record<string, string>;
  sections: { key: string; number: string; title: string; tableIds: string[] }[];
  tables: OpenDataTable[];
}

function describeTable(report: PublishedReport, table: TableDef): OpenDataTable {
  const section = report.sections.find((s) => s.tableIds.includes(table.id));
  const cells: OpenDataCell[] = table.rows.flatMap((row) =>
    table.columns.map((col) => ({
      key: cellKey(table, row.key, col.key),
      row: row.key,
      column: col.key,
      kind: col.kind ?? "count",
      derived: Boolean(row.sumOf || col.sumOf),
    })),
  );
  return {
    id: table.id,
    title: table.title || (section ? `${section.number}、${section.title}` : ""),
    section: section?.key ?? "",
    local: (section?.localTableIds ?? []).includes(table.id),
    layout: table.layout,
    corner: table.corner,
    rows: table.rows.map((r) => ({ key: r.key, label: r.label, groups: r.groups, unit: r.unit, partOf: r.partOf, derived: Boolean(r.sumOf) })),
    columns: table.columns.map((c) => ({ key: c.key, label: c.label, groups: c.groups, kind: c.kind ?? "count", derived: Boolean(c.sumOf) })),
    cells,
  };
}

export function toOpenData(report: PublishedReport, meta: PublicationMeta): OpenDataReport {
  const tables = report.tables.map((t) => describeTable(report, t));
  const values: Record<string, number | null> = {};
  const units: Record<string, AmountUnit> = {};
  for (const cell of tables.flatMap((t) => t.cells)) {
    const entry = report.values[cell.key];
    values[cell.key] = entry ? Number(entry.value) : null;
    if (entry?.unit) units[cell.key] = entry.unit;
  }
  const narratives: Record<string, string> = {};
  for (const key of [PREAMBLE_KEY, ...report.sections.map((s) => s.key)]) {
    if (report.narratives[key]) narratives[key] = report.narratives[key];
  }
  return {
    schema: "gov-disclosure-annual-report/1",
    kind: report.kind,
    year: report.year,
    organisation: report.organisation,
    title: report.title,
    formatVersion: report.formatVersion,
    formatName: report.formatName,
    formatIssuedBy: report.formatIssuedBy,
    localTables: [...report.localTables],
    version: meta.version,
    publishedOn: report.publishedOn,
    correctionNote: meta.correctionNote ?? null,
    contentHash: meta.contentHash ?? null,
    values,
    units,
    narratives,
    sections: report.sections.map((s) => ({ key: s.key, number: s.number, title: s.title, tableIds: [...s.tableIds] })),
    tables,
  };
}

/** The JSON file: pretty-printed UTF-8, the same bytes for the same published version. */
export function exportJson(report: PublishedReport, meta: PublicationMeta): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(toOpenData(report, meta), null, 2)}\n`);
}
