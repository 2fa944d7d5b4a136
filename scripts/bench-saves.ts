/**
 * Autosave under load: an open-loop stream of single-cell saves from many signed-in editors through the
 * real save path (the production server, the saveCellsAction server action, the data layer), side by side,
 * in the same run, with the floor: a bare node:http + better-sqlite3 server doing the same transaction on
 * the same tables (session row read, report and cell read, cell upsert, history row, version bump).
 *
 *   npx next build && npx tsx scripts/bench-saves.ts      BENCH_RATES=100,200,300  BENCH_SECONDS=8
 *
 * Prints p50/p95/p99 latency, errors and server CPU per save for each rate, then checks that every save
 * the server acknowledged is in the database. Target: p95 < 100 ms at 300 saves/s, CPU per save within 3×
 * the bare server's.
 */
import Database from "better-sqlite3";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { resolveFormat } from "@/lib/report-format";

const RATES = (process.env.BENCH_RATES ?? "100,200,300").split(",").map(Number).filter((n) => n > 0 && n <= 1000);
const SECONDS = Math.min(Math.max(Number(process.env.BENCH_SECONDS ?? 8), 2), 30);
const SESSIONS = Math.min(Math.max(Number(process.env.BENCH_SESSIONS ?? 40), 1), 70);
const PORT = Number(process.env.BENCH_PORT ?? 3210);
const BARE_PORT = PORT + 1;
const DB_FILE = path.join(process.cwd(), "data", "bench-saves.db");
const BARE_DB_FILE = path.join(process.cwd(), "data", "bench-saves-bare.db");
const PASSWORD = "Demo2026";
const P95_TARGET_MS = 100;
const CPU_RATIO_TARGET = 3;

// Bounded: whatever happens, the run ends.
setTimeout(() => {
  console.error("基准测试超时，已中止。");
  process.exit(1);
}, (RATES.length * 2 * (SECONDS + 15) + 300) * 1000).unref();

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(port: number, method: string, url: string, headers: Record<string, string>, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method, path: url, headers: { ...headers, ...(body !== undefined ? { "content-length": String(Buffer.byteLength(body)) } : {}) }, agent, timeout: 20_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

function cookiesOf(reply: Reply): string[] {
  const set = reply.headers["set-cookie"] ?? [];
  return set.map((c) => c.split(";")[0]);
}

function run(cmd: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} exited ${code}`))));
  });
}

async function waitFor(port: number, url: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      const r = await request(port, "GET", url, {});
      if (r.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server on ${port} did not start`);
}

/** CPU seconds (user + system) a process has used, from /proc. */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

interface Editor {
  cookie: string;
  reportId: number;
  cells: string[];
  /** The rev each cell was last acknowledged at, and the value acknowledged. */
  revs: Map<string, number>;
  acked: Map<string, string>;
  inFlight: Set<string>;
  next: number;
  /** The report version last heard of: the answer carries others' changes since then, as in the editor. */
  version: number;
}

interface Target {
  name: string;
  port: number;
  pid: number;
  save(editor: Editor, key: string, value: string, baseRev: number): Promise<{ ok: boolean; rev?: number; error?: string }>;
}

/** The editors: units whose current report is still editable, each with its own cells to write. */
function pickEditors(dbFile: string): { username: string; reportId: number }[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    const year = (db.prepare("select max(year) y from report_years").get() as { y: number }).y;
    return db
      .prepare(
        `select u.code || '-editor' username, r.id reportId from reports r join units u on u.id = r.unit_id
         where r.year = ? and r.state in ('not_started','draft','returned') and u.kind != 'office' order by u.id limit ?`,
      )
      .all(year, SESSIONS) as { username: string; reportId: number }[];
  } finally {
    db.close();
  }
}

