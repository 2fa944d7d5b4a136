import "server-only";
import { getDb } from "@/db/client";
import { canEditReport, lockedReason } from "@/lib/access/report-access";
import type { ImportedReport } from "@/lib/import/imported-report";
import { IMPORT_BUSY, IMPORT_MAX_BYTES, IMPORT_TOO_LARGE } from "@/lib/import/import-limits";
import { importSlots } from "@/lib/import/import-slots";
import { readReportJson } from "@/lib/import/read-json";
import { readReportWorkbook } from "@/lib/import/read-xlsx";
import { kindOf, OLD_OFFICE } from "@/lib/import/published/file-kind";
import { matchUnit } from "@/lib/import/published/match-unit";
import { readPublishedBytes } from "@/lib/import/published/read-upload";
import { publishedToImported } from "@/lib/import/published/to-imported";
import { buildSnapshot, type PublishedReport } from "@/lib/publishing/snapshot";
import { resolveFormat } from "@/lib/report-format";
import { findReadableReport } from "./report-gate";
import { checkUpload } from "./internal/uploaded-check";
import { readReportData } from "./internal/report-context";
import type { ActionResult, CurrentUser } from "./types";
import { REPORT_NOT_FOUND } from "./internal/not-found";

/**
 * Import and export of a report's working copy. Reading a file writes nothing: the editor shows what the
 * file would change and saves the confirmed values through its ordinary save path (saveCells /
 * saveNarrative), with their per-cell conflict checks and history.
 *
 * An Excel file is read in a worker after checks that refuse a file built to be expensive (see
 * lib/import/import-limits.ts); a user reads one file at a time and the server two in all.
 */



export async function readImportFile(user: CurrentUser, reportId: number, file: { name: string; bytes: Uint8Array }): Promise<ActionResult<ImportedReport>> {
  const header = findReadableReport(user, reportId);
  if (!header) return { ok: false, error: REPORT_NOT_FOUND, code: "not_found" };
  if (!canEditReport(user, header)) return { ok: false, error: lockedReason(header.state), code: "locked" };
  if (file.bytes.length === 0) return { ok: false, error: "文件是空的。", code: "invalid" };
  if (file.bytes.length > IMPORT_MAX_BYTES) return { ok: false, error: IMPORT_TOO_LARGE, code: "invalid" };

  const format = resolveFormat(header.formatVersion, header.localTables);
  const kind = kindOf(file.name, file.bytes);
  if (kind === null) return { ok: false, error: OLD_OFFICE, code: "invalid" };
  let imported: ImportedReport;
  if (kind === "json") {
    imported = readReportJson(new TextDecoder().decode(file.bytes), format);
  } else {
    const release = importSlots().tryAcquire(user.id);
    if (!release) return { ok: false, error: IMPORT_BUSY, code: "invalid" };
    try {
      if (kind === "xlsx") {
        const read = await readReportWorkbook(file.bytes, format);
        if (!read.ok) return { ok: false, error: read.problem, code: "invalid" };
        imported = read.data;
      } else {
        const read = await readPublishedBytes(kind, file.bytes, format);
        if (!read.ok) return { ok: false, error: read.problem, code: "invalid" };
        imported = { ...publishedToImported(read.read, format), reading: checkUpload(getDb(), read.read, file.name) };
      }
    } finally {
      release();
    }
  }
  if (imported.fileYear !== undefined && imported.fileYear !== header.year) {
    imported.notices.unshift(`该文件是${imported.fileYear}年度的报告，当前填报的是${header.year}年度报告，请确认是否选错了文件。`);
  }
  // A published title gives the full name (宁波市北仑区教育局) where the application has the short one (区教育局).
  if (imported.fileOrganisation && !matchUnit(imported.fileOrganisation, [{ id: 0, name: header.unitName, fullName: header.officialName }]).unit) {
    imported.notices.unshift(`该文件的单位是“${imported.fileOrganisation}”，当前报告的单位是“${header.unitName}”。`);
  }
  return { ok: true, data: imported };
}

/** The report as saved now, in the published snapshot's shape, so the Excel export can render it. */
export function workingCopy(user: CurrentUser, reportId: number): PublishedReport | null {
  const header = findReadableReport(user, reportId);
  if (!header) return null;
  const data = readReportData(getDb(), reportId);
  if (!data) return null;
  const format = resolveFormat(data.formatVersion, data.localTables);
  return buildSnapshot({ kind: "unit", year: header.year, organisation: header.officialName, format, values: data.values, narratives: data.narratives, publishedAt: Date.now() });
}
