/**
 * Consolidation benchmark (figures printed, nothing asserted): `npx tsx scripts/bench-consolidation.ts`.
 * Time to consolidate AND check the district report from 77 units (the demo's 2020 values, with the
 * 2019 consolidated report as the previous year) and from 1,000 / 5,000 / 10,000 synthetic units (a
 * province: the demo units repeated, each count perturbed). Targets: 77 units < 20 ms; 10,000 < 1 s, linear.
 */
import { performance } from "node:perf_hooks";
import { DISTRICT_NARRATIVE_2020 } from "../db/seed/district-narrative-2020";
import { demoFormat, demoValues } from "../db/seed/demo-values";
import { DEMO_REPORTING_UNITS } from "../db/seed/units";
import { checkConsolidated, consolidate, type UnitReportInput } from "../lib/consolidation";
import type { CheckedReport } from "../lib/checks/types";
import type { ReportValues } from "../lib/report-format";

const YEAR = 2020;
const format = demoFormat(YEAR);
const demo = DEMO_REPORTING_UNITS.map((u, i) => ({ unitId: i + 1, unitName: u.name, reportId: i + 1, values: demoValues(u.code, YEAR) }));
const override = [{ cellKey: "b9.procurement.amount", value: "6376.8025", unit: "万元" as const, reason: "单位误以元填报" }];
const narratives = { ...DISTRICT_NARRATIVE_2020 };
const prev = consolidate(demoFormat(YEAR - 1), DEMO_REPORTING_UNITS.map((u, i) => ({ unitId: i + 1, unitName: u.name, values: demoValues(u.code, YEAR - 1) })), {}, []);
const previous: CheckedReport = { year: YEAR - 1, format: prev.format, values: prev.values, narratives: {} };

/** n synthetic units: demo unit i % 77 with every count moved by a small deterministic amount (never below 0). */
function synthetic(n: number): UnitReportInput[] {
  const out: UnitReportInput[] = [];
  for (let i = 0; i < n; i++) {
    const src = demo[i % demo.length];
    const values: ReportValues = {};
    let k = 0;
    for (const [key, entry] of Object.entries(src.values)) {
      const cell = format.cellByKey.get(key)!;
      const delta = ((i * 31 + k++ * 7) % 5) - 2;
      values[key] = cell.kind === "amount" ? entry : { value: String(Math.max(0, Number(entry.value) + delta)) };
    }
    out.push({ unitId: i + 1, unitName: `单位${i + 1}`, reportId: i + 1, values });
  }
  return out;
}

function run(units: UnitReportInput[]): number {
  const c = consolidate(format, units, {}, override, units.map((u) => ({ unitId: u.unitId, unitName: u.unitName })));
  return checkConsolidated(c, YEAR, narratives, previous).length;
}

/** Median of `repeat` timed runs after one warm-up. */
function time(units: UnitReportInput[], repeat: number): { ms: number; findings: number } {
  let findings = run(units);
  const times: number[] = [];
  for (let r = 0; r < repeat; r++) {
    const start = performance.now();
    findings = run(units);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], findings };
}

function line(label: string, n: number, ms: number, target?: number) {
  const verdict = target === undefined ? "" : ms < target ? `  ✓ < ${target} ms` : `  ✗ ≥ ${target} ms`;
  console.log(`${label.padEnd(46)} ${ms.toFixed(2).padStart(9)} ms  ${((ms / n) * 1000).toFixed(1).padStart(7)} µs/unit${verdict}`);
}

const d = time(demo, 21);
line("consolidate + check: 77 units (demo 2020)", 77, d.ms, 20);
console.log(`  (${d.findings} findings on the consolidated 2020 report, AGG-* included)`);
for (const n of [1_000, 5_000, 10_000]) {
  const units = synthetic(n);
  const t = time(units, n === 10_000 ? 5 : 7);
  line(`consolidate + check: ${n.toLocaleString("en")} synthetic units`, n, t.ms, n === 10_000 ? 1000 : undefined);
}
