import type { CellEntry, SectionDef, TableDef } from "@/lib/report-format";
import type { PublishedReport } from "@/lib/publishing/snapshot";

/** Pure helpers over a published snapshot: addresses, printed values, section blocks. */

export interface ReportAddress {
  year: number;
  slug: string;
}

export const reportsIndexPath = "/reports";

export function latestPath(a: ReportAddress): string {
  return `/reports/${a.year}/${encodeURIComponent(a.slug)}`;
}

export function versionPath(a: ReportAddress, version: number): string {
  return `${latestPath(a)}/v/${version}`;
}

export function downloadPath(a: ReportAddress, version: number, ext: "docx" | "xlsx" | "json"): string {
  return `${versionPath(a, version)}/report.${ext}`;
}

export function printPath(a: ReportAddress, version: number): string {
  return `${versionPath(a, version)}/print`;
}

/** A printed value: the number as stored, amounts with their unit; a blank cell prints nothing. */
export function printedValue(entry: CellEntry | undefined): string {
  if (!entry) return "";
  return entry.unit ? `${entry.value} ${entry.unit}` : entry.value;
}

/** A cell as a number for charts and comparisons; blank counts as 0 only where noted by the caller. */
export function numberAt(report: PublishedReport, key: string): number | null {
  const entry = report.values[key];
  if (!entry) return null;
  const n = Number(entry.value);
  return Number.isFinite(n) ? n : null;
}

export function tableOf(report: PublishedReport, id: string): TableDef | undefined {
  return report.tables.find((t) => t.id === id);
}

export interface TableBlock {
  heading?: string;
  tables: TableDef[];
}

/**
 * A section's tables in printed blocks, as published reports print them: with local tables, each local
 * table and then the national tables form numbered blocks ("1.不同渠道…", "2.主动公开政府信息具体情况").
 * The snapshot's equivalent of sectionTableBlocks in lib/report-format.
 */
export function snapshotTableBlocks(report: PublishedReport, section: SectionDef): TableBlock[] {
  const pick = (ids: string[]) => ids.map((id) => tableOf(report, id)).filter((t): t is TableDef => Boolean(t));
  const locals = section.localTableIds ?? [];
  if (locals.length === 0) return section.tableIds.length ? [{ tables: pick(section.tableIds) }] : [];
  const national = section.tableIds.filter((id) => !locals.includes(id));
  const blocks: TableBlock[] = pick(locals).map((t, i) => ({ heading: `${i + 1}.${t.title}`, tables: [t] }));
  if (national.length) blocks.push({ heading: `${locals.length + 1}.${section.nationalTablesTitle ?? ""}`, tables: pick(national) });
  return blocks;
}

/** "2021-01-28" → 2021年1月28日 (the snapshot stores the Beijing calendar date). */
export function chineseDate(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}
