/**
 * Reading published reports (issue 12), figures printed, nothing asserted: `npx tsx scripts/bench-published.ts`.
 * Each committed fixture (lib/import/published/fixtures/) is read from its bytes the way an upload is
 * (readPublishedFile, then mapDocument with the format detected), BENCH_RUNS times after a warm-up, beside
 * a floor measured on the same bytes in the same run: the file read from disk, its bytes decoded as UTF-8
 * and a JSON string of the same length parsed — what any reader pays just to touch the bytes.
 *
 * Targets: read + map under 100 ms for .docx, web pages and text; under 1 s for a 10-page PDF (the
 * fixtures are shorter: their time is scaled by pages, which counts the per-document cost ten-fold too
 * and so overstates). Bulk: 77 reports read and mapped one after another in under 60 s (storing them is
 * measured elsewhere).
 */
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import type { ReadOutcome } from "../lib/import/published/document";
import { mapDocument } from "../lib/import/published/map-document";
import { kindOf, type PublishedKind } from "../lib/import/published/file-kind";
import { readPublishedFile } from "../lib/import/published/read-file";
import { loadPublishedFixture, PUBLISHED_FIXTURE_DIR, PUBLISHED_FIXTURES } from "../lib/testing/published-fixtures/fixture-files";

const RUNS = Math.min(Math.max(Number(process.env.BENCH_RUNS ?? 30), 5), 500);
const WARMUP = 3;
const BULK_FILES = 77;
const TARGET_MS: Record<PublishedKind, number> = { docx: 100, html: 100, text: 100, pdf: 1000 };
const TARGET_PDF_PAGES = 10;
const BULK_TARGET_S = 60;

type ReadPdf = (bytes: Uint8Array, options?: { onPage?: (page: number, ms: number) => void }) => Promise<ReadOutcome>;

/**
 * How PDFs are read in this run: through read-file.ts when it reads them, else read-pdf.ts directly while
 * that reader is not yet wired in, else not at all. The module is loaded by path so that this script
 * compiles without it.
 */
async function pdfReader(sample: Uint8Array): Promise<{ read: ReadPdf; via: string } | null> {
  const viaFile = await readPublishedFile("pdf", sample);
  if (viaFile.outcome.ok) return { read: async (bytes) => (await readPublishedFile("pdf", bytes)).outcome, via: "read-file.ts" };
  const file = path.join(process.cwd(), "lib", "import", "published", "read-pdf.ts");
  if (!fs.existsSync(file)) return null;
  const mod = (await import(pathToFileURL(file).href)) as { readPdf?: ReadPdf };
  return mod.readPdf ? { read: mod.readPdf, via: "read-pdf.ts (read-file.ts still refuses PDFs)" } : null;
}

const quantile = (samples: number[], q: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};
const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(1));
const col = (text: string, width: number) => text.padStart(width);

/** The floor: what touching the bytes costs, with nothing understood. */
function floorOnce(file: string, size: number, sameSizeJson: string): number {
  const started = performance.now();
  const bytes = fs.readFileSync(path.join(PUBLISHED_FIXTURE_DIR, file));
  new TextDecoder().decode(bytes);
  if ((JSON.parse(sameSizeJson) as string).length + 2 !== size) throw new Error("floor string has the wrong length");
  return performance.now() - started;
}

interface FileFigures {
  file: string;
  kind: PublishedKind;
  size: number;
  pages?: number;
  first: number;
  floor: number[];
  read: number[];
  map: number[];
  total: number[];
}

