import { exportDocx } from "./export-docx";
import { exportJson, type PublicationMeta } from "./export-json";
import { exportXlsx } from "./export-xlsx";
import type { PublishedReport } from "./snapshot";

/** The downloadable files of a published version: names in the URL, content types, renderers. */

export const DOWNLOAD_FILES = {
  "report.docx": {
    extension: "docx",
    label: "Word",
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    render: exportDocx,
  },
  "report.xlsx": {
    extension: "xlsx",
    label: "Excel",
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    render: exportXlsx,
  },
  "report.json": {
    extension: "json",
    label: "JSON",
    contentType: "application/json; charset=utf-8",
    render: async (report: PublishedReport, meta: PublicationMeta) => exportJson(report, meta),
  },
} as const satisfies Record<string, { extension: string; label: string; contentType: string; render: (r: PublishedReport, m: PublicationMeta) => Promise<Uint8Array> }>;

export type DownloadFile = keyof typeof DOWNLOAD_FILES;

export function isDownloadFile(name: string): name is DownloadFile {
  return Object.hasOwn(DOWNLOAD_FILES, name);
}

/** The saved file's name: the report's title (and version, from the second on). */
export function downloadFilename(report: PublishedReport, version: number, file: DownloadFile): string {
  return `${report.title}${version > 1 ? `（第${version}版）` : ""}.${DOWNLOAD_FILES[file].extension}`;
}

/** RFC 6266 / 5987: an ASCII fallback name and the UTF-8 name. */
export function contentDisposition(filename: string): string {
  const encoded = encodeURIComponent(filename).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const ext = filename.slice(filename.lastIndexOf("."));
  return `attachment; filename="report${ext}"; filename*=UTF-8''${encoded}`;
}

/** Public URL of a version's file: /reports/<year>/<slug>/v/<version>/<file>. */
export function versionDownloadPath(year: number, slug: string, version: number, file: DownloadFile): string {
  return `/reports/${year}/${encodeURIComponent(slug)}/v/${version}/${file}`;
}

/** Public URL of the latest version's file (redirects to the versioned URL). */
export function latestDownloadPath(year: number, slug: string, file: DownloadFile): string {
  return `/reports/${year}/${encodeURIComponent(slug)}/download/${file}`;
}
