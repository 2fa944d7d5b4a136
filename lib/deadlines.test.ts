import { describe, expect, it } from "vitest";
import { daysUntil, deadlineWords } from "./deadlines";

describe("deadlines", () => {
  it("counts whole days in Beijing: 0 on the day, negative after", () => {
    // 30 January 2027, 23:30 in Beijing is still the day before the deadline.
    expect(daysUntil("2027-01-31", Date.parse("2027-01-30T15:30:00Z"))).toBe(1);
    expect(daysUntil("2027-01-31", Date.parse("2027-01-30T16:30:00Z"))).toBe(0);
    expect(daysUntil("2027-01-31", Date.parse("2027-02-03T02:00:00Z"))).toBe(-3);
    expect(daysUntil("2027-01-31", Date.parse("2026-12-01T02:00:00Z"))).toBe(61);
  });

  it("says it in the one wording the home, the report, the dashboard and reminders share", () => {
    expect(deadlineWords(61)).toBe("还剩 61 天");
    expect(deadlineWords(0)).toBe("今天截止");
    expect(deadlineWords(-3)).toBe("已逾期 3 天");
  });
});
