import { REPORT_STATES, type ReportState } from "@/lib/domain";
import { deadlineWords } from "@/lib/deadlines";
import type { DashboardQuery } from "@/lib/validation/dashboard-input";

/** The office dashboard's rows and what is done with them (pure: filter, sort, count, dates). */

export type DashboardUnitKind = "agency" | "subdistrict" | "office";

export interface DashboardRow {
  unitId: number;
  unitName: string;
  unitKind: DashboardUnitKind;
  sortOrder: number;
  /** null only where the year expects a unit whose report row was never created. */
  reportId: number | null;
  /** The office may open the report (handed in or returned); a unit's draft is its own. */
  reviewable: boolean;
  state: ReportState;
  filled: number;
  total: number;
  /** Filled input cells per section with tables (二, 三, 四): how far a draft is, without opening it. */
  bySection: { number: string; filled: number; total: number }[];
  /** Errors and warnings of the stored report; blanks (VAL-BLANK, TXT-SEC5-EMPTY) are left out: completeness shows them. */
  errors: number;
  warnings: number;
  lastChangeAt: number | null;
  lastChangeBy: string | null;
  /** Days from today (in the district's time zone) to the unit deadline; negative once it has passed. */
  daysLeft: number;
  /** Not handed in (submitted, approved or published) and the deadline has passed. */
  late: boolean;
}

/** States in which the unit has handed its report in. */
export const HANDED_IN_STATES: readonly ReportState[] = ["submitted", "approved", "published", "imported"];

export function isHandedIn(state: ReportState): boolean {
  return HANDED_IN_STATES.includes(state);
}

/** The deadline column in words: 已报送, or the deadline's words (还剩 N 天, 今天截止, 已逾期 N 天). */
export function deadlineText(row: Pick<DashboardRow, "state" | "late" | "daysLeft">): string {
  return isHandedIn(row.state) ? "已报送" : deadlineWords(row.daysLeft);
}

export function isLate(state: ReportState, daysLeft: number): boolean {
  return daysLeft < 0 && !isHandedIn(state);
}

export function filterRows(rows: readonly DashboardRow[], query: DashboardQuery): DashboardRow[] {
  return rows.filter(
    (r) => (!query.kind || r.unitKind === query.kind) && (!query.state || r.state === query.state) && (!query.late || r.late),
  );
}

const KIND_ORDER: Record<DashboardUnitKind, number> = { agency: 0, subdistrict: 1, office: 2 };
const STATE_ORDER = new Map(REPORT_STATES.map((s, i) => [s, i]));

export function completeness(row: Pick<DashboardRow, "filled" | "total">): number {
  return row.total ? row.filled / row.total : 0;
}

/** Sort keys; ties keep the units' own order. Handed-in reports sort after every open one by deadline. */
const SORT_VALUE: Record<DashboardQuery["sort"], (r: DashboardRow) => number | string> = {
  unit: (r) => r.sortOrder,
  kind: (r) => KIND_ORDER[r.unitKind],
  state: (r) => STATE_ORDER.get(r.state) ?? 0,
  completeness: (r) => completeness(r),
  errors: (r) => r.errors,
  warnings: (r) => r.warnings,
  lastChange: (r) => r.lastChangeAt ?? -Infinity,
  deadline: (r) => (isHandedIn(r.state) ? Infinity : r.daysLeft),
};

export function sortRows(rows: readonly DashboardRow[], query: Pick<DashboardQuery, "sort" | "dir">): DashboardRow[] {
  const value = SORT_VALUE[query.sort];
  const sign = query.dir === "desc" ? -1 : 1;
  return rows
    .map((r, i) => ({ r, i, v: value(r) }))
    .sort((a, b) => (a.v < b.v ? -sign : a.v > b.v ? sign : 0) || a.r.sortOrder - b.r.sortOrder || a.i - b.i)
    .map((x) => x.r);
}

export type StateCounts = Record<ReportState, number>;

export function countByState(rows: readonly DashboardRow[]): StateCounts {
  const counts = Object.fromEntries(REPORT_STATES.map((s) => [s, 0])) as StateCounts;
  for (const r of rows) counts[r.state]++;
  return counts;
}
