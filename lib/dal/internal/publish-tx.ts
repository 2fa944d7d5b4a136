import "server-only";
import { eq, max } from "drizzle-orm";
import { publications, reportChanges, reports, units } from "@/db/schema";
import { officialName } from "@/lib/domain";
import { buildSnapshot, type PublishedReport } from "@/lib/publishing/snapshot";
import { contentHash } from "@/lib/publishing/snapshot-hash";
import { resolveFormat } from "@/lib/report-format";
import type { ActionResult } from "../types";
import { consolidateInputs, loadInputs } from "./consolidated-load";
import { notify, unitPeople } from "./notify";
import { readReportData } from "./report-context";
import type { Db, Tx } from "./db-types";
import { REPORT_MISSING } from "./not-found";

export type { Tx };

/**
 * Publishing inside a transaction, with no caller check: lib/dal/publishing.ts guards these for people,
 * and the demo seed (lib/dal/seed-entry.ts) publishes its history through them before anyone exists.
 */


/** The consolidated report's public address under /reports/<year>/. */
export const CONSOLIDATED_SLUG = "bengji";

export interface Published {
  year: number;
  slug: string;
  version: number;
}

function nextVersion(tx: Pick<Db, "select">, reportId: number): { version: number; slug: string | null } {
  const row = tx.select({ n: max(publications.version), slug: publications.slug }).from(publications).where(eq(publications.reportId, reportId)).get();
  return { version: (row?.n ?? 0) + 1, slug: row?.slug ?? null };
}

function insert(tx: Tx, reportId: number, slug: string, version: number, snapshot: PublishedReport, by: number | null, at: number, note: string | null): void {
  tx.insert(publications)
    .values({
      reportId,
      kind: snapshot.kind,
      year: snapshot.year,
      slug,
      version,
      publishedAt: at,
      publishedBy: by,
      correctionNote: note,
      contentHash: contentHash(snapshot),
      snapshot: JSON.stringify(snapshot),
    })
    .run();
  tx.update(reports).set({ state: "published", updatedAt: at, updatedBy: by }).where(eq(reports.id, reportId)).run();
  tx.insert(reportChanges)
    .values({ reportId, userId: by, at, kind: "state", target: "state", oldValue: null, newValue: "published", note: version > 1 ? `发布第 ${version} 版（更正）：${note}` : "发布" })
    .run();
}

const NEEDS_NOTE = { ok: false as const, error: "该报告已发布过，再次发布为更正版本，须填写更正说明。", code: "invalid" as const };

/** Publishes an approved unit report as a frozen version; a later version (更正) needs a correction note. */
export function publishUnitReportTx(tx: Tx, reportId: number, by: number | null, at: number, note: string | null): ActionResult<Published> {
  const row = tx
    .select({ state: reports.state, year: reports.year, unitId: reports.unitId, unitName: units.name, fullName: units.fullName, code: units.code, kind: units.kind })
    .from(reports)
    .innerJoin(units, eq(units.id, reports.unitId))
    .where(eq(reports.id, reportId))
    .get();
  if (!row || row.kind === "office") return { ok: false, error: REPORT_MISSING, code: "not_found" };
  if (row.state !== "approved") return { ok: false, error: "只能发布已审核通过的报告。", code: "locked" };
  const { version, slug } = nextVersion(tx, reportId);
  if (version > 1 && !note?.trim()) return NEEDS_NOTE;
  const data = readReportData(tx, reportId)!;
  const format = resolveFormat(data.formatVersion, data.localTables);
  const snapshot = buildSnapshot({ kind: "unit", year: row.year, organisation: officialName({ name: row.unitName, fullName: row.fullName }), format, values: data.values, narratives: data.narratives, publishedAt: at });
  insert(tx, reportId, slug ?? row.code, version, snapshot, by, at, version > 1 ? note!.trim() : null);
  notify(tx, unitPeople(tx, row.unitId), { kind: "approved", title: `${row.year}年度报告已发布`, body: `${snapshot.title}已向社会公开（第 ${version} 版）。`, link: `/reports/${row.year}/${slug ?? row.code}`, reportId }, at);
  return { ok: true, data: { year: row.year, slug: slug ?? row.code, version } };
}

/** Publishes the consolidated (本级政府) report of a year: the sums as they stand, the office's narrative, the government's name. */
export function publishConsolidatedTx(tx: Tx, year: number, office: { unitId: number; unitName: string }, by: number | null, at: number, note: string | null, governmentName: string): ActionResult<Published> {
  const inputs = loadInputs(tx, year, office);
  if (!inputs) return { ok: false, error: "没有该报告年度。", code: "not_found" };
  if (!inputs.officeReport) return { ok: false, error: "本级汇总报告尚未撰写正文，不能发布。", code: "invalid" };
  const reportId = inputs.officeReport.id;
  const { version } = nextVersion(tx, reportId);
  if (version > 1 && !note?.trim()) return NEEDS_NOTE;
  if (inputs.officeReport.state === "published") return { ok: false, error: "当前版本已发布；如需更正，请先重新打开。", code: "locked" };
  const consolidation = consolidateInputs(inputs);
  const snapshot = buildSnapshot({ kind: "consolidated", year, organisation: governmentName, format: inputs.format, values: consolidation.values, narratives: inputs.officeNarratives, publishedAt: at });
  insert(tx, reportId, CONSOLIDATED_SLUG, version, snapshot, by, at, version > 1 ? note!.trim() : null);
  return { ok: true, data: { year, slug: CONSOLIDATED_SLUG, version } };
}

