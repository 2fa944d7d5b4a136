import { describe, expect, it } from "vitest";
import { DISTRICT_NARRATIVE_2020 } from "@/db/seed/district-narrative-2020";
import { AMOUNT_UNIT_SLIP_UNIT, demoFormat, demoValues } from "@/db/seed/demo-values";
import { REFERENCE_2020_DERIVED, REFERENCE_2020_INPUTS } from "@/db/seed/reference-2020";
import { DEMO_REPORTING_UNITS } from "@/db/seed/units";
import { type ReportValues, computeDerived, withDerived } from "@/lib/report-format";
import { checkConsolidated, consolidate, drillDown, type UnitReportInput } from "./index";

const units = (year: number): UnitReportInput[] =>
  DEMO_REPORTING_UNITS.map((u, i) => ({ unitId: i + 1, unitName: u.name, reportId: 1000 + i, values: demoValues(u.code, year) }));
const OFFICE = { unitId: 999, unitName: "区政府办公室", values: {} as ReportValues };

/** Independent sum of one input cell over units, amounts in 万元 rounded per unit to 0.0001 (as plain numbers ×10^4). */
function expectedSum(reports: UnitReportInput[], key: string, amount: boolean): string | null {
  let any = false;
  let sum = 0;
  for (const r of reports) {
    const e = r.values[key];
    if (!e) continue;
    any = true;
    sum += amount ? Math.round((Number(e.value) * 10_000) / (e.unit === "元" ? 10_000 : 1)) : Number(e.value);
  }
  if (!any) return null;
  return amount ? String(sum / 10_000) : String(sum);
}

describe("consolidate", () => {
  it.each([2019, 2020, 2021])("sums every cell of every table across the 77 units (%i)", (year) => {
    const format = demoFormat(year);
    const reports = units(year);
    const c = consolidate(format, reports, {}, []);
    expect(c.unitCount).toBe(77);
    for (const cell of format.inputCells) {
      expect(c.values[cell.key]?.value ?? null, cell.key).toBe(expectedSum(reports, cell.key, cell.kind === "amount"));
    }
    // Derived cells (总计) of the consolidated report = the sum of the units' derived cells.
    const derived = computeDerived(format, c.values);
    const perUnit = reports.map((r) => computeDerived(format, r.values));
    for (const cell of format.cells.filter((x) => x.sumOf)) {
      expect(Number(derived[cell.key]), cell.key).toBe(perUnit.reduce((s, d) => s + Number(d[cell.key] ?? 0), 0));
    }
  });

  it("2020: equals the reference report except the amount one unit entered in 元 (converted to 万元)", () => {
    const c = consolidate(demoFormat(2020), units(2020), {}, []);
    for (const [key, value] of Object.entries(REFERENCE_2020_INPUTS)) {
      if (key !== "b9.procurement.amount") expect(c.values[key]?.value, key).toBe(value);
    }
    // 6376.8025 − 3.85 (entered as 元) + 0.0004 (3.85 元 = 0.000385 万元, rounded)
    expect(c.values["b9.procurement.amount"]).toEqual({ value: "6372.9529", unit: "万元" });
    const all = withDerived(demoFormat(2020), c.values);
    for (const [key, value] of Object.entries(REFERENCE_2020_DERIVED)) expect(all[key]?.value, key).toBe(value);
    expect(c.findings).toEqual([]);
  });

  it("adds the office's own entries and keeps blanks blank", () => {
    const format = demoFormat(2021);
    const a = { unitId: 1, unitName: "甲", values: { "t4.review.upheld": { value: "2" }, "b1.normative.issued": { value: "3" } } };
    const b = { unitId: 2, unitName: "乙", values: { "t4.review.upheld": { value: "5" } } };
    const office = { "t4.review.upheld": { value: "1" }, "b1.normative.repealed": { value: "4" } };
    const c = consolidate(format, [a, b], office, []);
    expect(c.values["t4.review.upheld"]).toEqual({ value: "8" });
    expect(c.values["b1.normative.issued"]).toEqual({ value: "3" });
    expect(c.values["b1.normative.repealed"]).toEqual({ value: "4" });
    expect(c.cells["t4.review.upheld"]).toMatchObject({ sum: "8", value: "8", filledBy: 3 });
    expect(c.values["t4.review.corrected"]).toBeUndefined();
    expect(c.cells["t4.review.corrected"]).toMatchObject({ sum: null, value: null, filledBy: 0 });
  });

  it("applies overrides, keeps the difference from the sum, and lists them (AGG-SUM)", () => {
    const format = demoFormat(2020);
    const c = consolidate(format, units(2020), {}, [
      { cellKey: "b9.procurement.amount", value: "6376.8025", unit: "万元", reason: "史志研究室误以元填报，实为3.85万元" },
      { cellKey: "a.total", value: "70000", reason: "" },
      { cellKey: "t3.received.total", value: "1", reason: "总计不能调整" },
    ]);
    expect(c.values["b9.procurement.amount"]).toEqual({ value: "6376.8025", unit: "万元" });
    expect(c.cells["b9.procurement.amount"]).toMatchObject({ sum: "6372.9529", value: "6376.8025", override: { difference: "+3.8496" } });
    expect(c.values["a.total"]).toEqual({ value: "70000" });
    expect(c.cells["a.total"].override?.difference).toBe("-182");
    const agg = c.findings.filter((f) => f.checkId === "AGG-SUM");
    expect(agg.map((f) => [f.cells[0], f.severity])).toEqual([
      ["b9.procurement.amount", "info"],
      ["a.total", "error"],
      ["t3.received.total", "error"],
    ]);
    expect(agg[0].message).toContain("差额 +3.8496 万元");
    expect(agg[0].message).toContain("史志研究室误以元填报");
    expect(agg[1].message).toContain("没有记录调整理由");
    expect(c.values["t3.received.total"]).toBeUndefined();
  });

  it("converts an override typed in 元 to 万元", () => {
    const c = consolidate(demoFormat(2020), [], {}, [{ cellKey: "b9.procurement.amount", value: "12345", unit: "元", reason: "测试" }]);
    expect(c.values["b9.procurement.amount"]).toEqual({ value: "1.2345", unit: "万元" });
    expect(c.cells["b9.procurement.amount"].override).toMatchObject({ value: "12345", unit: "元", difference: "+1.2345" });
  });

  it("names the expected units without an approved report (AGG-MISSING)", () => {
    const reports = units(2021).slice(0, 75);
    const expected = units(2021).map((u) => ({ unitId: u.unitId, unitName: u.unitName }));
    const c = consolidate(demoFormat(2021), reports, {}, [], expected);
    expect(c.missing.map((m) => m.unitName)).toEqual([DEMO_REPORTING_UNITS[75].name, DEMO_REPORTING_UNITS[76].name]);
    const f = c.findings.find((x) => x.checkId === "AGG-MISSING")!;
    expect(f.severity).toBe("warning");
    expect(f.message).toContain(`2 个应报单位`);
    expect(f.message).toContain(DEMO_REPORTING_UNITS[76].name);
  });
});

