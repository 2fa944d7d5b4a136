import "server-only";
import { and, asc, count, desc, eq, max } from "drizzle-orm";
import { getDb } from "@/db/client";
import { publications, reportChanges, reportYears, reportYearUnits, reports, units } from "@/db/schema";
import { officialName, type ReportState } from "@/lib/domain";
import { isOfficeRole } from "@/lib/access/report-access";
import { buildSnapshot, type PublishedReport } from "@/lib/publishing/snapshot";
import { resolveFormat } from "@/lib/report-format";
import { readReportData } from "./internal/report-context";
import { consolidate } from "@/lib/consolidation/consolidate";
import { refused } from "./access-refusals";
import { consolidateInputs, loadInputs, officeUnitOf } from "./internal/consolidated-load";
import { recordAudit } from "./internal/audit-write";
import { notify, officePeople, unitPeople } from "./internal/notify";
import { getGovernmentName } from "./settings";
import type { ActionResult, CurrentUser } from "./types";
import { CONSOLIDATED_SLUG, publishConsolidatedTx, publishUnitReportTx, type Published, type Tx } from "./internal/publish-tx";
import { REPORT_MISSING } from "./internal/not-found";

export { CONSOLIDATED_SLUG, type Published };

const OFFICE_ONLY = { ok: false as const, error: "只有政务公开办公室可以发布报告。", code: "not_found" as const };

function auditPublished(tx: Tx, user: CurrentUser, result: ActionResult<Published>, note: string | null): ActionResult<Published> {
  if (result.ok) {
    const { year, slug, version } = result.data;
    recordAudit(tx, { action: "report_published", actor: user, target: `/reports/${year}/${slug}`, detail: `第 ${version} 版${version > 1 && note ? `；更正说明：${note.trim()}` : ""}` });
  }
  return result;
}

/** A unit's approver may publish the unit's own report where the year allows it (report_years.units_publish). */
export function mayPublishOwnReport(user: CurrentUser, reportId: number): boolean {
  if (user.role !== "approver") return false;
  const row = getDb()
    .select({ unitId: reports.unitId, unitsPublish: reportYears.unitsPublish })
    .from(reports)
    .innerJoin(reportYears, eq(reportYears.year, reports.year))
    .where(eq(reports.id, reportId))
    .get();
  return !!row && row.unitId === user.unitId && row.unitsPublish;
}

export function publishUnitReport(user: CurrentUser, reportId: number, note: string | null): ActionResult<Published> {
  const byOffice = isOfficeRole(user.role);
  if (!byOffice && !mayPublishOwnReport(user, reportId)) return refused(user, "发布报告（仅政务公开办公室）", OFFICE_ONLY, `报告 #${reportId}`);
  return getDb().transaction((tx) => {
    const result = auditPublished(tx, user, publishUnitReportTx(tx, reportId, user.id, Date.now(), note), note);
    // A unit that publishes its own report tells the office, which follows every publication.
    if (result.ok && !byOffice) {
      const { year, slug, version } = result.data;
      notify(tx, officePeople(tx), { kind: "approved", title: `${user.unitName}已发布${year}年度报告`, body: `${user.unitName}${user.displayName}发布了第 ${version} 版。`, link: `/reports/${year}/${slug}`, reportId });
    }
    return result;
  });
}

export function publishConsolidated(user: CurrentUser, year: number, note: string | null): ActionResult<Published> {
  if (!isOfficeRole(user.role)) return refused(user, "发布本级汇总报告（仅政务公开办公室）", OFFICE_ONLY, `${year}年度`);
  const db = getDb();
  const office = officeUnitOf(db, user);
  if (!office) return { ok: false, error: "未找到政务公开办公室。", code: "not_found" };
  const name = getGovernmentName();
  return db.transaction((tx) => auditPublished(tx, user, publishConsolidatedTx(tx, year, office, user.id, Date.now(), note, name), note));
}

/** The consolidated report as publishing it now would freeze it (office roles only), for review before publishing. */
export function consolidatedDraft(user: CurrentUser, year: number): PublishedReport | null {
  if (!isOfficeRole(user.role)) return null;
  const db = getDb();
  const office = officeUnitOf(db, user);
  const inputs = office ? loadInputs(db, year, office) : null;
  if (!inputs) return null;
  const consolidation = consolidateInputs(inputs);
  return buildSnapshot({ kind: "consolidated", year, organisation: getGovernmentName(), format: inputs.format, values: consolidation.values, narratives: inputs.officeNarratives, publishedAt: Date.now() });
}