/** The count cells of the year's format, and each editor's report's current cell revs (the editor's base). */
function reportCells(dbFile: string, reportIds: number[]): { cells: string[]; revs: Map<number, Map<string, number>> } {
  const db = new Database(dbFile, { readonly: true });
  try {
    const y = db.prepare("select format_version f, local_tables t from report_years order by year desc limit 1").get() as { f: string; t: string };
    const format = resolveFormat(y.f, JSON.parse(y.t) as string[]);
    const get = db.prepare("select key, rev from cell_values where report_id = ?");
    const revs = new Map(reportIds.map((id) => [id, new Map((get.all(id) as { key: string; rev: number }[]).map((c) => [c.key, c.rev]))]));
    return { cells: format.cells.filter((c) => !c.sumOf && c.kind === "count").map((c) => c.key), revs };
  } finally {
    db.close();
  }
}

async function signIn(port: number, username: string): Promise<string> {
  const csrf = await request(port, "GET", "/api/auth/csrf", {});
  const token = (JSON.parse(csrf.body) as { csrfToken: string }).csrfToken;
  const jar = cookiesOf(csrf);
  const form = new URLSearchParams({ username, password: PASSWORD, csrfToken: token, callbackUrl: "/workspace" }).toString();
  const r = await request(port, "POST", "/api/auth/callback/credentials", { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: `http://127.0.0.1:${port}` }, form);
  const session = cookiesOf(r).find((c) => c.startsWith("authjs.session-token="));
  if (!session) throw new Error(`sign-in failed for ${username}: ${r.status}`);
  return session;
}

function actionId(name: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const id = Object.entries(manifest.node).find(([, v]) => v.exportedName === name && v.filename?.includes("reports/[reportId]"))?.[0];
  if (!id) throw new Error(`action ${name} not in the build`);
  return id;
}

/** The app: saveCellsAction through the production server, exactly as the editor's autosave calls it. */
function appTarget(pid: number): Target {
  const id = actionId("saveCellsAction");
  return {
    name: "应用（真实保存路径）",
    port: PORT,
    pid,
    async save(editor, key, value, baseRev) {
      const body = JSON.stringify([{ reportId: editor.reportId, sinceVersion: editor.version, changes: [{ key, value, baseRev }] }]);
      const r = await request(PORT, "POST", `/workspace/reports/${editor.reportId}`, {
        "next-action": id,
        "content-type": "text/plain;charset=UTF-8",
        accept: "text/x-component",
        origin: `http://127.0.0.1:${PORT}`,
        cookie: editor.cookie,
      }, body);
      if (r.status !== 200) return { ok: false, error: `HTTP ${r.status}` };
      // The RSC answer: one line per chunk, the action's result is the JSON line that says "ok".
      const line = r.body.split("\n").find((l) => l.includes('"ok":'));
      const result = line ? (JSON.parse(line.slice(line.indexOf(":") + 1)) as { ok: boolean; error?: string; data?: { version: number; saved: { key: string; rev: number }[]; conflicts: unknown[] } }) : null;
      if (!result?.ok) return { ok: false, error: result?.error ?? "无法解析应答" };
      editor.version = Math.max(editor.version, result.data!.version);
      const saved = result.data!.saved.find((s) => s.key === key);
      return saved && result.data!.conflicts.length === 0 ? { ok: true, rev: saved.rev } : { ok: false, error: "冲突" };
    },
  };
}

/** The floor: the same transaction, with nothing else around it. */
const BARE_SERVER = `
const Database = require("better-sqlite3");
const { createServer } = require("node:http");
const db = new Database(process.argv[1]);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = " + process.argv[2]);
db.pragma("foreign_keys = ON");
db.pragma("busy_timeout = 5000");
const session = db.prepare("select s.user_id, s.last_seen_at from sessions s where s.id = ? and s.revoked_at is null");
const report = db.prepare("select id, version, state from reports where id = ?");
const cell = db.prepare("select value, unit, rev from cell_values where report_id = ? and key = ?");
const upsert = db.prepare("insert into cell_values (report_id, key, value, unit, rev, updated_at, updated_by) values (?, ?, ?, null, ?, ?, ?) on conflict (report_id, key) do update set value = excluded.value, unit = excluded.unit, rev = excluded.rev, updated_at = excluded.updated_at, updated_by = excluded.updated_by");
const history = db.prepare("insert into report_changes (report_id, user_id, at, kind, target, old_value, new_value) values (?, ?, ?, 'cell', ?, ?, ?)");
const bump = db.prepare("update reports set version = ?, updated_at = ?, updated_by = ? where id = ?");
const save = db.transaction((sid, input) => {
  const s = session.get(sid);
  if (!s) return { ok: false, error: "auth" };
  const r = report.get(input.reportId);
  const change = input.changes[0];
  const cur = cell.get(r.id, change.key);
  if (cur && cur.rev !== change.baseRev) return { ok: false, error: "冲突" };
  const version = r.version + 1, now = Date.now();
  upsert.run(r.id, change.key, change.value, version, now, s.user_id);
  history.run(r.id, s.user_id, now, change.key, cur ? cur.value : null, change.value);
  bump.run(version, now, s.user_id, r.id);
  return { ok: true, data: { saved: [{ key: change.key, rev: version }], conflicts: [] } };
});
createServer((req, res) => {
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", () => {
    const [input] = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    const body = JSON.stringify(save(req.headers["x-session"], input));
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
  });
}).listen(Number(process.argv[3]), "127.0.0.1", () => process.send("up"));
`;

