import "server-only";
import { canEditConsolidated } from "@/lib/access/consolidated-access";
import type { OfficeEntriesInput, OfficeNarrativeInput } from "@/lib/validation/consolidated-input";
import { LOCKED, NOT_FOUND, bump, ensureOfficeReport, prelude } from "./internal/consolidated-write";
import { parseChanges, writeCells, type CellConflict, type SavedCell } from "./internal/cell-writes";
import { narrativeKeys } from "./report-save";
import type { ActionResult, CurrentUser } from "./types";
import { acceptedNarrative, writeNarrative } from "./internal/narrative-write";

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
  const accepted = acceptedNarrative(narrativeKeys(p.formatVersion, p.localTables), input.sectionKey, input.text);
  if (!accepted.ok) return accepted;
  const now = Date.now();
  return p.db.transaction((tx) => {
    const report = ensureOfficeReport(tx, p.office, input.year, user.id, now);
    if (!canEditConsolidated(user, report)) return LOCKED;
    const version = report.version + 1;
    const w = writeNarrative(tx, { reportId: report.id, sectionKey: input.sectionKey, text: accepted.text, baseRev: input.baseRev, version, userId: user.id, now });
    if (w.kind === "unchanged") return { ok: true as const, data: { rev: w.rev } };
    if (w.kind === "conflict") return { ok: true as const, data: { rev: input.baseRev, conflict: w.conflict } };
    bump(tx, report.id, version, user.id, now);
    return { ok: true as const, data: { rev: version } };
  });
}

export { removeOverride, saveOverride } from "./consolidated-override";
