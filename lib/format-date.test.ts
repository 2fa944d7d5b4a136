import { describe, expect, it } from "vitest";
import { beijingDate, beijingIso, beijingMidnight, beijingMinute, beijingTime, chineseDate } from "./format-date";

describe("Beijing time", () => {
  // 2026-01-24 18:00:00.123 UTC is 02:00 on the 25th in Beijing.
  const ms = Date.UTC(2026, 0, 24, 18, 0, 0, 123);

  it("reads an instant on the district's wall clock", () => {
    expect(beijingIso(ms)).toBe("2026-01-25T02:00:00.123");
    expect(beijingDate(ms)).toBe("2026-01-25");
    expect(beijingMinute(ms)).toBe("2026-01-25 02:00");
  });

  it("turns wall-clock times and dates back into instants", () => {
    expect(beijingTime(2026, 1, 25, 2)).toBe(ms - 123);
    expect(beijingMidnight("2026-01-25").getTime()).toBe(Date.UTC(2026, 0, 24, 16));
  });

  it("prints a calendar date the Chinese way", () => {
    expect(chineseDate("2021-03-26")).toBe("2021年3月26日");
  });
});