function bareTarget(pid: number, sessionOf: Map<Editor, string>): Target {
  return {
    name: "裸 node:http + better-sqlite3（下限）",
    port: BARE_PORT,
    pid,
    async save(editor, key, value, baseRev) {
      const body = JSON.stringify([{ reportId: editor.reportId, sinceVersion: 0, changes: [{ key, value, baseRev }] }]);
      const r = await request(BARE_PORT, "POST", "/save", { "content-type": "application/json", "x-session": sessionOf.get(editor)! }, body);
      const result = JSON.parse(r.body) as { ok: boolean; error?: string; data?: { saved: { rev: number }[] } };
      return result.ok ? { ok: true, rev: result.data!.saved[0].rev } : { ok: false, error: result.error };
    },
  };
}

interface RoundResult {
  rate: number;
  sent: number;
  ok: number;
  errors: Map<string, number>;
  p50: number;
  p95: number;
  p99: number;
  cpuMsPerSave: number;
}

const quantile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);

let counter = 0;

/** Open loop: saves leave on schedule whether or not earlier ones have come back; latency counts from the scheduled time. */
async function round(target: Target, editors: Editor[], rate: number): Promise<RoundResult> {
  const total = Math.round(rate * SECONDS);
  const latencies: number[] = [];
  const errors = new Map<string, number>();
  let ok = 0;
  const cpuBefore = cpuSeconds(target.pid);
  const start = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const editor = editors[i % editors.length];
    // A cell of this editor's that has no save in flight.
    let key = editor.cells[editor.next++ % editor.cells.length];
    for (let tries = 0; editor.inFlight.has(key) && tries < editor.cells.length; tries++) key = editor.cells[editor.next++ % editor.cells.length];
    if (editor.inFlight.has(key)) {
      errors.set("无空闲单元格", (errors.get("无空闲单元格") ?? 0) + 1);
      continue;
    }
    const value = String(++counter);
    editor.inFlight.add(key);
    pending.push(
      target
        .save(editor, key, value, editor.revs.get(key) ?? 0)
        .then((r) => {
          latencies.push(performance.now() - due);
          if (r.ok) {
            ok++;
            editor.revs.set(key, r.rev!);
            editor.acked.set(key, value);
          } else errors.set(r.error ?? "?", (errors.get(r.error ?? "?") ?? 0) + 1);
        })
        .catch((e: Error) => {
          latencies.push(performance.now() - due);
          errors.set(e.message, (errors.get(e.message) ?? 0) + 1);
        })
        .finally(() => editor.inFlight.delete(key)),
    );
  }
  await Promise.all(pending);
  const cpu = cpuSeconds(target.pid) - cpuBefore;
  latencies.sort((a, b) => a - b);
  return { rate, sent: total, ok, errors, p50: quantile(latencies, 0.5), p95: quantile(latencies, 0.95), p99: quantile(latencies, 0.99), cpuMsPerSave: (cpu * 1000) / Math.max(ok, 1) };
}