/** 更正: a published report goes back for correction (a unit's to the unit as returned, the office's to draft); the published versions stay. */
export function reopenForCorrection(user: CurrentUser, reportId: number, reason: string): ActionResult {
  if (!isOfficeRole(user.role)) return refused(user, "更正已发布的报告（仅政务公开办公室）", { ok: false, error: "只有政务公开办公室可以更正已发布的报告。", code: "not_found" }, `报告 #${reportId}`);
  return getDb().transaction((tx) => {
    const row = tx.select({ state: reports.state, unitId: reports.unitId, year: reports.year, kind: units.kind, unitName: units.name }).from(reports).innerJoin(units, eq(units.id, reports.unitId)).where(eq(reports.id, reportId)).get();
    if (!row) return { ok: false as const, error: REPORT_MISSING, code: "not_found" as const };
    if (row.state !== "published") return { ok: false as const, error: "只能更正已发布的报告。", code: "locked" as const };
    const to: ReportState = row.kind === "office" ? "draft" : "returned";
    const now = Date.now();
    tx.update(reports).set({ state: to, updatedAt: now, updatedBy: user.id }).where(eq(reports.id, reportId)).run();
    tx.insert(reportChanges).values({ reportId, userId: user.id, at: now, kind: "state", target: "state", oldValue: "published", newValue: to, note: `更正：${reason}` }).run();
    recordAudit(tx, { action: "report_reopened", actor: user, target: `${row.unitName}${row.year}年度报告`, detail: `更正理由：${reason}`, at: now });
    if (row.kind !== "office") {
      notify(tx, unitPeople(tx, row.unitId), { kind: "reopened", title: `${row.year}年度报告需更正`, body: `更正理由：${reason}`, link: `/workspace/reports/${reportId}`, reportId }, now);
    }
    return { ok: true as const };
  });
}

export interface PublicationSummary {
  year: number;
  slug: string;
  kind: "unit" | "consolidated";
  version: number;
  title: string;
  organisation: string;
  publishedOn: string;
  /** The unit's kind and its place in the government's official sequence (机构序列), for the list's groups and order. */
  unitKind: "agency" | "subdistrict" | "office";
  sortOrder: number;
}

