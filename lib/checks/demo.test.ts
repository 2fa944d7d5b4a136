import { describe, expect, it } from "vitest";
import { demoCalendar } from "@/db/seed/demo-calendar";
import { AMOUNT_UNIT_SLIP_UNIT, PRESS_LEADER_SLIP_UNIT } from "@/db/seed/demo-values";
import { DEMO_REPORTING_UNITS } from "@/db/seed/units";
import { demoContext, run } from "@/lib/testing/check-fixtures";

/** Every year of a demo seeded on 1 December 2026 (2019–2026). */
const YEARS = demoCalendar("2026-12-01").years.map((y) => y.year);

/** What the demo's reports raise, apart from reviewers' infos: errors, and warnings of the narrative checks. */
function problems(code: string, year: number): string[] {
  return run(demoContext(code, year, { previous: true }))
    .filter((f) => f.severity === "error" || (f.severity === "warning" && f.checkId.startsWith("TXT-")))
    .map((f) => f.checkId);
}

describe("the demo units' reports", () => {
  it.each(YEARS)("%i: no error and no narrative warning, except the two deliberate 2020 slips", (year) => {
    for (const unit of DEMO_REPORTING_UNITS) {
      const expected = year === 2020 && unit.code === PRESS_LEADER_SLIP_UNIT ? ["TA-PART-LE-WHOLE"] : [];
      expect(problems(unit.code, year), `${unit.code} ${year}`).toEqual(expected);
    }
  });

  it("the slips are caught: 其中 > total (error) and an amount under the wrong unit (warning)", () => {
    const press = run(demoContext(PRESS_LEADER_SLIP_UNIT, 2020, { previous: true }));
    expect(press.filter((f) => f.severity !== "info").map((f) => f.checkId)).toEqual(["TA-PART-LE-WHOLE"]);
    const amount = run(demoContext(AMOUNT_UNIT_SLIP_UNIT, 2020, { previous: true }));
    expect(amount.filter((f) => f.severity !== "info").map((f) => f.checkId)).toEqual(["T2-AMOUNT-UNIT"]);
  });

  it("no demo report raises any other warning either", () => {
    const warnings: string[] = [];
    for (const year of YEARS) {
      for (const unit of DEMO_REPORTING_UNITS) {
        for (const f of run(demoContext(unit.code, year, { previous: true }))) {
          if (f.severity === "warning" && unit.code !== AMOUNT_UNIT_SLIP_UNIT) warnings.push(`${unit.code} ${year} ${f.checkId}`);
        }
      }
    }
    expect(warnings).toEqual([]);
  });
});
