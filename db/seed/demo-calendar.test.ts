import { describe, expect, it } from "vitest";
import { beijingTime } from "@/lib/format-date";
import { TEST_SEED_DAY, beijingToday, demoCalendar } from "./demo-calendar";

const DAY = 86_400_000;
/** Days from the seeding day to the units' deadline of the year in progress (negative: passed). */
function daysToDeadline(today: string): number {
  const cal = demoCalendar(today);
  const deadline = cal.years.at(-1)!.unitDeadline;
  return Math.round((Date.parse(deadline) - Date.parse(today)) / DAY);
}

describe("demo date placement", () => {
  it("on 1 December 2026, 2026 is in progress with its deadline ahead and 2019–2025 closed", () => {
    const cal = demoCalendar("2026-12-01");
    expect(cal.current).toBe(2026);
    expect(cal.years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(cal.years.at(-1)).toMatchObject({ formatVersion: "2021", unitDeadline: "2027-01-31", consolidatedDeadline: "2027-03-31" });
    expect(daysToDeadline("2026-12-01")).toBe(61);
  });

  it("keeps the reference year 2020 closed in the 2019 format with table A, and 2019 before it", () => {
    for (const day of ["2022-01-10", "2026-12-01", "2031-06-30"]) {
      const years = demoCalendar(day).years;
      expect(years[0]).toMatchObject({ year: 2019, formatVersion: "2019", localTables: [] });
      expect(years[1]).toMatchObject({ year: 2020, formatVersion: "2019", localTables: ["A"] });
      expect(years.slice(2).every((y) => y.formatVersion === "2021" && y.localTables.length === 0)).toBe(true);
    }
  });

  it("until 31 March the previous year is in progress (its deadline just passed); from 1 April this year", () => {
    expect(demoCalendar("2027-01-31").current).toBe(2026);
    expect(demoCalendar("2027-03-31").current).toBe(2026);
    expect(demoCalendar("2027-04-01").current).toBe(2027);
    expect(demoCalendar("2027-11-30").current).toBe(2027);
  });

  it("never leaves the deadline more than 60 days past, on any day of several years", () => {
    let worst = Infinity;
    for (let t = Date.parse("2022-04-01"); t < Date.parse("2031-04-01"); t += DAY) {
      const days = daysToDeadline(new Date(t).toISOString().slice(0, 10));
      worst = Math.min(worst, days);
      expect(days).toBeLessThan(366);
    }
    expect(worst).toBe(-60); // 31 March of a leap year
  });

  it("opens the year in progress on 1 December, or three weeks before a seeding day that comes earlier", () => {
    expect(demoCalendar("2027-01-10").openedAt).toBe(beijingTime(2026, 12, 1, 9));
    expect(demoCalendar("2026-12-01").openedAt).toBe(beijingTime(2026, 12, 1, 0) - 1 - 21 * DAY);
    const june = demoCalendar("2027-06-15");
    expect(june.openedAt).toBeLessThan(june.activityUntil);
    expect(june.activityUntil).toBe(beijingTime(2027, 6, 15, 0) - 1);
  });

  it("is the same for the same day, and the tests' day puts 2021 in progress", () => {
    expect(demoCalendar("2026-12-01")).toEqual(demoCalendar("2026-12-01"));
    expect(demoCalendar(TEST_SEED_DAY)).toMatchObject({ current: 2021 });
    expect(demoCalendar(TEST_SEED_DAY).years.map((y) => y.year)).toEqual([2019, 2020, 2021]);
  });

  it("refuses what is not a date, and reads today in Beijing", () => {
    expect(() => demoCalendar("2026-1-1")).toThrow();
    expect(() => demoCalendar("明天")).toThrow();
    // 1 December 2026, 16:30 UTC is already 2 December in Beijing.
    expect(beijingToday(Date.UTC(2026, 11, 1, 16, 30))).toBe("2026-12-02");
  });
});