/** Public: the latest version of every published report, newest year first. No account needed. */
export function listPublished(): PublicationSummary[] {
  const rows = getDb()
    .select({ year: publications.year, slug: publications.slug, kind: publications.kind, version: publications.version, snapshot: publications.snapshot, unitKind: units.kind, sortOrder: units.sortOrder })
    .from(publications)
    .innerJoin(reports, eq(reports.id, publications.reportId))
    .innerJoin(units, eq(units.id, reports.unitId))
    .orderBy(desc(publications.year), asc(publications.slug), desc(publications.version))
    .all();
  const seen = new Set<string>();
  const out: PublicationSummary[] = [];
  for (const r of rows) {
    const id = `${r.year}/${r.slug}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const s = JSON.parse(r.snapshot) as PublishedReport;
    out.push({ year: r.year, slug: r.slug, kind: r.kind, version: r.version, title: s.title, organisation: s.organisation, publishedOn: s.publishedOn, unitKind: r.unitKind, sortOrder: r.sortOrder });
  }
  return out;
}

export interface PublishedVersion {
  version: number;
  publishedAt: number;
  correctionNote: string | null;
  contentHash: string;
  report: PublishedReport;
  /** Every version of the same report, oldest first (for "replaces an earlier version" and the version list). */
  versions: { version: number; publishedOn: string; correctionNote: string | null }[];
}

/** Public: one published version (the latest when version is omitted), or null. */
export function getPublished(year: number, slug: string, version?: number): PublishedVersion | null {
  const rows = getDb()
    .select()
    .from(publications)
    .where(and(eq(publications.year, year), eq(publications.slug, slug)))
    .orderBy(asc(publications.version))
    .all();
  if (rows.length === 0) return null;
  const row = version === undefined ? rows.at(-1)! : rows.find((r) => r.version === version);
  if (!row) return null;
  return {
    version: row.version,
    publishedAt: row.publishedAt,
    correctionNote: row.correctionNote,
    contentHash: row.contentHash,
    report: JSON.parse(row.snapshot) as PublishedReport,
    versions: rows.map((r) => ({ version: r.version, publishedOn: (JSON.parse(r.snapshot) as PublishedReport).publishedOn, correctionNote: r.correctionNote })),
  };
}

/** Public: the latest version of every report published for a year, the consolidated one first, for the bulk download. */
export function listYearReports(year: number): { report: PublishedReport; version: number; slug: string }[] {
  const latest = new Map<string, { snapshot: string; version: number }>();
  for (const row of getDb()
    .select({ slug: publications.slug, version: publications.version, snapshot: publications.snapshot })
    .from(publications)
    .where(eq(publications.year, year))
    .orderBy(asc(publications.slug), asc(publications.version))
    .all()) {
    latest.set(row.slug, { snapshot: row.snapshot, version: row.version });
  }
  const items = [...latest.entries()].map(([slug, v]) => ({ slug, version: v.version, report: JSON.parse(v.snapshot) as PublishedReport }));
  return items.sort((a, b) => (a.report.kind === b.report.kind ? 0 : a.report.kind === "consolidated" ? -1 : 1));
}

/** Public: every published year of one address (a unit's code, or the consolidated report's), latest versions, oldest first. */
export function listSeries(slug: string): PublishedReport[] {
  const db = getDb();
  const latest = new Map<number, string>();
  let unitId: number | null = null;
  for (const row of db
    .select({ year: publications.year, snapshot: publications.snapshot, kind: publications.kind, unitId: reports.unitId })
    .from(publications)
    .innerJoin(reports, eq(reports.id, publications.reportId))
    .where(eq(publications.slug, slug))
    .orderBy(asc(publications.year), asc(publications.version))
    .all()) {
    latest.set(row.year, row.snapshot);
    if (row.kind === "unit") unitId = row.unitId;
  }
  const series = [...latest.values()].map((s) => JSON.parse(s) as PublishedReport);
  if (series[0]?.kind === "consolidated") return [...series, ...summedYears(new Set(latest.keys()))].sort((a, b) => a.year - b.year);
  // The unit's past years read in from their published files complete the comparison (they are public already).
  if (unitId !== null) {
    for (const r of db
      .select({ id: reports.id, year: reports.year, at: reports.updatedAt, unitName: units.name, fullName: units.fullName })
      .from(reports)
      .innerJoin(units, eq(units.id, reports.unitId))
      .where(and(eq(reports.unitId, unitId), eq(reports.state, "imported")))
      .all()) {
      if (latest.has(r.year)) continue;
      const data = readReportData(db, r.id);
      if (!data) continue;
      const format = resolveFormat(data.formatVersion, data.localTables);
      series.push({ ...buildSnapshot({ kind: "unit", year: r.year, organisation: officialName({ name: r.unitName, fullName: r.fullName }), format, values: data.values, narratives: data.narratives, publishedAt: r.at ?? 0 }), imported: true });
    }
  }
  return series.sort((a, b) => a.year - b.year);
}

/**
 * The consolidated report's comparison across every year the units published: a year whose consolidated report
 * was never published here, and for which every expected unit published its report, is summed from those
 * reports (latest versions), marked so.
 */
function summedYears(published: ReadonlySet<number>): PublishedReport[] {
  const byYear = new Map<number, Map<number, string>>();
  for (const row of getDb()
    .select({ year: publications.year, reportId: publications.reportId, snapshot: publications.snapshot })
    .from(publications)
    .where(eq(publications.kind, "unit"))
    .orderBy(asc(publications.year), asc(publications.version))
    .all()) {
    if (published.has(row.year)) continue;
    const reportsOfYear = byYear.get(row.year) ?? new Map<number, string>();
    reportsOfYear.set(row.reportId, row.snapshot);
    byYear.set(row.year, reportsOfYear);
  }
  const out: PublishedReport[] = [];
  for (const [year, snapshots] of byYear) {
    const units = [...snapshots.values()].map((s) => JSON.parse(s) as PublishedReport);
    const format = resolveFormat(units[0].formatVersion, units[0].localTables);
    const same = units.filter((u) => u.formatVersion === format.version.id);
    // Only a year every expected unit published: the sum of a few would pass for the district's figure.
    const expected = getDb().select({ n: count() }).from(reportYearUnits).where(eq(reportYearUnits.year, year)).get()?.n ?? 0;
    if (same.length === 0 || same.length < expected) continue;
    const summed = consolidate(format, same.map((u, i) => ({ unitId: i, unitName: u.organisation, values: u.values })), {}, []);
    out.push({
      ...buildSnapshot({ kind: "consolidated", year, organisation: getGovernmentName(), format, values: summed.values, narratives: {}, publishedAt: Date.now() }),
      summedFromUnits: { units: same.length },
    });
  }
  return out;
}

/** For the office's pages: how many versions of a report are published, and where. */
/** How many versions of a report are published, and where: for the office, and for the report's own unit. */
export function getPublicationInfo(user: CurrentUser, reportId: number | null): { versions: number; path: string | null } {
  if (reportId === null) return { versions: 0, path: null };
  const own = getDb().select({ unitId: reports.unitId }).from(reports).where(eq(reports.id, reportId)).get()?.unitId === user.unitId;
  if (!isOfficeRole(user.role) && !own) return { versions: 0, path: null };
  const row = getDb()
    .select({ n: max(publications.version), slug: publications.slug, year: publications.year })
    .from(publications)
    .where(eq(publications.reportId, reportId))
    .get();
  return row?.n ? { versions: row.n, path: `/reports/${row.year}/${row.slug}` } : { versions: 0, path: null };
}
