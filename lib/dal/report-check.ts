import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { units } from "@/db/schema";
import type { Finding } from "@/lib/checks/types";
import { mayMakeRules, type UnitKind } from "@/lib/domain";
import { checkRead } from "@/lib/import/published/check-read";
import { matchUnit } from "@/lib/import/published/match-unit";
import type { PublishedRead } from "@/lib/import/published/published-read";
import { readUpload } from "@/lib/import/published/read-upload";
import { buildSnapshot, type PublishedReport } from "@/lib/publishing/snapshot";
import { readGovernmentLevel } from "./internal/government-level";
import type { ActionResult, CurrentUser } from "./types";

/**
 * 检查一份报告: any signed-in person uploads a report published outside the application (or a draft) and
 * gets every finding the checks raise, without anything being stored. The unit is taken from the report's
 * title where it names one of the district's units (its kind decides whether 规章 may be counted); a
 * report no unit's name matches is checked as a department's.
 */

export interface CheckedUpload {
  read: PublishedRead;
  findings: Finding[];
  /** The report as it would be stored, in the official layout's shape. */
  snapshot: PublishedReport;
  /** The district's unit the title names, when exactly one does. */
  unitName?: string;
  year: number;
}

export async function checkUploadedReport(user: CurrentUser, file: { name: string; bytes: Uint8Array }): Promise<ActionResult<CheckedUpload>> {
  const result = await readUpload(user.id, file);
  if (!result.ok) return { ok: false, error: result.problem, code: "invalid" };
  const { read } = result;
  const db = getDb();
  const all = db.select({ id: units.id, name: units.name, kind: units.kind }).from(units).where(eq(units.active, true)).all();
  const match = matchUnit(read.unitName ?? file.name.replace(/\.[^.]+$/, ""), all);
  const kind: UnitKind = (match.unit ? all.find((u) => u.id === match.unit!.id)!.kind : "agency") as UnitKind;
  const year = read.year ?? new Date().getFullYear() - 1;
  const checked = checkRead(read, { year, canMakeRules: mayMakeRules(readGovernmentLevel(db), kind) });
  const organisation = read.unitName ?? match.unit?.name ?? "（未识别的单位）";
  const snapshot = buildSnapshot({ kind: "unit", year, organisation, format: checked.format, values: checked.values, narratives: read.narratives, publishedAt: Date.now() });
  return { ok: true, data: { read, findings: checked.findings, snapshot, ...(match.unit ? { unitName: match.unit.name } : {}), year } };
}
