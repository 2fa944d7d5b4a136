/**
 * Benchmarks (figures printed, nothing asserted): `npm run bench`.
 * - the check engine on one full report and on 10,000 reports (target: under 1 ms a report).
 */
import { performance } from "node:perf_hooks";
import { runChecks } from "../lib/checks/run-checks";
import type { CheckContext } from "../lib/checks/types";
import { demoFormat, demoValues } from "../db/seed/demo-values";
import { demoNarratives } from "../db/seed/demo-narratives";
import { DEMO_REPORTING_UNITS } from "../db/seed/units";

function contexts(): CheckContext[] {
  return DEMO_REPORTING_UNITS.map((u) => ({
    report: { year: 2020, format: demoFormat(2020), values: demoValues(u.code, 2020), narratives: { ...demoNarratives(u.code, 2020) } },
    previous: { year: 2019, format: demoFormat(2019), values: demoValues(u.code, 2019), narratives: { ...demoNarratives(u.code, 2019) } },
    canMakeRules: false,
  }));
}

function time(label: string, n: number, fn: (i: number) => void) {
  const start = performance.now();
  for (let i = 0; i < n; i++) fn(i);
  const ms = performance.now() - start;
  console.log(`${label.padEnd(44)} ${ms.toFixed(1).padStart(9)} ms total  ${((ms / n) * 1000).toFixed(1).padStart(8)} µs each`);
}

const ctxs = contexts();
let findings = 0;
time("warm-up (77 demo reports with previous year)", 77, (i) => (findings += runChecks(ctxs[i % ctxs.length]).length));
time("check engine: one full report (×1,000)", 1000, (i) => runChecks(ctxs[i % ctxs.length]));
time("check engine: 10,000 reports", 10_000, (i) => runChecks(ctxs[i % ctxs.length]));
console.log(`(${findings} findings on the 77 demo reports of 2020)`);
