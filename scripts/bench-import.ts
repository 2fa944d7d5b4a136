/**
 * The Excel import against files built to exhaust the server (figures printed, nothing asserted):
 * `npx tsx scripts/bench-import.ts`. Each file fits the 5 MB upload limit; each is read the way the server
 * reads an upload (lib/import/read-xlsx.ts: the zip directory on the request thread, the rest in the
 * import worker), beside the floor — the application's own workbook read the same way.
 *
 * For each file: the time to the answer, the process's peak extra memory (RSS, the worker's included)
 * and the request thread's extra heap, and the latency of small better-sqlite3 transactions run on the
 * request thread every 5 ms meanwhile (a stand-in for other users' saves; target p95 < 100 ms).
 * Targets: every hostile file refused in under 1 s and under +100 MB. Each file is read in a process of
 * its own, so that one file's memory does not hide the next one's.
 *
 * Run from source, the worker loads its TypeScript through tsx; the server runs it as part of Next's
 * build, without tsx, so its start-up there is shorter than here.
 */
import Database from "better-sqlite3";
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { readReportWorkbook } from "../lib/import/read-xlsx";
import { importSlots } from "../lib/import/import-slots";
import { deflatedSpaces, manyCellsXml, manyEntries, partsOf, rawZip, whitespaceBomb, withSheetXml, zipOf } from "../lib/import/xlsx-test-files";
import { unitSnapshot } from "../lib/testing/export-snapshots";
import { exportXlsx } from "../lib/publishing/export-xlsx";
import { resolveFormat } from "../lib/report-format";

const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc;

/** Small transactions on this thread every 5 ms, like saves: their latency (lateness included) while `work` runs. */
function savesDuring<T>(work: () => Promise<T>): Promise<{ result: T; p50: number; p95: number; max: number; count: number }> {
  const db = new Database(":memory:");
  db.exec("CREATE TABLE cell_values (report_id INTEGER, cell_key TEXT, value TEXT, rev INTEGER, PRIMARY KEY (report_id, cell_key)); CREATE TABLE cell_history (report_id INTEGER, cell_key TEXT, old TEXT, new TEXT, at INTEGER)");
  const upsert = db.prepare("INSERT INTO cell_values VALUES (?, ?, ?, 1) ON CONFLICT DO UPDATE SET value = excluded.value, rev = rev + 1");
  const history = db.prepare("INSERT INTO cell_history VALUES (?, ?, NULL, ?, ?)");
  const save = db.transaction((i: number) => {
    upsert.run(1, `k${i % 300}`, String(i));
    history.run(1, `k${i % 300}`, String(i), Date.now());
  });
  const latencies: number[] = [];
  let i = 0;
  let due = performance.now() + 5;
  let timer: NodeJS.Timeout;
  const tick = () => {
    save(i++);
    latencies.push(performance.now() - due);
    due += 5;
    timer = setTimeout(tick, Math.max(0, due - performance.now()));
  };
  timer = setTimeout(tick, 5);
  return work().then((result) => {
    clearTimeout(timer);
    db.close();
    const sorted = latencies.sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    return { result, p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0, count: sorted.length };
  });
}

/** Peak extra RSS and request-thread heap while `work` runs, sampled every 2 ms. */
async function measured<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; rssMb: number; heapMb: number }> {
  gc?.();
  const rss0 = process.memoryUsage().rss;
  const heap0 = process.memoryUsage().heapUsed;
  let rss = rss0;
  let heap = heap0;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  }, 2);
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  clearInterval(sampler);
  const m = process.memoryUsage();
  return { result, ms, rssMb: (Math.max(rss, m.rss) - rss0) / MB, heapMb: (Math.max(heap, m.heapUsed) - heap0) / MB };
}

