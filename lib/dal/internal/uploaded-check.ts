import "server-only";
import { eq } from "drizzle-orm";
import { units } from "@/db/schema";
import { mayMakeRules, type UnitKind } from "@/lib/domain";
import { checkRead, type CheckedUpload } from "@/lib/import/published/check-read";
import { matchUnit } from "@/lib/import/published/match-unit";
import type { PublishedRead } from "@/lib/import/published/published-read";
import { buildSnapshot } from "@/lib/publishing/snapshot";
import type { Reader } from "./db-types";
import { readGovernmentLevel } from "./government-level";

export type { CheckedUpload };

/**
 * The unit is taken from the report's title (or the file's name) where it names one of the district's
 * units: its kind decides whether 规章 may be counted; a report no unit's name matches is checked as a
 * department's. Nothing is written.
 */
export function checkUpload(db: Reader, read: PublishedRead, fileName: string): CheckedUpload {
  const all = db.select({ id: units.id, name: units.name, fullName: units.fullName, kind: units.kind }).from(units).where(eq(units.active, true)).all();
  const match = matchUnit(read.unitName ?? fileName.replace(/\.[^.]+$/, ""), all);
  const kind: UnitKind = match.unit ? all.find((u) => u.id === match.unit!.id)!.kind : "agency";
  const year = read.year ?? new Date().getFullYear() - 1;
  const checked = checkRead(read, { year, canMakeRules: mayMakeRules(readGovernmentLevel(db), kind) });
  const organisation = read.unitName ?? match.unit?.name ?? "（未识别的单位）";
  const snapshot = buildSnapshot({ kind: "unit", year, organisation, format: checked.format, values: checked.values, narratives: read.narratives, publishedAt: Date.now() });
  return { read, findings: checked.findings, snapshot, ...(match.unit ? { unitName: match.unit.name } : {}), year };
}
