import { describe, expect, it } from "vitest";
import { createFixture } from "@/lib/testing/fixtures";
import { listYearOverview } from "./year-overview";

describe("listYearOverview", () => {
  it("counts each year's own expected units and their states, for the office only", () => {
    const f = createFixture("Secret123", 2031);
    const [year] = listYearOverview(f.reviewer).filter((y) => y.year === 2031);
    expect(year.expected).toBe(2);
    expect(year.byState).toEqual({ not_started: 2 });
    expect(listYearOverview(f.eduEditor)).toEqual([]);
  });
});
