import { describe, expect, it } from "vitest";
import { runChecks } from "@/lib/checks/run-checks";
import { demoCalendar } from "./demo-calendar";
import { demoFormat } from "./demo-values";
import { districtNarratives, districtValues } from "./district-narratives";

/** The closed years of a demo seeded on 1 December 2026 after 2020: each gets a consolidated report. */
const YEARS = demoCalendar("2026-12-01").years.map((y) => y.year).filter((y) => y > 2020 && y < 2026);

const report = (year: number) => ({ year, format: demoFormat(year), values: districtValues(year), narratives: districtNarratives(year) });

describe("the district's consolidated narratives", () => {
  it.each(YEARS)("%i: quote the summed tables exactly, with no error and no warning", (year) => {
    const findings = runChecks({ report: report(year), previous: report(year - 1), canMakeRules: true });
    expect(findings.filter((f) => f.severity !== "info").map((f) => `${f.checkId} ${f.message}`)).toEqual([]);
    const one = districtNarratives(year).one;
    expect(one).toContain(`${year}年`);
    expect(one).toMatch(/全年共办理政府信息公开申请\d+件/);
  });

  it("never repeats section 五 from the year before", () => {
    for (const year of YEARS) expect(districtNarratives(year).five).not.toBe(districtNarratives(year - 1).five);
  });
});
