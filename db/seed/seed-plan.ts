/**
 * What the demo database holds, as plain data (no ids yet): one report per reporting unit and
 * demo year, with its state, cells, narratives and history. seed-demo.ts writes it.
 *
 * Which years there are depends on the seeding day (demo-calendar.ts). Every year before the one
 * in progress is closed: every report approved, complete, submitted by the unit's approver and
 * approved by the office in January, in time to publish by 31 January. The year in progress is a
 * mix of 未开始, 填报中 (partly or fully filled) and 已提交, all done between its opening and the
 * day before seeding. 区教育局 (edu) and 新碶街道 (xinqi) are drafts with table 三 still empty
 * (the end-to-end tests fill it in).
 */
import type { ReportState } from "@/lib/domain";
import { beijingTime } from "@/lib/format-date";
import type { CellEntry, ReportValues } from "@/lib/report-format";
import { NARRATIVE_KEYS, demoNarratives } from "./demo-narratives";
import { demoFormat, demoValues } from "./demo-values";
import { type DemoCalendar, beijingToday } from "./demo-calendar";
import { type Rng, intBetween, rngFor } from "./prng";
import { DEMO_REPORTING_UNITS } from "./units";

export type SeedRole = "editor" | "approver" | "reviewer";

export interface PlannedChange {
  at: number;
  by: SeedRole;
  kind: "cell" | "narrative" | "state";
  target: string;
  oldValue: string | null;
  newValue: string | null;
}

export interface PlannedReport {
  unitCode: string;
  year: number;
  state: ReportState;
  version: number;
  /** Time of the last change (filling, or submission); null when not started. */
  updatedAt: number | null;
  filledAt: number;
  submittedAt: number | null;
  cells: ReportValues;
  narratives: Record<string, string>;
  changes: PlannedChange[];
}

/** Units whose draft of the year in progress has table 三 empty (the end-to-end tests fill it in). */
export const DRAFTS_WITHOUT_TABLE_3 = ["edu", "xinqi"] as const;


/** A working-hours time on a day in [fromDay, toDay] of a month of a year. */
function dayIn(rng: Rng, y: number, month: number, fromDay: number, toDay: number): number {
  return beijingTime(y, month, intBetween(rng, fromDay, toDay), intBetween(rng, 9, 16), intBetween(rng, 0, 59));
}

/** A working-hours time on a day between from and to (epoch ms), never outside them. */
function momentIn(rng: Rng, from: number, to: number): number {
  const day = beijingToday(from + Math.floor(rng() * Math.max(0, to - from)));
  const [y, m, d] = day.split("-").map(Number);
  return Math.min(to, Math.max(from, beijingTime(y, m, d, intBetween(rng, 9, 16), intBetween(rng, 0, 59))));
}

type Fill = "not_started" | "partial" | "full" | "submitted";

/**
 * A unit's state in the year in progress: roughly a third each of 未开始, 填报中 and 已提交. It
 * depends on the unit only, so the same units are behind whichever year is in progress.
 */
export function fillCurrent(unitCode: string): Fill {
  if ((DRAFTS_WITHOUT_TABLE_3 as readonly string[]).includes(unitCode)) return "partial";
  // The label keeps the mix the demo had when 2021 was the year in progress.
  const r = rngFor("2021-state", unitCode)();
  return r < 0.3 ? "submitted" : r < 0.45 ? "full" : r < 0.7 ? "partial" : "not_started";
}

/** Table ids in the order a unit fills them in. */
const FILL_ORDER = ["b1", "b5", "b6", "b8", "t3", "t4"];

function pickCells(values: ReportValues, tableIds: readonly string[]): ReportValues {
  const out: ReportValues = {};
  for (const [key, entry] of Object.entries(values)) {
    if (tableIds.includes(key.split(".")[0])) out[key] = entry;
  }
  return out;
}

function shown(entry: CellEntry): string {
  return entry.unit ? `${entry.value} ${entry.unit}` : entry.value;
}