function print(name: string, r: RoundResult) {
  const errs = [...r.errors].map(([k, n]) => `${k}×${n}`).join("，") || "0";
  console.log(
    `  ${String(r.rate).padStart(4)} 次/秒  ${name.padEnd(28)} p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95.toFixed(1).padStart(6)} ms  p99 ${r.p99.toFixed(1).padStart(6)} ms  成功 ${r.ok}/${r.sent}  错误 ${errs}  CPU ${r.cpuMsPerSave.toFixed(2)} ms/次`,
  );
}

/** Every save the server acknowledged is in the database, with the value it acknowledged. */
function verify(dbFile: string, editors: Editor[]): { checked: number; missing: number } {
  const db = new Database(dbFile, { readonly: true });
  try {
    const get = db.prepare("select value, rev from cell_values where report_id = ? and key = ?");
    let checked = 0;
    let missing = 0;
    for (const e of editors) {
      for (const [key, value] of e.acked) {
        checked++;
        const row = get.get(e.reportId, key) as { value: string; rev: number } | undefined;
        if (!row || row.value !== value || row.rev !== e.revs.get(key)) missing++;
      }
    }
    return { checked, missing };
  } finally {
    db.close();
  }
}

function freshEditors(dbFile: string, list: { username: string; reportId: number }[], cookies: string[]): Editor[] {
  const { cells, revs } = reportCells(dbFile, list.map((e) => e.reportId));
  // Each editor writes cells of its own report, so no two editors ever share a cell.
  return list.map((e, i) => ({ cookie: cookies[i], reportId: e.reportId, cells: cells.slice(0, 40), revs: new Map(revs.get(e.reportId)), acked: new Map(), inFlight: new Set(), next: i, version: 0 }));
}

/**
 * The raw floor: the same transaction straight on better-sqlite3 in this process, no HTTP — once with
 * synchronous = FULL (what the app runs: an acknowledged save survives a power cut) and once with NORMAL
 * (survives a process crash only), so the price of durability is measured, not guessed.
 */
function rawTransactions(file: string, reportIds: number[]) {
  const N = 2000;
  console.log(`\n裸 SQLite 事务（同样的表、同样的修改记录，${N} 次）`);
  for (const mode of ["FULL", "NORMAL"]) {
    const db = new Database(file);
    db.pragma("journal_mode = WAL");
    db.pragma(`synchronous = ${mode}`);
    const cell = db.prepare("select value, rev from cell_values where report_id = ? and key = ?");
    const upsert = db.prepare("insert into cell_values (report_id, key, value, unit, rev, updated_at) values (?, 'bench.raw', ?, null, ?, ?) on conflict (report_id, key) do update set value = excluded.value, rev = excluded.rev, updated_at = excluded.updated_at");
    const history = db.prepare("insert into report_changes (report_id, at, kind, target, old_value, new_value) values (?, ?, 'cell', 'bench.raw', ?, ?)");
    const version = db.prepare("update reports set version = version + 1, updated_at = ? where id = ? returning version");
    const tx = db.transaction((reportId: number, value: string) => {
      const cur = cell.get(reportId, "bench.raw") as { value: string } | undefined;
      const v = (version.get(Date.now(), reportId) as { version: number }).version;
      upsert.run(reportId, value, v, Date.now());
      history.run(reportId, Date.now(), cur?.value ?? null, value);
    });
    const times: number[] = [];
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < N; i++) {
      const t0 = performance.now();
      tx(reportIds[i % reportIds.length], String(i));
      times.push(performance.now() - t0);
    }
    const cpu = process.cpuUsage(cpu0);
    times.sort((a, b) => a - b);
    console.log(`  synchronous = ${mode.padEnd(6)} p50 ${quantile(times, 0.5).toFixed(2)} ms  p95 ${quantile(times, 0.95).toFixed(2)} ms  p99 ${quantile(times, 0.99).toFixed(2)} ms  CPU ${((cpu.user + cpu.system) / 1000 / N).toFixed(3)} ms/次`);
    // Leave the copy as the bare server will find it.
    db.prepare("delete from cell_values where key = 'bench.raw'").run();
    db.close();
  }
}

