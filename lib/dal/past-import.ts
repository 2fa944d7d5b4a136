import "server-only";
import { createHash } from "node:crypto";
import { and, eq, inArray, max, min } from "drizzle-orm";
import { getDb } from "@/db/client";
import { cellValues, importedFiles, narratives, reportChanges, reportYears, reportYearUnits, reports, units } from "@/db/schema";
import { isOfficeRole, isUnitRole } from "@/lib/access/report-access";
import type { UnitKind } from "@/lib/domain";
import { matchUnit } from "@/lib/import/published/match-unit";
import type { PublishedRead } from "@/lib/import/published/published-read";
import type { PublishedKind } from "@/lib/import/published/file-kind";
import { publishedKind, readUpload } from "@/lib/import/published/read-upload";
import { formatVersions, localTables as knownLocalTables, resolveFormat } from "@/lib/report-format";
import { NARRATIVE_MAX_CHARS, narrativeProblem, normalizeNarrative } from "@/lib/validation/report-input";
import { recordAudit } from "./internal/audit-write";
import type { Reader } from "./internal/db-types";
import { checkUpload, type CheckedUpload } from "./internal/uploaded-check";
import type { ActionResult, CurrentUser } from "./types";

/**
 * Past years from published reports: a report published outside the application (last year's Word file,
 * PDF or web page) is read and stored as the unit's report for a year that has none. It is stored as it
 * was printed — printed totals included, blanks as blanks — in the state "imported": read-only, with its
 * original file kept, and from then on the unit's previous year for the cross-year checks.
 *
 * The office imports for any unit; a unit's editor or approver for their own. Nothing is stored before the
 * person confirms: the preview reads the file and says what would be stored and what stands in the way;
 * the import reads it again (the browser still has the file) and stores it in one transaction.
 */

export interface UnitChoice {
  id: number;
  name: string;
}

export interface PastImportPreview {
  file: string;
  /** The unit the title (or the file name) names, when exactly one does. */
  unit: UnitChoice | null;
  candidates: UnitChoice[];
  year: number | null;
  formatVersion: string;
  formatName: string;
  printedUnit?: string;
  cells: number;
  blanks: number;
  unmapped: number;
  findings: { error: number; warning: number; info: number };
  notices: string[];
  /** The first unmapped cells and findings, for the person to see before confirming. */
  details: string[];
  /** Everything read, for the full preview (tables as read beside the official layout). */
  checked: CheckedUpload;
}

export interface PastYear {
  year: number;
  formatVersion: string;
  localTables: string[];
}

export interface PastYearChoice extends PastYear {
  /** Units that have a report for the year already (anything but an untouched one): nothing can be imported for them. */
  taken: number[];
}

const FOR_OFFICE_OR_OWN = "只能为本单位导入往年报告。";

async function readForPreview(user: CurrentUser, file: { name: string; bytes: Uint8Array }): Promise<{ ok: true; read: PublishedRead; kind: PublishedKind } | { ok: false; error: string }> {
  const kind = publishedKind(file.name, file.bytes);
  if (typeof kind !== "string") return { ok: false, error: kind.problem };
  const result = await readUpload(user.id, file);
  if (!result.ok) return { ok: false, error: result.problem };
  return { ok: true, read: result.read, kind };
}

function importableUnits(db: Reader, user: CurrentUser): (UnitChoice & { kind: UnitKind })[] {
  const all = db.select({ id: units.id, name: units.name, fullName: units.fullName, kind: units.kind }).from(units).where(and(eq(units.active, true), inArray(units.kind, ["agency", "subdistrict"]))).all();
  return isOfficeRole(user.role) ? all : all.filter((u) => u.id === user.unitId);
}