function planClosed(unitCode: string, year: number): PlannedReport {
  const rng = rngFor("seed", unitCode, year);
  const filledAt = dayIn(rng, year + 1, 1, 4, 10);
  const submittedAt = dayIn(rng, year + 1, 1, 11, 20);
  const approvedAt = dayIn(rng, year + 1, 1, 21, 27);
  return {
    unitCode,
    year,
    state: "approved",
    version: 1,
    updatedAt: submittedAt,
    filledAt,
    submittedAt,
    cells: demoValues(unitCode, year),
    narratives: nonEmpty(demoNarratives(unitCode, year)),
    changes: [
      { at: filledAt, by: "editor", kind: "state", target: "state", oldValue: "not_started", newValue: "draft" },
      { at: submittedAt, by: "approver", kind: "state", target: "state", oldValue: "draft", newValue: "submitted" },
      { at: approvedAt, by: "reviewer", kind: "state", target: "state", oldValue: "submitted", newValue: "approved" },
    ],
  };
}

function nonEmpty(texts: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(texts).filter(([, t]) => t.trim() !== ""));
}

function planCurrent(unitCode: string, calendar: DemoCalendar): PlannedReport {
  const year = calendar.current;
  const rng = rngFor("seed", unitCode, year);
  const fill = fillCurrent(unitCode);
  // The window the year has been open; the last hour of it is left for the history's later steps.
  const [opened, until] = [calendar.openedAt, calendar.activityUntil - 3_600_000];
  const filledAt = momentIn(rng, opened, opened + (until - opened) * 0.6);
  const base: PlannedReport = {
    unitCode,
    year,
    state: "not_started",
    version: 0,
    updatedAt: null,
    filledAt,
    submittedAt: null,
    cells: {},
    narratives: {},
    changes: [],
  };
  if (fill === "not_started") return base;

  const all = demoValues(unitCode, year);
  const texts = nonEmpty(demoNarratives(unitCode, year));
  const started = { at: filledAt, by: "editor" as const, kind: "state" as const, target: "state" };
  if (fill === "submitted") {
    const submittedAt = momentIn(rng, filledAt, until);
    return {
      ...base,
      state: "submitted",
      version: 1,
      updatedAt: submittedAt,
      submittedAt,
      cells: all,
      narratives: texts,
      changes: [
        { ...started, oldValue: "not_started", newValue: "draft" },
        { at: submittedAt, by: "approver", kind: "state", target: "state", oldValue: "draft", newValue: "submitted" },
      ],
    };
  }

  // Drafts: fully filled but not yet signed off, or filled up to some table.
  const noTable3 = (DRAFTS_WITHOUT_TABLE_3 as readonly string[]).includes(unitCode);
  const tables = fill === "full" ? FILL_ORDER : FILL_ORDER.slice(0, noTable3 ? 4 : intBetween(rng, 1, 5));
  const cells = pickCells(all, tables);
  // A partly filled draft has at most its 编制说明 yet: section 一 quotes tables still being filled in.
  const narrativeKeys = fill === "full" ? NARRATIVE_KEYS : NARRATIVE_KEYS.slice(0, intBetween(rng, 0, 1));
  const narratives = Object.fromEntries(Object.entries(texts).filter(([k]) => narrativeKeys.includes(k as never)));

  // The history shows the first cells typed in (the rest came in one import, not itemised here).
  const format = demoFormat(year);
  const typed = format.inputCells.filter((c) => cells[c.key] && c.kind !== "amount").slice(0, 6);
  const changes: PlannedChange[] = [
    { ...started, oldValue: "not_started", newValue: "draft" },
    ...typed.map((c, i) => ({
      at: filledAt + (i + 1) * 47_000,
      by: "editor" as const,
      kind: "cell" as const,
      target: c.key,
      oldValue: null,
      newValue: shown(cells[c.key]),
    })),
  ];
  if (narratives.preamble) {
    const at = filledAt + 20 * 60_000;
    changes.push({ at, by: "editor", kind: "narrative", target: "preamble", oldValue: null, newValue: narratives.preamble });
  }
  const updatedAt = Math.max(filledAt, ...changes.map((c) => c.at));
  return { ...base, state: "draft", version: 1, updatedAt, cells, narratives, changes };
}

/** Every demo report, year by year, unit by unit. */
export function planDemoReports(calendar: DemoCalendar): PlannedReport[] {
  const out: PlannedReport[] = [];
  for (const y of calendar.years) {
    for (const unit of DEMO_REPORTING_UNITS) {
      out.push(y.year === calendar.current ? planCurrent(unit.code, calendar) : planClosed(unit.code, y.year));
    }
  }
  return out;
}