async function buildCases() {
  const report = unitSnapshot("edu", 2019);
  const format = resolveFormat(report.formatVersion, report.localTables);
  const xlsx = await exportXlsx(report, { version: 1 });
  const parts = await partsOf(xlsx);
  const sheetWith = (xml: (x: string) => string) => withSheetXml(xlsx, xml);
  const beforeEnd = (inner: string) => (x: string) => x.replace("</worksheet>", `${inner}</worksheet>`);
  const strings = parts.get("xl/sharedStrings.xml")!.toString("utf8");
  const withPart = (name: string, text: string) => zipOf(new Map([...parts, [name, Buffer.from(text)]]));
  const sheetEntries = () => [...parts].filter(([n]) => n !== "xl/worksheets/sheet2.xml").map(([name, data]) => ({ name, data, method: 0 as const, size: data.length }));

  const cases: [string, () => Promise<Uint8Array> | Uint8Array][] = [
    ["floor: the application's own workbook", () => xlsx],
    ["4 GB of whitespace, declared", () => whitespaceBomb(xlsx, 4000)],
    ["4 GB of whitespace, declared as 2 KB", () => whitespaceBomb(xlsx, 4000, 2048)],
    [
      "150 parts × 1 GB, each declared as 64 KB",
      () => rawZip([...sheetEntries(), ...Array.from({ length: 150 }, (_, i) => ({ name: `xl/media/p${i}.xml`, data: deflatedSpaces(25), method: 8 as const, size: 64 * 1024 }))]),
    ],
    ["1,000,000 cells (declared 16 MB)", () => sheetWith(() => manyCellsXml(1_000_000))],
    ["500,000 cells, 8 MB, declared honestly", () => sheetWith(() => manyCellsXml(500_000))],
    ["45,000 empty entries", () => manyEntries(45_000)],
    ["merged range A1:XFD1048576", () => sheetWith(beforeEnd('<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'))],
    ["data validation over A1:XFD1048576", () => sheetWith(beforeEnd('<dataValidations count="1"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>1</formula1></dataValidation></dataValidations>'))],
    ["column span of 10⁹ columns", () => sheetWith((x) => x.replace("<sheetData", '<cols><col min="1" max="1000000000" width="9"/></cols><sheetData'))],
    ["1,800,000 style elements (9 MB)", () => withPart("xl/styles.xml", `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs>${"<xf/>".repeat(1_800_000)}</cellXfs></styleSheet>`)],
    ["entity expansion (billion laughs)", () => withPart("xl/sharedStrings.xml", `<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><sst><si><t>&c;</t></si></sst>`)],
    ["largest accepted: a 9 MB shared string", () => withPart("xl/sharedStrings.xml", strings.replace("</sst>", `<si><t>${"很长的文字".repeat(600_000)}</t></si></sst>`))],
  ];

  // Twelve uploads at once of a 500,000-cell file, as the issue measured (by twelve users): two are read, ten are told to wait.
  const twelve = (bytes: Uint8Array) => () =>
    Promise.all(
      Array.from({ length: 12 }, async (_, user) => {
        const release = importSlots().tryAcquire(user + 1);
        if (!release) return "busy";
        try {
          const read = await readReportWorkbook(bytes, format);
          return read.ok ? "read" : "refused";
        } finally {
          release();
        }
      }),
    ).then((answers) => JSON.stringify(answers.reduce<Record<string, number>>((t, r) => ({ ...t, [r]: (t[r] ?? 0) + 1 }), {})));
  const one = (bytes: Uint8Array) => () =>
    readReportWorkbook(bytes, format).then((read) => (read.ok ? `read (${read.data.problems.length} problems)` : `refused: ${read.problem.slice(0, 38)}…`));
  return {
    cases: [
      ...cases.map(([label, build]) => ({ label, build: async () => ({ bytes: await build(), run: one }) })),
      { label: "12 × 500,000 cells at once (12 users)", build: async () => ({ bytes: await sheetWith(() => manyCellsXml(500_000)), run: twelve }) },
    ],
  };
}

const cell = (text: string, width: number) => text.padStart(width);

/** One case, in this process: its figures as a line of JSON. */
async function runCase(index: number) {
  const { cases } = await buildCases();
  const { label, build } = cases[index];
  const { bytes, run } = await build();
  // No read before this one: the memory a worker takes is new to the process, not reused from an earlier worker.
  const { result: saves, ms, rssMb, heapMb } = await measured(() => savesDuring(run(bytes)));
  console.log(JSON.stringify({ label, size: bytes.length, ms, rssMb, heapMb, p95: saves.p95, max: saves.max, answer: saves.result }));
}

async function main() {
  const at = process.argv.indexOf("--case");
  if (at > 0) return runCase(Number(process.argv[at + 1]));
  const { cases } = await buildCases();
  console.log("Excel import against hostile files (each under the 5 MB upload limit); saves = small transactions on the request thread every 5 ms");
  console.log(`${"file".padEnd(44)} ${cell("size", 8)} ${cell("time", 8)} ${cell("+RSS", 9)} ${cell("+heap", 8)} ${cell("saves p95", 10)} ${cell("max", 8)}  answer`);
  for (let i = 0; i < cases.length; i++) {
    const child = spawnSync(process.execPath, [...process.execArgv, "--expose-gc", process.argv[1], "--case", String(i)], { encoding: "utf8", maxBuffer: 16 * MB });
    const line = child.stdout.trim().split("\n").at(-1) ?? "";
    if (child.status !== 0 || !line.startsWith("{")) {
      console.log(`${cases[i].label.padEnd(44)} failed: ${child.stderr.trim().split("\n").slice(0, 3).join(" ")}`);
      continue;
    }
    const r = JSON.parse(line) as { label: string; size: number; ms: number; rssMb: number; heapMb: number; p95: number; max: number; answer: string };
    console.log(
      `${r.label.padEnd(44)} ${cell(`${(r.size / MB).toFixed(2)} MB`, 8)} ${cell(`${r.ms.toFixed(0)} ms`, 8)} ${cell(`${r.rssMb.toFixed(1)} MB`, 9)} ${cell(`${r.heapMb.toFixed(1)} MB`, 8)} ${cell(`${r.p95.toFixed(1)} ms`, 10)} ${cell(`${r.max.toFixed(1)} ms`, 8)}  ${r.answer}`,
    );
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
