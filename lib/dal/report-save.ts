import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { cellValues, reportChanges, reports } from "@/db/schema";
import { canEditReport, lockedReason } from "@/lib/access/report-access";
import { narrativeKeys as sectionKeysWithText, resolveFormat, type AmountUnit } from "@/lib/report-format";
import { parseChanges, writeCells, type CellConflict, type SavedCell } from "./internal/cell-writes";
import type { SaveCellsInput, SaveNarrativeInput } from "@/lib/validation/report-input";
import { prepared } from "./internal/prepared";
import { findReadableReport } from "./report-gate";
import type { ActionResult, CurrentUser } from "./types";
import type { Tx } from "./internal/db-types";
import { REPORT_NOT_FOUND } from "./internal/not-found";
import { acceptedNarrative, writeNarrative } from "./internal/narrative-write";


export type { CellConflict, SavedCell };

export interface SaveCellsOutcome {
  version: number;
  saved: SavedCell[];
  /** Cells someone else changed after the editor's base: not overwritten; the person chooses. */
  conflicts: CellConflict[];
  /** Others' changes since `sinceVersion` to cells this save did not touch. */
  others: SavedCell[];
}

/**
 * Saves changed cells in one transaction. Refuses the whole batch if any value is invalid; never overwrites
 * a cell someone else changed since the editor's base rev (that cell is returned as a conflict instead).
 */
export function saveCells(user: CurrentUser, input: SaveCellsInput): ActionResult<SaveCellsOutcome> {
  const header = findReadableReport(user, input.reportId);
  if (!header) return { ok: false, error: REPORT_NOT_FOUND, code: "not_found" };
  const format = resolveFormat(header.formatVersion, header.localTables);

  const parsing = parseChanges(format, input.changes);
  if (!parsing.ok) return parsing;
  const parsed = parsing.parsed;

  const db = getDb();
  const now = Date.now();
  return db.transaction((tx) => {
    // Re-read inside the transaction: state and version may have moved since the check above.
    const report = reportRow(db).get({ id: header.id });
    if (!report) return { ok: false as const, error: REPORT_NOT_FOUND, code: "not_found" as const };
    if (!canEditReport(user, report)) return { ok: false as const, error: lockedReason(report.state), code: "locked" as const };

    const version = report.version + 1;
    const { saved, conflicts, written } = writeCells(tx, report.id, user.id, version, now, parsed);
    if (written > 0) touchReport(tx, report, user.id, version, now);
    const newVersion = written > 0 ? version : report.version;

    const touched = new Set(parsed.map((p) => p.key));
    const others = changedSince(db)
      .all({ reportId: report.id, since: input.sinceVersion })
      .filter((c) => !touched.has(c.key))
      .map((c) => ({ key: c.key, value: c.value, rev: c.rev, ...(c.unit ? { unit: c.unit as AmountUnit } : {}) }));

    return { ok: true as const, data: { version: newVersion, saved, conflicts, others } };
  });
}

// Compiled once: every autosave runs these (the transaction is on the same connection, so they see its writes).
const reportRow = prepared((db) => db.select().from(reports).where(eq(reports.id, sql.placeholder("id"))).prepare());

const changedSince = prepared((db) =>
  db
    .select({ key: cellValues.key, value: cellValues.value, unit: cellValues.unit, rev: cellValues.rev })
    .from(cellValues)
    .where(and(eq(cellValues.reportId, sql.placeholder("reportId")), gt(cellValues.rev, sql.placeholder("since"))))
    .prepare(),
);

const bumpVersion = prepared((db) =>
  db
    .update(reports)
    .set({ version: sql.placeholder("version") as unknown as number, updatedAt: sql.placeholder("at") as unknown as number, updatedBy: sql.placeholder("by") as unknown as number })
    .where(eq(reports.id, sql.placeholder("id")))
    .prepare(),
);


/** Bumps the version and, on a report's first change, moves it from 未开始 to 填报中 (recorded in the history). */
function touchReport(tx: Tx, report: typeof reports.$inferSelect, userId: number, version: number, now: number) {
  const startsDraft = report.state === "not_started";
  if (startsDraft) tx.update(reports).set({ version, updatedAt: now, updatedBy: userId, state: "draft" }).where(eq(reports.id, report.id)).run();
  else bumpVersion(getDb()).run({ id: report.id, version, at: now, by: userId });
  if (startsDraft) {
    tx.insert(reportChanges)
      .values({ reportId: report.id, userId, at: now, kind: "state", target: "state", oldValue: "not_started", newValue: "draft" })
      .run();
  }
}

export interface SaveNarrativeOutcome {
  version: number;
  rev: number;
  conflict?: { text: string; rev: number; by: string | null; at: number };
}

/** Section keys that hold text: the 编制说明 preamble and every section whose format allows a narrative. */
export function narrativeKeys(formatVersion: string, localTables: string[]): string[] {
  return sectionKeysWithText(resolveFormat(formatVersion, localTables));
}

export function saveNarrative(user: CurrentUser, input: SaveNarrativeInput): ActionResult<SaveNarrativeOutcome> {
  const header = findReadableReport(user, input.reportId);
  if (!header) return { ok: false, error: REPORT_NOT_FOUND, code: "not_found" };
  const accepted = acceptedNarrative(narrativeKeys(header.formatVersion, header.localTables), input.sectionKey, input.text);
  if (!accepted.ok) return accepted;

  const now = Date.now();
  return getDb().transaction((tx) => {
    const report = tx.select().from(reports).where(eq(reports.id, header.id)).get();
    if (!report) return { ok: false as const, error: REPORT_NOT_FOUND, code: "not_found" as const };
    if (!canEditReport(user, report)) return { ok: false as const, error: lockedReason(report.state), code: "locked" as const };
    const version = report.version + 1;
    const w = writeNarrative(tx, { reportId: report.id, sectionKey: input.sectionKey, text: accepted.text, baseRev: input.baseRev, version, userId: user.id, now });
    if (w.kind === "unchanged") return { ok: true as const, data: { version: report.version, rev: w.rev } };
    if (w.kind === "conflict") return { ok: true as const, data: { version: report.version, rev: input.baseRev, conflict: w.conflict } };
    touchReport(tx, report, user.id, version, now);
    return { ok: true as const, data: { version, rev: version } };
  });
}
