/**
 * Where the demo's years fall, given the day it is seeded on, so that a newcomer sees the year a
 * real district would be preparing that day. Deterministic for a given date (tests pin one).
 *
 *   demoCalendar("2026-12-01")  // current 2026 (units' deadline 2027-01-31 ahead), 2019–2025 closed
 *   demoCalendar("2027-03-15")  // current 2026 still: its deadline just passed, the office consolidates
 *   demoCalendar("2027-04-01")  // current 2027: 2026 is closed and published
 *
 * The year in progress is the previous year until 31 March (its units' deadline ahead, or at most
 * 60 days past), and this year from 1 April; the demo never starts before 2021 is in progress, so
 * the reference-matching 2020 is always a closed year.
 */
import { beijingTime } from "@/lib/format-date";
import { type DemoYear, FIRST_DEMO_YEAR, demoYear } from "./demo-years";

export interface DemoCalendar {
  /** The seeding day, YYYY-MM-DD in Beijing. */
  today: string;
  /** The report year in progress. */
  current: number;
  /** Every demo year, oldest first; all but the last are closed (approved and published). */
  years: DemoYear[];
  /** When the year in progress was opened (epoch ms). */
  openedAt: number;
  /** The end of the day before the seeding day: no seeded activity lies after it (epoch ms). */
  activityUntil: number;
}

const DAY = 86_400_000;
/** The earliest year in progress: 2020 stays a closed year, matching the reference report. */
const EARLIEST_CURRENT = 2021;

/** Today's date in Beijing, YYYY-MM-DD. */
export function beijingToday(now = Date.now()): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function demoCalendar(today: string): DemoCalendar {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  if (!match) throw new Error(`demoCalendar: not a date (YYYY-MM-DD): ${today}`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const current = Math.max(EARLIEST_CURRENT, m <= 3 ? y - 1 : y);
  const startOfToday = beijingTime(y, m, d, 0);
  const activityUntil = startOfToday - 1;
  // A year opens on 1 December; a demo seeded earlier (or on that day) has it open three weeks.
  const openedAt = Math.min(beijingTime(current, 12, 1, 9), activityUntil - 21 * DAY);
  const years: DemoYear[] = [];
  for (let year = FIRST_DEMO_YEAR; year <= current; year++) years.push(demoYear(year));
  return { today, current, years, openedAt, activityUntil };
}

/**
 * The day the tests seed the demo as of (the end-to-end server gets it as DEMO_TODAY): 2021 in
 * progress, its units' deadline three weeks ahead, 2019 and 2020 closed — the data every spec is
 * written against, whatever the date the tests run on.
 */
export const TEST_SEED_DAY = "2022-01-10";