describe("drillDown", () => {
  const format = demoFormat(2020);
  const reports = units(2020);
  const office = { ...OFFICE, values: { "a.total": { value: "10" } } };
  const c = consolidate(format, reports, office.values, []);
  const shown = withDerived(format, c.values);

  it("totals equal the consolidated number for every cell, input and derived, sorted largest first", () => {
    for (const cell of format.cells) {
      const d = drillDown(format, reports, office, cell.key)!;
      expect(d.total, cell.key).toBe(shown[cell.key]?.value ?? null);
      expect(d.contributions).toHaveLength(78);
      const nums = d.contributions.filter((x) => x.value !== null).map((x) => Number(x.value));
      expect(nums, cell.key).toEqual([...nums].sort((x, y) => y - x));
    }
  });

  it("names the office's own entry and shows what a unit entered in 元", () => {
    const total = drillDown(format, reports, office, "a.total")!;
    expect(total.contributions.find((x) => x.office)).toMatchObject({ unitName: "区政府办公室", value: "10" });
    const amount = drillDown(format, reports, office, "b9.procurement.amount")!;
    expect(amount.unit).toBe("万元");
    const slipName = DEMO_REPORTING_UNITS.find((u) => u.code === AMOUNT_UNIT_SLIP_UNIT)!.name;
    expect(amount.contributions.find((x) => x.unitName === slipName)).toMatchObject({ value: "0.0004", entered: "3.85 元" });
    expect(amount.total).toBe("6372.9529");
    expect(drillDown(format, reports, office, "no.such.cell")).toBeNull();
  });
});

describe("checkConsolidated", () => {
  it("runs every check on the 2020 consolidated report: only the reference's own TA-PART-LE-WHOLE error remains", () => {
    const prev = consolidate(demoFormat(2019), units(2019), {}, []);
    const c = consolidate(demoFormat(2020), units(2020), {}, [
      { cellKey: "b9.procurement.amount", value: "6376.8025", unit: "万元", reason: "单位误以元填报" },
    ]);
    const findings = checkConsolidated(c, 2020, { ...DISTRICT_NARRATIVE_2020 }, { year: 2019, format: prev.format, values: prev.values, narratives: {} });
    expect(findings.filter((f) => f.severity === "error").map((f) => f.checkId)).toEqual(["TA-PART-LE-WHOLE"]);
    expect(findings.map((f) => f.checkId)).not.toContain("TXT-VS-TABLE");
    expect(findings.map((f) => f.checkId)).not.toContain("T2-AMOUNT-UNIT");
    expect(findings[0]).toMatchObject({ checkId: "AGG-SUM", severity: "info" });
  });
});