async function main() {
  const fixtures = PUBLISHED_FIXTURES.map((s) => loadPublishedFixture(s.file));
  const samplePdf = fixtures.find((f) => kindOf(f.spec.file, f.bytes) === "pdf");
  const pdf = samplePdf ? await pdfReader(samplePdf.bytes) : null;

  const readOne = async (kind: PublishedKind, bytes: Uint8Array, onPage?: (page: number) => void) => {
    if (kind !== "pdf") return (await readPublishedFile(kind, bytes)).outcome;
    return pdf!.read(bytes, { onPage: (page) => onPage?.(page) });
  };

  console.log(`Reading published reports: ${RUNS} runs per fixture after ${WARMUP} warm-up runs; times in ms (median / p95)`);
  console.log("floor = the file read from disk + its bytes decoded as UTF-8 + JSON.parse of a string of the same length");
  console.log(`PDF: ${pdf ? `read via ${pdf.via}` : "reader not available"}`);
  console.log(
    `${"format".padEnd(6)} ${"file".padEnd(24)} ${col("size", 8)} ${col("first", 8)} ${col("floor", 12)} ${col("read", 14)} ${col("map", 12)} ${col("read+map", 14)}  target`,
  );

  const figures: FileFigures[] = [];
  for (const { spec, bytes } of fixtures) {
    const kind = kindOf(spec.file, bytes) as PublishedKind;
    if (kind === "pdf" && !pdf) {
      console.log(`${kind.padEnd(6)} ${spec.file.padEnd(24)} PDF: reader not available`);
      continue;
    }
    const sameSizeJson = JSON.stringify("x".repeat(bytes.length - 2));
    const f: FileFigures = { file: spec.file, kind, size: bytes.length, first: 0, floor: [], read: [], map: [], total: [] };
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const floor = floorOnce(spec.file, bytes.length, sameSizeJson);
      let pages = 0;
      const t0 = performance.now();
      const outcome = await readOne(kind, bytes, (page) => (pages = Math.max(pages, page)));
      const t1 = performance.now();
      if (!outcome.ok) throw new Error(`${spec.file}: ${outcome.problem}`);
      const mapped = mapDocument(outcome.document);
      const t2 = performance.now();
      if (Object.keys(mapped.cells).length === 0) throw new Error(`${spec.file}: no table cells mapped`);
      if (kind === "pdf") f.pages = pages;
      if (i === 0) f.first = t2 - t0;
      if (i < WARMUP) continue;
      f.floor.push(floor);
      f.read.push(t1 - t0);
      f.map.push(t2 - t1);
      f.total.push(t2 - t0);
    }
    figures.push(f);
    const pair = (s: number[]) => `${ms(quantile(s, 0.5))} / ${ms(quantile(s, 0.95))}`;
    const p95 = quantile(f.total, 0.95);
    const target = kind === "pdf" ? `< ${TARGET_MS.pdf} ms for ${TARGET_PDF_PAGES} pages (below)` : `< ${TARGET_MS[kind]} ms: ${p95 < TARGET_MS[kind] ? "ok" : "OVER"}`;
    console.log(
      `${kind.padEnd(6)} ${spec.file.padEnd(24)} ${col(`${(f.size / 1024).toFixed(0)} KB`, 8)} ${col(ms(f.first), 8)} ${col(pair(f.floor), 12)} ${col(pair(f.read), 14)} ${col(pair(f.map), 12)} ${col(pair(f.total), 14)}  ${target}`,
    );
  }

  console.log("");
  console.log("per format (all runs of its fixtures pooled), read + map:");
  for (const kind of ["docx", "html", "pdf", "text"] as const) {
    const of = figures.filter((f) => f.kind === kind);
    if (of.length === 0) {
      console.log(`  ${kind.padEnd(5)} ${kind === "pdf" ? "PDF: reader not available" : "no fixture"}`);
      continue;
    }
    const pool = (pick: (f: FileFigures) => number[]) => of.flatMap(pick);
    const line = `median ${ms(quantile(pool((f) => f.total), 0.5))} ms, p95 ${ms(quantile(pool((f) => f.total), 0.95))} ms (read p95 ${ms(quantile(pool((f) => f.read), 0.95))}, map p95 ${ms(quantile(pool((f) => f.map), 0.95))}, floor p95 ${ms(quantile(pool((f) => f.floor), 0.95))})`;
    if (kind !== "pdf") {
      const p95 = quantile(pool((f) => f.total), 0.95);
      console.log(`  ${kind.padEnd(5)} ${line}  target < ${TARGET_MS[kind]} ms: ${p95 < TARGET_MS[kind] ? "ok" : "OVER"}`);
      continue;
    }
    console.log(`  ${kind.padEnd(5)} ${line}`);
    for (const f of of) {
      const perPage = quantile(f.total, 0.95) / (f.pages || 1);
      const ten = perPage * TARGET_PDF_PAGES;
      console.log(
        `        ${f.file}: ${f.pages} pages, p95 ${ms(perPage)} ms per page → ≈ ${ms(ten)} ms for ${TARGET_PDF_PAGES} pages (scaled; overstates)  target < ${TARGET_MS.pdf} ms: ${ten < TARGET_MS.pdf ? "ok" : "OVER"}`,
      );
    }
  }

  // Bulk: the fixtures repeated to 77 files, each read and mapped in turn, as the office's upload is.
  const usable = fixtures.filter((f) => pdf || kindOf(f.spec.file, f.bytes) !== "pdf");
  const started = performance.now();
  let cells = 0;
  for (let i = 0; i < BULK_FILES; i++) {
    const { spec, bytes } = usable[i % usable.length];
    const kind = kindOf(spec.file, bytes) as PublishedKind;
    const outcome = await readOne(kind, bytes);
    if (!outcome.ok) throw new Error(`${spec.file}: ${outcome.problem}`);
    cells += Object.keys(mapDocument(outcome.document).cells).length;
  }
  const seconds = (performance.now() - started) / 1000;
  const pdfs = Array.from({ length: BULK_FILES }, (_, i) => usable[i % usable.length]).filter((f) => kindOf(f.spec.file, f.bytes) === "pdf").length;
  console.log("");
  console.log(
    `bulk: ${BULK_FILES} files (${pdfs} PDF${pdf ? "" : "; PDF reader not available"}) read + mapped sequentially in ${seconds.toFixed(2)} s, ${cells} cells  target < ${BULK_TARGET_S} s (storing not included): ${seconds < BULK_TARGET_S ? "ok" : "OVER"}`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
