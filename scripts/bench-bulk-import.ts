/**
 * Bulk import of past years, end to end through the data layer (figures printed, nothing asserted):
 * `npx tsx scripts/bench-bulk-import.ts`. A fresh in-memory demo database; the office creates a past year
 * and imports one published report per reporting unit (77), each read twice as the browser does it —
 * previewPastImport, then importPastReport — in its worker, mapped, checked and stored with its file.
 * The files are the units' reports printed as Word, web pages and pasted text in turn.
 *
 * Floor, measured in the same run: the same cells and texts written in one raw SQLite transaction per report.
 * Outside Next the worker runs the TypeScript source through tsx, which makes each worker start slower than
 * in the production build (where it is compiled JavaScript): the figure is an upper bound.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";
// The demo as the tests seed it (2021 in progress): the figures stay comparable from run to run.
import { TEST_SEED_DAY } from "../db/seed/demo-calendar";

const requireHere = createRequire(path.join(process.cwd(), "package.json"));
requireHere.cache[requireHere.resolve("server-only")] = { exports: {} } as NodeJS.Module;

async function main() {
  const [{ default: bcrypt }, { eq }, { openDatabase }, { users, units }, { seedDemo }, { DEMO_REPORTING_UNITS }, { demoFormat, demoValues }, { demoNarratives }, fixtures, past] =
    await Promise.all([
      import("bcryptjs"),
      import("drizzle-orm"),
      import("../db/client"),
      import("../db/schema"),
      import("../db/seed/seed-demo"),
      import("../db/seed/units"),
      import("../db/seed/demo-values"),
      import("../db/seed/demo-narratives"),
      import("../lib/testing/published-fixtures"),
      import("../lib/dal/past-import"),
    ]);
  const { asSessionUser } = await import("../lib/dal/internal/session-user");
  type Db = ReturnType<typeof openDatabase>;
  const db = openDatabase(":memory:");
  seedDemo(db, { passwordHash: bcrypt.hashSync("Demo2026", 4), today: TEST_SEED_DAY });
  (globalThis as unknown as { __db?: Db }).__db = db;
  const row = db.select().from(users).innerJoin(units, eq(units.id, users.unitId)).where(eq(users.username, "reviewer")).get()!;
  const reviewer = asSessionUser({ id: row.users.id, username: row.users.username, displayName: row.users.displayName, role: row.users.role, unitId: row.units.id, unitName: row.units.name, unitCode: row.units.code, unitKind: row.units.kind });

  const year = 2018;
  const created = past.createPastYear(reviewer, { year, formatVersion: "2019", localTables: [] });
  if (!created.ok) throw new Error(created.error);
  const unitIds = new Map(db.select({ id: units.id, code: units.code }).from(units).all().map((u) => [u.code, u.id]));

  const files: { name: string; bytes: Uint8Array; unitId: number; cells: number }[] = [];
  for (const [i, unit] of DEMO_REPORTING_UNITS.entries()) {
    const values = demoValues(unit.code, 2019);
    // The full official name, as titles print it: 区教育局 is 宁波市北仑区教育局; 新碶街道 is 宁波市北仑区新碶街道.
    const official = unit.name.startsWith("宁波市") ? unit.name : `宁波市北仑${unit.name.startsWith("区") ? "" : "区"}${unit.name}`;
    const report = fixtures.fixtureFromValues(demoFormat(2019), official, year, values, demoNarratives(unit.code, 2019));
    const kind = i % 3;
    const bytes =
      kind === 0
        ? await fixtures.renderReportDocx(report)
        : new TextEncoder().encode(kind === 1 ? fixtures.renderGovSitePage(fixtures.renderReportHtml(report), { charset: "utf-8", title: "年度报告" }) : fixtures.renderReportText(report));
    files.push({ name: `${unit.code}.${["docx", "html", "txt"][kind]}`, bytes, unitId: unitIds.get(unit.code)!, cells: Object.keys(values).length });
  }

  const started = performance.now();
  let previewMs = 0;
  let stored = 0;
  let cells = 0;
  for (const f of files) {
    const t0 = performance.now();
    const preview = await past.previewPastImport(reviewer, { name: f.name, bytes: f.bytes });
    previewMs += performance.now() - t0;
    if (!preview.ok) throw new Error(`${f.name}: ${preview.error}`);
    if (preview.data.unit?.id !== f.unitId) throw new Error(`${f.name}: matched to ${preview.data.unit?.name ?? "no unit"}`);
    const r = await past.importPastReport(reviewer, { unitId: f.unitId, year, file: { name: f.name, bytes: f.bytes } });
    if (!r.ok) throw new Error(`${f.name}: ${r.error}`);
    stored++;
    cells += r.data.cells;
  }
  const totalS = (performance.now() - started) / 1000;

  // Floor: the same rows written by hand, one transaction per report.
  const raw = openDatabase(":memory:").$client;
  raw.exec("create table c (report integer, key text, value text, primary key (report, key)); create table n (report integer, key text, text text); create table f (report integer primary key, bytes blob)");
  const insertCell = raw.prepare("insert into c values (?, ?, ?)");
  const insertFile = raw.prepare("insert into f values (?, ?)");
  const floorStart = performance.now();
  files.forEach((f, i) => {
    raw.transaction(() => {
      for (let k = 0; k < f.cells; k++) insertCell.run(i, `k${k}`, "1");
      insertFile.run(i, Buffer.from(f.bytes));
    })();
  });
  const floorMs = performance.now() - floorStart;

  console.log(`Bulk import of past years: ${stored} published reports (Word, web page, text in turn) for ${year}, ${cells} cells stored`);
  console.log(`  end to end (preview + import of each, as the browser sends them): ${totalS.toFixed(1)} s, ${((totalS * 1000) / stored).toFixed(0)} ms per report  target < 60 s: ${totalS < 60 ? "ok" : "OVER"}`);
  console.log(`  of which previews: ${(previewMs / 1000).toFixed(1)} s (each file is read in a worker of its own, twice: preview and import)`);
  console.log(`  floor: the same rows in one raw SQLite transaction per report: ${floorMs.toFixed(1)} ms in all`);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
