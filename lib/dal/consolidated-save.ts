import "server-only";
import { and, eq } from "drizzle-orm";
import { narratives, reportChanges, users } from "@/db/schema";
import { canEditConsolidated } from "@/lib/access/consolidated-access";
import type { OfficeEntriesInput, OfficeNarrativeInput } from "@/lib/validation/consolidated-input";
import { narrativeProblem, normalizeNarrative } from "@/lib/validation/report-input";
import { LOCKED, NOT_FOUND, bump, ensureOfficeReport, prelude } from "./consolidated-write";
import { parseChanges, writeCells, type CellConflict, type SavedCell } from "./cell-writes";
import { narrativeKeys } from "./report-save";
import type { ActionResult, CurrentUser } from "./types";

/**
 * Writes to the consolidated report, office roles only: the office's own entries and narrative (kept in
 * the office unit's report for the year, created on first save, every change in report_changes) and
 * overrides of consolidated numbers with their reasons (also recorded in the office report's history).
 */

export interface SaveOfficeEntriesOutcome {
  version: number;
  saved: SavedCell[];
  /** Cells another office person changed since the form was loaded: not overwritten. */
  conflicts: CellConflict[];
}

export function saveOfficeEntries(user: CurrentUser, input: OfficeEntriesInput): ActionResult<SaveOfficeEntriesOutcome> {
  const p = prelude(user, input.year);
  if (!p) return NOT_FOUND;
  const parsing = parseChanges(p.format, input.changes);
  if (!parsing.ok) return parsing;
  const now = Date.now();
  return p.db.transaction((tx) => {
    const report = ensureOfficeReport(tx, p.office, input.year, user.id, now);
    if (!canEditConsolidated(user, report)) return LOCKED;
    const version = report.version + 1;
    const { saved, conflicts, written } = writeCells(tx, report.id, user.id, version, now, parsing.parsed);
    if (written === 0) return { ok: true as const, data: { version: report.version, saved, conflicts } };
    bump(tx, report.id, version, user.id, now);
    return { ok: true as const, data: { version, saved, conflicts } };
  });
}

export interface SaveOfficeNarrativeOutcome {
  rev: number;
  conflict?: { text: string; rev: number; by: string | null; at: number };
}

export function saveOfficeNarrative(user: CurrentUser, input: OfficeNarrativeInput): ActionResult<SaveOfficeNarrativeOutcome> {
  const p = prelude(user, input.year);
  if (!p) return NOT_FOUND;
  if (!narrativeKeys(p.formatVersion, p.localTables).includes(input.sectionKey)) return { ok: false, error: "该部分没有正文。", code: "invalid" };
  const text = normalizeNarrative(input.text);
  const problem = narrativeProblem(text);
  if (problem) return { ok: false, error: problem, code: "invalid" };
  const now = Date.now();
  return p.db.transaction((tx) => {
    const report = ensureOfficeReport(tx, p.office, input.year, user.id, now);
    if (!canEditConsolidated(user, report)) return LOCKED;
    const cur = tx
      .select({ text: narratives.text, rev: narratives.rev, at: narratives.updatedAt, by: users.displayName })
      .from(narratives)
      .leftJoin(users, eq(users.id, narratives.updatedBy))
      .where(and(eq(narratives.reportId, report.id), eq(narratives.sectionKey, input.sectionKey)))
      .get();
    if ((cur?.text ?? "") === text) return { ok: true as const, data: { rev: cur?.rev ?? 0 } };
    if ((cur?.rev ?? 0) !== input.baseRev) {
      // A base revision for a section never saved is stale too: the other side is the empty section, rev 0.
      const theirs = cur ?? { text: "", rev: 0, by: null, at: 0 };
      return { ok: true as const, data: { rev: input.baseRev, conflict: { text: theirs.text, rev: theirs.rev, by: theirs.by, at: theirs.at } } };
    }
    const version = report.version + 1;
    tx.insert(narratives)
      .values({ reportId: report.id, sectionKey: input.sectionKey, text, rev: version, updatedAt: now, updatedBy: user.id })
      .onConflictDoUpdate({ target: [narratives.reportId, narratives.sectionKey], set: { text, rev: version, updatedAt: now, updatedBy: user.id } })
      .run();
    tx.insert(reportChanges)
      .values({ reportId: report.id, userId: user.id, at: now, kind: "narrative", target: input.sectionKey, oldValue: cur?.text ?? null, newValue: text })
      .run();
    bump(tx, report.id, version, user.id, now);
    return { ok: true as const, data: { rev: version } };
  });
}

export { removeOverride, saveOverride } from "./consolidated-override";
