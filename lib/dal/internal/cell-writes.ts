import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { prepared } from "./prepared";
import { cellValues, reportChanges, users } from "@/db/schema";
import { parseCellInput, type AmountUnit, type ReportFormat } from "@/lib/report-format";
import type { Tx } from "./db-types";

/**
 * Writing cells of any report (a unit's, or the office's own entries): parsing against the format,
 * optimistic concurrency per cell, one row per cell, and a history row per change.
 */

// One compiled statement for any number of keys: the keys travel as one JSON array.
const currentCells = prepared((db) =>
  db
    .select({ key: cellValues.key, value: cellValues.value, unit: cellValues.unit, rev: cellValues.rev, at: cellValues.updatedAt, by: users.displayName })
    .from(cellValues)
    .leftJoin(users, eq(users.id, cellValues.updatedBy))
    .where(and(eq(cellValues.reportId, sql.placeholder("reportId")), sql`${cellValues.key} in (select value from json_each(${sql.placeholder("keys")}))`))
    .prepare(),
);

const upsertCell = prepared((db) =>
  db
    .insert(cellValues)
    .values({
      reportId: sql.placeholder("reportId"),
      key: sql.placeholder("key"),
      value: sql.placeholder("value"),
      unit: sql.placeholder("unit"),
      rev: sql.placeholder("rev"),
      updatedAt: sql.placeholder("at"),
      updatedBy: sql.placeholder("by"),
    })
    .onConflictDoUpdate({
      target: [cellValues.reportId, cellValues.key],
      set: { value: sql`excluded.value`, unit: sql`excluded.unit`, rev: sql`excluded.rev`, updatedAt: sql`excluded.updated_at`, updatedBy: sql`excluded.updated_by` },
    })
    .prepare(),
);

const insertCellChange = prepared((db) =>
  db
    .insert(reportChanges)
    .values({
      reportId: sql.placeholder("reportId"),
      userId: sql.placeholder("by"),
      at: sql.placeholder("at"),
      kind: "cell",
      target: sql.placeholder("key"),
      oldValue: sql.placeholder("old"),
      newValue: sql.placeholder("new"),
    })
    .prepare(),
);


export interface ParsedChange {
  key: string;
  value: string | null;
  unit: AmountUnit | null;
  baseRev: number;
}

export interface SavedCell {
  key: string;
  value: string | null;
  unit?: AmountUnit;
  rev: number;
}

export interface CellConflict extends SavedCell {
  by: string | null;
  at: number;
}

export type ParseFailure = { ok: false; error: string; code: "invalid"; fieldErrors?: Record<string, string> };

/**
 * Reads typed changes against the format; the first invalid one refuses the whole batch. So does a cell named
 * twice (the save schemas refuse it too): writeCells reads each cell's old value once, so a second change
 * would be acknowledged against a stale base and write a history row from the wrong old value.
 */
export function parseChanges(
  format: ReportFormat,
  changes: readonly { key: string; value: string; unit?: AmountUnit; baseRev: number }[],
): { ok: true; parsed: ParsedChange[] } | ParseFailure {
  const parsed: ParsedChange[] = [];
  const seen = new Set<string>();
  for (const change of changes) {
    const cell = format.cellByKey.get(change.key);
    if (!cell || cell.sumOf) return { ok: false, error: `表格中没有可填写的单元格“${change.key}”。`, code: "invalid" };
    if (seen.has(cell.key)) return { ok: false, error: `同一次保存中“${cell.name}”出现了不止一次，未保存。请刷新页面后重试。`, code: "invalid" };
    seen.add(cell.key);
    const amountUnit = cell.kind === "amount" ? (change.unit ?? cell.units?.[0] ?? null) : null;
    // An amount's decimals are read in the unit it is saved in (to the 分: 2 in 元, 6 in 万元).
    const result = parseCellInput(cell, change.value, amountUnit ?? undefined);
    if (!result.ok) return { ok: false, error: `“${cell.name}”：${result.message}`, code: "invalid", fieldErrors: { [cell.key]: result.message } };
    let unit: AmountUnit | null = null;
    if (cell.kind === "amount" && result.value !== null) {
      unit = amountUnit;
      if (!unit || !cell.units?.includes(unit)) return { ok: false, error: `“${cell.name}”：金额单位无效。`, code: "invalid" };
    }
    parsed.push({ key: cell.key, value: result.value, unit, baseRev: change.baseRev });
  }
  return { ok: true, parsed };
}

export const displayValue = (value: string | null, unit: string | null | undefined) => (value === null ? null : unit ? `${value} ${unit}` : value);

const unitOf = (u: string | null | undefined) => (u ? { unit: u as AmountUnit } : {});

/**
 * Applies parsed changes inside the caller's transaction. A cell someone else changed since the change's
 * base rev is not written: it comes back as a conflict. Written cells take `version` as their rev.
 */
export function writeCells(
  tx: Tx,
  reportId: number,
  userId: number,
  version: number,
  now: number,
  parsed: readonly ParsedChange[],
): { saved: SavedCell[]; conflicts: CellConflict[]; written: number } {
  // The transaction runs on the one connection: its compiled statements see what the transaction wrote.
  const db = getDb();
  const current = new Map(
    currentCells(db)
      .all({ reportId, keys: JSON.stringify(parsed.map((p) => p.key)) })
      .map((c) => [c.key, c]),
  );
  const saved: SavedCell[] = [];
  const conflicts: CellConflict[] = [];
  const writes: ParsedChange[] = [];
  for (const p of parsed) {
    const cur = current.get(p.key);
    if ((cur?.value ?? null) === p.value && (cur?.unit ?? null) === p.unit) {
      saved.push({ key: p.key, value: p.value, rev: cur?.rev ?? 0, ...unitOf(p.unit) });
    } else if (cur && cur.rev !== p.baseRev) {
      conflicts.push({ key: p.key, value: cur.value, rev: cur.rev, by: cur.by, at: cur.at, ...unitOf(cur.unit) });
    } else {
      writes.push(p);
      saved.push({ key: p.key, value: p.value, rev: version, ...unitOf(p.unit) });
    }
  }
  // One compiled statement per written cell: cheaper than building a multi-row statement on every save.
  for (const w of writes) {
    const cur = current.get(w.key);
    upsertCell(db).run({ reportId, key: w.key, value: w.value, unit: w.unit, rev: version, at: now, by: userId });
    insertCellChange(db).run({ reportId, by: userId, at: now, key: w.key, old: displayValue(cur?.value ?? null, cur?.unit), new: displayValue(w.value, w.unit) });
  }
  return { saved, conflicts, written: writes.length };
}