/** Reads a published report and says what importing it would store; stores nothing. */
export async function previewPastImport(user: CurrentUser, file: { name: string; bytes: Uint8Array }): Promise<ActionResult<PastImportPreview>> {
  if (!isOfficeRole(user.role) && !isUnitRole(user.role)) return { ok: false, error: FOR_OFFICE_OR_OWN, code: "not_found" };
  const result = await readForPreview(user, file);
  if (!result.ok) return { ok: false, error: result.error, code: "invalid" };
  const { read } = result;
  const db = getDb();
  const choices = importableUnits(db, user);
  const match = isOfficeRole(user.role) ? matchUnit(read.unitName ?? file.name.replace(/\.[^.]+$/, ""), choices) : { unit: choices[0] ?? null, candidates: choices };
  const unit = match.unit ? choices.find((u) => u.id === match.unit!.id)! : null;
  const year = read.year ?? null;
  const checked = checkUpload(db, read, file.name);
  const findings = { error: 0, warning: 0, info: 0 };
  for (const f of checked.findings) findings[f.severity]++;
  const cells = Object.values(read.cells);
  const details = [
    ...read.unmapped.slice(0, 5).map((u) => `${u.source.table}“${u.source.row}”（印为“${u.source.raw}”）：${u.reason}`),
    ...checked.findings.filter((f) => f.severity !== "info").slice(0, 8).map((f) => `${f.checkId}：${f.message}`),
  ];
  return {
    ok: true,
    data: {
      file: file.name,
      unit: unit ? { id: unit.id, name: unit.name } : null,
      candidates: match.candidates.map((c) => ({ id: c.id, name: c.name })),
      year,
      formatVersion: read.formatVersion,
      formatName: formatVersions[read.formatVersion]?.name ?? read.formatVersion,
      ...(read.unitName ? { printedUnit: read.unitName } : {}),
      cells: cells.filter((c) => c.value !== null).length,
      blanks: cells.filter((c) => c.value === null).length,
      unmapped: read.unmapped.length,
      findings,
      notices: read.notices,
      details,
      checked,
    },
  };
}

/** A report the unit already has for the year, with anything in it, is never replaced. */
function reportInTheWay(db: Reader, unitId: number, year: number): { id: number; state: string; hasContent: boolean } | null {
  const row = db.select({ id: reports.id, state: reports.state }).from(reports).where(and(eq(reports.unitId, unitId), eq(reports.year, year))).get();
  if (!row) return null;
  const cell = db.select({ key: cellValues.key }).from(cellValues).where(eq(cellValues.reportId, row.id)).limit(1).get();
  const text = db.select({ key: narratives.sectionKey }).from(narratives).where(eq(narratives.reportId, row.id)).limit(1).get();
  return { ...row, hasContent: Boolean(cell || text) };
}

export interface PastImportInput {
  unitId: number;
  year: number;
  file: { name: string; bytes: Uint8Array };
}

