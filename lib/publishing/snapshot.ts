import { beijingDate } from "@/lib/format-date";
import { reportTitle, withDerived, type ReportFormat, type ReportValues, type SectionDef, type TableDef } from "@/lib/report-format";

/**
 * A published report, frozen: the values, the narrative, the names and the format (tables with their
 * labels) as they were when published. Every public view and download is rendered from this alone, so no
 * later edit, renamed unit or changed format data alters what was published.
 */
export interface PublishedReport {
  schema: 1;
  kind: "unit" | "consolidated";
  year: number;
  /** <机关名称><年份>年政府信息公开工作年度报告 */
  title: string;
  /** The unit's name, or the government's for the consolidated report. */
  organisation: string;
  formatVersion: string;
  formatName: string;
  formatIssuedBy: string;
  localTables: string[];
  sections: SectionDef[];
  tables: TableDef[];
  /** Every printed cell (input and derived), keyed by the format's keys. */
  values: ReportValues;
  /** "preamble" and section keys → plain text. */
  narratives: Record<string, string>;
  /** ISO date (YYYY-MM-DD, Beijing time) printed on the report. */
  publishedOn: string;
  /**
   * A past year read in from the report its unit published elsewhere (state 已导入): never published here,
   * shown only beside the published years in the year-on-year comparison.
   */
  imported?: true;
  /**
   * A year whose consolidated report was never published here, summed from the units' reports published for
   * it: shown only beside the published years in the consolidated report's year-on-year comparison.
   */
  summedFromUnits?: { units: number };
}

export interface SnapshotSource {
  kind: PublishedReport["kind"];
  year: number;
  organisation: string;
  format: ReportFormat;
  /** Input cells; derived cells are added here. */
  values: ReportValues;
  narratives: Record<string, string>;
  publishedAt: number;
}

export function buildSnapshot(src: SnapshotSource): PublishedReport {
  const narratives: Record<string, string> = {};
  for (const key of [src.format.preamble.key, ...src.format.sections.map((s) => s.key)]) {
    const text = src.narratives[key];
    if (text && text.trim()) narratives[key] = text;
  }
  return {
    schema: 1,
    kind: src.kind,
    year: src.year,
    title: reportTitle(src.organisation, src.year),
    organisation: src.organisation,
    formatVersion: src.format.version.id,
    formatName: src.format.version.name,
    formatIssuedBy: src.format.version.issuedBy,
    localTables: src.format.localTableIds,
    // Plain copies: the snapshot must not share objects with the live format data.
    sections: structuredClone(src.format.sections),
    tables: structuredClone(src.format.tables),
    values: withDerived(src.format, src.values),
    narratives,
    publishedOn: beijingDate(src.publishedAt),
  };
}

/** JSON with object keys sorted at every level: the same content always serialises, and hashes, the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
