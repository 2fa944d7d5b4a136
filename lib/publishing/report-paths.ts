/** The public addresses of published reports: the list, a report's latest version, a version, its files. */

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
