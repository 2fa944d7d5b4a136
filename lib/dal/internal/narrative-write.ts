import "server-only";
import { and, eq } from "drizzle-orm";
import { narratives, reportChanges, users } from "@/db/schema";
import { narrativeProblem, normalizeNarrative } from "@/lib/validation/report-input";
import type { ActionResult } from "../types";
import type { Tx } from "./db-types";

export interface NarrativeConflict {
  text: string;
  rev: number;
  by: string | null;
  at: number;
}

/** A narrative as the person typed it, normalised, or why it cannot be saved (a section without text, bad characters). */
export function acceptedNarrative(keys: readonly string[], sectionKey: string, raw: string): { ok: true; text: string } | Extract<ActionResult, { ok: false }> {
  if (!keys.includes(sectionKey)) return { ok: false, error: "该部分没有正文。", code: "invalid" };
  const text = normalizeNarrative(raw);
  const problem = narrativeProblem(text);
  return problem ? { ok: false, error: problem, code: "invalid" } : { ok: true, text };
}

/**
 * One section's text written inside the caller's transaction, with the history row: unchanged text writes
 * nothing; a base revision other than the stored one is a conflict (a section never saved is at rev 0, so a
 * stale base for it is a conflict too), answered with what is stored; otherwise the text is stored at `version`.
 */
export function writeNarrative(
  tx: Tx,
  w: { reportId: number; sectionKey: string; text: string; baseRev: number; version: number; userId: number; now: number },
): { kind: "unchanged"; rev: number } | { kind: "conflict"; conflict: NarrativeConflict } | { kind: "written" } {
  const cur = tx
    .select({ text: narratives.text, rev: narratives.rev, at: narratives.updatedAt, by: users.displayName })
    .from(narratives)
    .leftJoin(users, eq(users.id, narratives.updatedBy))
    .where(and(eq(narratives.reportId, w.reportId), eq(narratives.sectionKey, w.sectionKey)))
    .get();
  if ((cur?.text ?? "") === w.text) return { kind: "unchanged", rev: cur?.rev ?? 0 };
  if ((cur?.rev ?? 0) !== w.baseRev) {
    const theirs = cur ?? { text: "", rev: 0, by: null, at: 0 };
    return { kind: "conflict", conflict: { text: theirs.text, rev: theirs.rev, by: theirs.by, at: theirs.at } };
  }
  const set = { text: w.text, rev: w.version, updatedAt: w.now, updatedBy: w.userId };
  tx.insert(narratives)
    .values({ reportId: w.reportId, sectionKey: w.sectionKey, ...set })
    .onConflictDoUpdate({ target: [narratives.reportId, narratives.sectionKey], set })
    .run();
  tx.insert(reportChanges)
    .values({ reportId: w.reportId, userId: w.userId, at: w.now, kind: "narrative", target: w.sectionKey, oldValue: cur?.text ?? null, newValue: w.text })
    .run();
  return { kind: "written" };
}
