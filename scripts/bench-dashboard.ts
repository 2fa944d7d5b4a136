/**
 * The office dashboard's server time for the demo's 77 units (figures printed, nothing asserted):
 * `npx tsx scripts/bench-dashboard.ts`. A fresh in-memory database with the demo data; the dashboard
 * data layer (getDashboard) for 2021 (in progress) and 2020 (every unit approved), timed over several
 * runs, with the number of SQL statements it prepares (target: two, whatever the number of units).
 */
import { createRequire } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";
// The demo as the tests seed it (2021 in progress): the figures stay comparable from run to run.
import { TEST_SEED_DAY } from "../db/seed/demo-calendar";

// The data layer is marked server-only (it throws outside React server code): stand in an empty module.
const requireHere = createRequire(path.join(process.cwd(), "package.json"));
requireHere.cache[requireHere.resolve("server-only")] = { exports: {} } as NodeJS.Module;

export async function benchDashboard(runs = 20): Promise<void> {
  const [{ default: bcrypt }, { eq }, { openDatabase }, { users, units }, { seedDemo }, { getDashboard }, { DEFAULT_DASHBOARD_QUERY }] = await Promise.all([
    import("bcryptjs"),
    import("drizzle-orm"),
    import("../db/client"),
    import("../db/schema"),
    import("../db/seed/seed-demo"),
    import("../lib/dal/dashboard"),
    import("../lib/validation/dashboard-input"),
  ]);
  const { asSessionUser } = await import("../lib/dal/internal/session-user");
  type Db = ReturnType<typeof openDatabase>;

  const db = openDatabase(":memory:");
  seedDemo(db, { passwordHash: bcrypt.hashSync("Demo2026", 4), today: TEST_SEED_DAY });
  // getDb() opens the app's database on first use: hand it this one instead.
  const global = globalThis as unknown as { __db?: Db };
  const previousDb = global.__db;
  global.__db = db;

  const row = db.select().from(users).innerJoin(units, eq(units.id, users.unitId)).where(eq(users.username, "reviewer")).get()!;
  const reviewer = asSessionUser({
    id: row.users.id,
    username: row.users.username,
    displayName: row.users.displayName,
    role: row.users.role,
    unitId: row.units.id,
    unitName: row.units.name,
    unitCode: row.units.code,
    unitKind: row.units.kind,
  });

  let statements = 0;
  const prepare = db.$client.prepare;
  db.$client.prepare = function (this: Db["$client"], ...args: Parameters<typeof prepare>) {
    statements++;
    return prepare.apply(this, args);
  } as typeof prepare;

  for (const year of [2021, 2020]) {
    statements = 0;
    const first = performance.now();
    const d = getDashboard(reviewer, year, DEFAULT_DASHBOARD_QUERY)!;
    const firstMs = performance.now() - first;
    const perRun = statements;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      getDashboard(reviewer, year, DEFAULT_DASHBOARD_QUERY);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const findings = d.rows.reduce((n, r) => n + r.errors + r.warnings, 0);
    console.log(
      `dashboard ${year}: ${d.expected} units, ${perRun} SQL queries, first run ${firstMs.toFixed(1)} ms, ` +
        `median ${times[Math.floor(times.length / 2)].toFixed(1)} ms, fastest ${times[0].toFixed(1)} ms (${runs} runs; ${findings} errors and warnings)`,
    );
  }
  db.$client.prepare = prepare;
  db.$client.close();
  global.__db = previousDb;
}

if (require.main === module) {
  benchDashboard().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
