import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { cellValues, narratives, reportChanges, users } from "@/db/schema";
import { canEditConsolidated } from "@/lib/access/consolidated-access";
import type { AmountUnit } from "@/lib/report-format";
import type { OfficeEntriesInput, OfficeNarrativeInput } from "@/lib/validation/consolidated-input";
import { narrativeProblem, normalizeNarrative } from "@/lib/validation/report-input";
import { LOCKED, NOT_FOUND, bump, display, ensureOfficeReport, parseFor, prelude } from "./consolidated-write";
import { narrativeKeys, type CellConflict, type SavedCell } from "./report-save";
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
  const parsed: { key: string; value: string | null; unit: AmountUnit | null; baseRev: number }[] = [];
  for (const ch of input.changes) {
    const r = parseFor(p.format, ch.key, ch.value, ch.unit);
    if ("error" in r) return { ok: false, error: r.error!, code: "invalid", ...("field" in r ? { fieldErrors: { [ch.key]: r.field! } } : {}) };
    parsed.push({ key: r.cell.key, value: r.value, unit: r.unit, baseRev: ch.baseRev });
  }
  const now = Date.now();
  return p.db.transaction((tx) => {
    const report = ensureOfficeReport(tx, p.office, input.year, user.id, now);
    if (!canEditConsolidated(user, report)) return LOCKED;
    const current = new Map(
      tx
        .select({ key: cellValues.key, value: cellValues.value, unit: cellValues.unit, rev: cellValues.rev, at: cellValues.updatedAt, by: users.displayName })
        .from(cellValues)
        .leftJoin(users, eq(users.id, cellValues.updatedBy))
        .where(and(eq(cellValues.reportId, report.id), inArray(cellValues.key, parsed.map((x) => x.key))))
        .all()
        .map((c) => [c.key, c]),
    );
    const version = report.version + 1;
    const saved: SavedCell[] = [];
    const conflicts: CellConflict[] = [];
    const writes: typeof parsed = [];
    for (const w of parsed) {
      const cur = current.get(w.key);
      const unitOf = (u: string | null | undefined) => (u ? { unit: u as AmountUnit } : {});
      if ((cur?.value ?? null) === w.value && (cur?.unit ?? null) === w.unit) saved.push({ key: w.key, value: w.value, rev: cur?.rev ?? 0, ...unitOf(w.unit) });
      else if (cur && cur.rev !== w.baseRev) conflicts.push({ key: w.key, value: cur.value, rev: cur.rev, by: cur.by, at: cur.at, ...unitOf(cur.unit) });
      else {
        writes.push(w);
        saved.push({ key: w.key, value: w.value, rev: version, ...unitOf(w.unit) });
      }
    }
    if (writes.length === 0) return { ok: true as const, data: { version: report.version, saved, conflicts } };
    tx.insert(cellValues)
      .values(writes.map((w) => ({ reportId: report.id, key: w.key, value: w.value, unit: w.unit, rev: version, updatedAt: now, updatedBy: user.id })))
      .onConflictDoUpdate({
        target: [cellValues.reportId, cellValues.key],
        set: { value: sql`excluded.value`, unit: sql`excluded.unit`, rev: sql`excluded.rev`, updatedAt: sql`excluded.updated_at`, updatedBy: sql`excluded.updated_by` },
      })
      .run();
    tx.insert(reportChanges)
      .values(writes.map((w) => ({ reportId: report.id, userId: user.id, at: now, kind: "cell" as const, target: w.key, oldValue: display(current.get(w.key)?.value ?? null, current.get(w.key)?.unit), newValue: display(w.value, w.unit) })))
      .run();
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
    if (cur && cur.rev !== input.baseRev) return { ok: true as const, data: { rev: input.baseRev, conflict: { text: cur.text, rev: cur.rev, by: cur.by, at: cur.at } } };
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