/** Stores a published report as the unit's report of a past year; the year must exist and the unit have no report in it yet. */
export async function importPastReport(user: CurrentUser, input: PastImportInput): Promise<ActionResult<{ reportId: number; cells: number }>> {
  const db = getDb();
  const unit = importableUnits(db, user).find((u) => u.id === input.unitId);
  if (!unit) return { ok: false, error: isOfficeRole(user.role) ? "单位不存在或已撤销。" : FOR_OFFICE_OR_OWN, code: "not_found" };
  const yearRow = db.select().from(reportYears).where(eq(reportYears.year, input.year)).get();
  if (!yearRow) return { ok: false, error: `${input.year}年度尚未建立：请政务公开办公室先新建该往年年度。`, code: "invalid" };
  const latest = db.select({ year: max(reportYears.year) }).from(reportYears).get()?.year ?? input.year;
  if (input.year >= latest) return { ok: false, error: `${input.year}年度是当前填报年度，只能在填报页面填写或导入草稿，不能作为往年报告导入。`, code: "invalid" };
  const existing = reportInTheWay(db, unit.id, input.year);
  if (existing && (existing.state !== "not_started" || existing.hasContent)) {
    return { ok: false, error: `${unit.name}已有${input.year}年度报告（${existing.state === "imported" ? "已导入" : "已在系统中填报"}），不能再导入。`, code: "conflict" };
  }

  const kind = publishedKind(input.file.name, input.file.bytes);
  if (typeof kind !== "string") return { ok: false, error: kind.problem, code: "invalid" };
  const format = resolveFormat(yearRow.formatVersion, yearRow.localTables);
  const result = await readUpload(user.id, input.file, format);
  if (!result.ok) return { ok: false, error: result.problem, code: "invalid" };
  const { read } = result;
  if (read.detectedVersion !== format.version.id) {
    return {
      ok: false,
      error: `该报告的表格为${formatVersions[read.detectedVersion]?.name ?? read.detectedVersion}格式，${input.year}年度设置为${format.version.name}格式：请确认年度，或请管理员修改该年度的格式。`,
      code: "invalid",
    };
  }
  if (read.year !== undefined && read.year !== input.year) {
    return { ok: false, error: `该报告的标题是${read.year}年度，与所选的${input.year}年度不符。`, code: "invalid" };
  }

  const now = Date.now();
  const stored = Object.values(read.cells).filter((c) => c.value !== null && !c.problem);
  const texts = format.narrativeSections.flatMap((s) => {
    const text = read.narratives[s.key];
    if (!text?.trim() || text.length > NARRATIVE_MAX_CHARS || narrativeProblem(text)) return [];
    return [{ key: s.key, text: normalizeNarrative(text) }];
  });
  const reportId = db.transaction((tx) => {
    let id = existing?.id;
    if (id === undefined) {
      id = tx.insert(reports).values({ unitId: unit.id, year: input.year, state: "imported", version: 1, updatedAt: now, updatedBy: user.id }).returning({ id: reports.id }).get().id;
    } else {
      tx.update(reports).set({ state: "imported", version: 1, updatedAt: now, updatedBy: user.id }).where(eq(reports.id, id)).run();
    }
    tx.insert(reportYearUnits).values({ year: input.year, unitId: unit.id }).onConflictDoNothing().run();
    if (stored.length) {
      tx.insert(cellValues)
        .values(stored.map((c) => ({ reportId: id!, key: c.key, value: c.value, unit: c.unit ?? null, rev: 1, updatedAt: now, updatedBy: user.id })))
        .run();
    }
    if (texts.length) tx.insert(narratives).values(texts.map((t) => ({ reportId: id!, sectionKey: t.key, text: t.text, rev: 1, updatedAt: now, updatedBy: user.id }))).run();
    tx.insert(importedFiles)
      .values({
        reportId: id,
        fileName: input.file.name.slice(0, 200),
        kind,
        bytes: Buffer.from(input.file.bytes),
        sha256: createHash("sha256").update(input.file.bytes).digest("hex"),
        printedUnit: read.unitName ?? null,
        formatVersion: read.formatVersion,
        importedAt: now,
        importedBy: user.id,
      })
      .run();
    const note = `由已发布的原报告导入：${input.file.name.slice(0, 100)}（读取 ${stored.length} 个单元格${read.unmapped.length ? `，${read.unmapped.length} 处未能读取` : ""}）`;
    tx.insert(reportChanges).values({ reportId: id, userId: user.id, at: now, kind: "state", target: "state", oldValue: existing?.state ?? null, newValue: "imported", note }).run();
    recordAudit(tx, { action: "report_imported", actor: user, target: `${unit.name} ${input.year}年度`, detail: input.file.name.slice(0, 200) });
    return id;
  });
  return { ok: true, data: { reportId, cells: stored.length } };
}

/** The units the person may import for: every reporting unit for the office, their own for a unit. */
export function importUnitChoices(user: CurrentUser): UnitChoice[] {
  return importableUnits(getDb(), user).map(({ id, name }) => ({ id, name }));
}