async function main() {
  if (!existsSync(".next/BUILD_ID")) {
    console.error("请先构建：npx next build");
    process.exit(1);
  }
  const synchronous = process.env.BENCH_SYNCHRONOUS ?? "FULL";
  for (const f of [DB_FILE, BARE_DB_FILE]) for (const s of ["", "-wal", "-shm"]) rmSync(f + s, { force: true });
  const env = { DATABASE_PATH: DB_FILE, AUTH_SECRET: "bench-only-secret-0123456789abcdef0123456789", AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1", PORT: String(PORT) };
  console.log("准备数据库（演示数据）…");
  await run(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/setup.ts"], env);

  // BENCH_PROFILE=1 writes the app server's CPU profile to data/profiles/ (to see where a save's time goes).
  const profile = process.env.BENCH_PROFILE ? ["--cpu-prof", "--cpu-prof-dir=data/profiles"] : [];
  const app: ChildProcess = spawn(process.execPath, [...profile, "--import", "tsx", "scripts/serve.ts"], { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] });
  const stopAll: (() => void)[] = [() => app.kill()];
  process.on("exit", () => stopAll.forEach((s) => s()));
  await waitFor(PORT, "/login");

  const list = pickEditors(DB_FILE);
  const cookies: string[] = [];
  for (const e of list) cookies.push(`${await signIn(PORT, e.username)}`);
  console.log(`${list.length} 个填报员已登录，每人写自己报告中的单元格。`);

  // The bare server gets a copy of the same database, with the same sessions.
  const src = new Database(DB_FILE);
  src.pragma("wal_checkpoint(TRUNCATE)");
  await src.backup(BARE_DB_FILE);
  const sessionIds = (src.prepare("select id from sessions order by created_at").all() as { id: string }[]).map((r) => r.id);
  src.close();
  const bare = spawn(process.execPath, ["-e", BARE_SERVER, BARE_DB_FILE, synchronous, String(BARE_PORT)], { stdio: ["ignore", "inherit", "inherit", "ipc"], cwd: process.cwd() });
  stopAll.push(() => bare.kill());
  await new Promise((r) => bare.once("message", r));

  rawTransactions(BARE_DB_FILE, list.map((e) => e.reportId));

  const appEditors = freshEditors(DB_FILE, list, cookies);
  const bareEditors = freshEditors(BARE_DB_FILE, list, cookies);
  const sessionOf = new Map(bareEditors.map((e, i) => [e, sessionIds[i]]));
  const targets: [Target, Editor[]][] = [
    [appTarget(app.pid!), appEditors],
    [bareTarget(bare.pid!, sessionOf), bareEditors],
  ];

  // Warm both up (JIT, caches) before measuring.
  for (const [t, eds] of targets) await round(t, eds, 50);

  console.log(`\n单元格自动保存（开环负载，每轮 ${SECONDS} 秒，${list.length} 个会话，synchronous = ${synchronous}）`);
  const results: { rate: number; app: RoundResult; bare: RoundResult }[] = [];
  for (const rate of RATES) {
    const a = await round(targets[0][0], appEditors, rate);
    const b = await round(targets[1][0], bareEditors, rate);
    print(targets[0][0].name, a);
    print(targets[1][0].name, b);
    results.push({ rate, app: a, bare: b });
  }

  const top = results.at(-1)!;
  const ratio = top.app.cpuMsPerSave / top.bare.cpuMsPerSave;
  console.log(`\n${top.rate} 次/秒：应用 p95 ${top.app.p95.toFixed(1)} ms（目标 < ${P95_TARGET_MS} ms）${top.app.p95 < P95_TARGET_MS ? "✓" : "✗"}；` +
    `每次保存 CPU 为下限的 ${ratio.toFixed(1)} 倍（目标 ≤ ${CPU_RATIO_TARGET} 倍）${ratio <= CPU_RATIO_TARGET ? "✓" : "✗"}`);

  app.kill("SIGTERM");
  await new Promise((r) => app.once("exit", r));
  const v = verify(DB_FILE, appEditors);
  console.log(`已确认的保存逐一核对：${v.checked} 个单元格，缺失或不一致 ${v.missing} 个 ${v.missing === 0 ? "✓" : "✗"}`);
  bare.kill();
  if (v.missing > 0) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