/** The years a past report may be imported into, and the earliest year one may be created for. */
export function pastYears(user: CurrentUser): { years: PastYearChoice[]; earliest: number | null; latest: number | null } {
  if (!isOfficeRole(user.role) && !isUnitRole(user.role)) return { years: [], earliest: null, latest: null };
  const db = getDb();
  const rows = db.select({ year: reportYears.year, formatVersion: reportYears.formatVersion, localTables: reportYears.localTables }).from(reportYears).all();
  const bounds = db.select({ earliest: min(reportYears.year), latest: max(reportYears.year) }).from(reportYears).get();
  const latest = bounds?.latest ?? null;
  const past = rows.filter((r) => latest === null || r.year < latest).sort((a, b) => b.year - a.year);
  // A report counts as there once it left 未开始 or holds anything (the same rule as importPastReport).
  const filled = new Set(db.selectDistinct({ id: cellValues.reportId }).from(cellValues).all().map((r) => r.id));
  for (const n of db.selectDistinct({ id: narratives.reportId }).from(narratives).all()) filled.add(n.id);
  const all = past.length ? db.select({ id: reports.id, unitId: reports.unitId, year: reports.year, state: reports.state }).from(reports).where(inArray(reports.year, past.map((p) => p.year))).all() : [];
  const taken = (year: number) => all.filter((r) => r.year === year && (r.state !== "not_started" || filled.has(r.id))).map((r) => r.unitId);
  return { years: past.map((p) => ({ ...p, taken: taken(p.year) })), earliest: bounds?.earliest ?? null, latest };
}

/**
 * A year before the earliest, for importing its published reports: the office chooses its format (2020
 * reports use the 2019 format); it expects no units (each import adds its unit) and has no deadlines to
 * meet (they are set to the dates they were).
 */
export function createPastYear(user: CurrentUser, input: PastYear): ActionResult<{ year: number }> {
  if (!isOfficeRole(user.role)) return { ok: false, error: "只有政务公开办公室可以新建往年年度。", code: "not_found" };
  if (!formatVersions[input.formatVersion]) return { ok: false, error: "格式版本无效。", code: "invalid" };
  const unknown = input.localTables.find((t) => !knownLocalTables[t]);
  if (unknown) return { ok: false, error: `地方表格“${unknown}”不存在。`, code: "invalid" };
  const db = getDb();
  return db.transaction((tx) => {
    const earliest = tx.select({ year: min(reportYears.year) }).from(reportYears).get()?.year;
    if (tx.select({ year: reportYears.year }).from(reportYears).where(eq(reportYears.year, input.year)).get()) return { ok: false, error: `${input.year}年度已经存在。`, code: "conflict" };
    if (earliest !== null && earliest !== undefined && input.year > earliest) {
      return { ok: false, error: `只能新建早于${earliest}年度的往年年度；此后的年度请由管理员在“报告年度”中创建。`, code: "invalid" };
    }
    if (input.year < 2008) return { ok: false, error: "政府信息公开工作年度报告自2008年起编制。", code: "invalid" };
    tx.insert(reportYears)
      .values({ year: input.year, formatVersion: input.formatVersion, localTables: input.localTables, unitDeadline: `${input.year + 1}-01-31`, consolidatedDeadline: `${input.year + 1}-03-31` })
      .run();
    recordAudit(tx, { action: "past_year_created", actor: user, target: `${input.year}年度`, detail: `${formatVersions[input.formatVersion].name}${input.localTables.length ? ` + ${input.localTables.join("、")}` : ""}` });
    return { ok: true, data: { year: input.year } };
  });
}

/** The original file of an imported report, for whoever may read the report. */
export function importedOriginal(user: CurrentUser, reportId: number): { fileName: string; kind: string; bytes: Buffer } | null {
  const db = getDb();
  const row = db
    .select({ unitId: reports.unitId, state: reports.state, fileName: importedFiles.fileName, kind: importedFiles.kind, bytes: importedFiles.bytes })
    .from(importedFiles)
    .innerJoin(reports, eq(reports.id, importedFiles.reportId))
    .where(eq(importedFiles.reportId, reportId))
    .get();
  if (!row) return null;
  if (row.unitId !== user.unitId && !isOfficeRole(user.role)) return null;
  return { fileName: row.fileName, kind: row.kind, bytes: row.bytes };
}
