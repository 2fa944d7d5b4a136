import { and, eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { cellValues, narratives, notifications, publications, reportChanges, reportYears, reports, units, users } from "@/db/schema";
import { REPORT_STATES } from "@/lib/domain";
import { type ReportValues, computeDerived, isValidStoredValue } from "@/lib/report-format";
import { AMOUNT_UNIT_SLIP_UNIT, PRESS_LEADER_SLIP_UNIT, demoFormat, demoValues } from "./demo-values";
import { amountToUnits, unitsToAmount } from "./prng";
import { REFERENCE_2020_DERIVED, REFERENCE_2020_INPUTS, T3_COLUMNS } from "./reference-2020";
import { TEST_SEED_DAY, demoCalendar } from "./demo-calendar";
import { seedDemo } from "./seed-demo";
import { seedPublicationsDemo } from "./seed-publications-demo";
import { DEMO_OFFICE, DEMO_REPORTING_UNITS } from "./units";

const codes = DEMO_REPORTING_UNITS.map((u) => u.code);
const n = (values: ReportValues, key: string) => Number(values[key].value);
/** Every year a demo seeded on 1 December 2026 holds: the values must be right in each. */
const YEARS = demoCalendar("2026-12-01").years.map((y) => y.year);

describe("demo units", () => {
  it("are 77 reporting units: 10 subdistricts and 67 agencies, plus the office", () => {
    expect(DEMO_REPORTING_UNITS).toHaveLength(77);
    expect(DEMO_REPORTING_UNITS.filter((u) => u.kind === "subdistrict")).toHaveLength(10);
    expect(DEMO_REPORTING_UNITS.filter((u) => u.kind === "agency")).toHaveLength(67);
    expect(DEMO_REPORTING_UNITS.some((u) => u.kind === "office")).toBe(false);
    expect(DEMO_OFFICE).toMatchObject({ code: "office", kind: "office", name: "区政府办公室（政务公开中心）" });
  });

  it("have unique codes, names and sort orders; edu and xinqi are present", () => {
    const all = [DEMO_OFFICE, ...DEMO_REPORTING_UNITS];
    expect(new Set(all.map((u) => u.code)).size).toBe(78);
    expect(new Set(all.map((u) => u.name)).size).toBe(78);
    expect(new Set(all.map((u) => u.sortOrder)).size).toBe(78);
    for (const u of all) expect(u.code).toMatch(/^[a-z][a-z0-9]*$/);
    expect(DEMO_REPORTING_UNITS.find((u) => u.code === "edu")?.name).toBe("区教育局");
    expect(DEMO_REPORTING_UNITS.find((u) => u.code === "xinqi")).toMatchObject({ name: "新碶街道", kind: "subdistrict" });
  });
});

describe("2020 demo values add up to the district's real report", () => {
  const format = demoFormat(2020);
  const perUnit = codes.map((c) => demoValues(c, 2020));

  it("every input cell, summed over the 77 units", () => {
    expect(Object.keys(REFERENCE_2020_INPUTS).sort()).toEqual(format.inputCells.map((c) => c.key).sort());
    for (const cell of format.inputCells) {
      if (cell.kind === "amount") continue;
      const sum = perUnit.reduce((s, v) => s + n(v, cell.key), 0);
      expect(String(sum), cell.key).toBe(REFERENCE_2020_INPUTS[cell.key]);
    }
    // The plain numeric sum of the amounts, whatever unit each was recorded in (as the district did).
    const amount = perUnit.reduce((s, v) => s + amountToUnits(v["b9.procurement.amount"].value), 0);
    expect(unitsToAmount(amount)).toBe("6376.8025");
  });

  it("and therefore every derived total (t3 总计 column and （七）总计 row, t4 总计)", () => {
    const summed: ReportValues = {};
    for (const key of Object.keys(REFERENCE_2020_INPUTS)) summed[key] = { value: REFERENCE_2020_INPUTS[key] };
    const fromReference = computeDerived(format, summed);
    const fromUnits: Record<string, number> = {};
    for (const v of perUnit) {
      for (const [key, value] of Object.entries(computeDerived(format, v))) fromUnits[key] = (fromUnits[key] ?? 0) + Number(value);
    }
    for (const [key, expected] of Object.entries(REFERENCE_2020_DERIVED)) {
      expect(fromReference[key], key).toBe(expected);
      expect(String(fromUnits[key]), key).toBe(expected);
    }
  });

  it("reproduces each of the reference's two flaws in exactly one unit", () => {
    const leaderSlips = codes.filter((c, i) => n(perUnit[i], "a.pressConfLeader") > n(perUnit[i], "a.pressConf"));
    expect(leaderSlips).toEqual([PRESS_LEADER_SLIP_UNIT]);
    const yuan = codes.filter((c, i) => perUnit[i]["b9.procurement.amount"].unit === "元");
    expect(yuan).toEqual([AMOUNT_UNIT_SLIP_UNIT]);
    const slip = perUnit[codes.indexOf(AMOUNT_UNIT_SLIP_UNIT)];
    // Read as 元, it is far below 0.1 万元 per project (T2-AMOUNT-UNIT).
    expect(n(slip, "b9.procurement.amount") / 10_000 / n(slip, "b9.procurement.projects")).toBeLessThan(0.1);
  });

  it("every other unit's tables are plausible", () => {
    const channels = ["gazette", "website", "weibo", "wechat", "otherChannel"];
    perUnit.forEach((v, i) => {
      const at = codes[i];
      for (const ch of channels) expect(n(v, `a.${ch}`), at).toBeLessThanOrEqual(n(v, "a.total"));
      expect(channels.reduce((s, ch) => s + n(v, `a.${ch}`), 0), at).toBeGreaterThanOrEqual(n(v, "a.total"));
      expect(n(v, "a.interviewLeader"), at).toBeLessThanOrEqual(n(v, "a.interview"));
      if (at !== PRESS_LEADER_SLIP_UNIT) expect(n(v, "a.pressConfLeader"), at).toBeLessThanOrEqual(n(v, "a.pressConf"));
      for (const col of ["made", "published", "total"]) expect(n(v, `b1.rules.${col}`), at).toBe(0);
      expect(n(v, "b1.normative.published"), at).toBeLessThanOrEqual(n(v, "b1.normative.total"));
      if (at !== AMOUNT_UNIT_SLIP_UNIT) {
        expect(v["b9.procurement.amount"].unit, at).toBe("万元");
        const projects = n(v, "b9.procurement.projects");
        const amount = n(v, "b9.procurement.amount");
        expect(amount > 0, at).toBe(projects > 0);
        if (projects > 0) expect(amount / projects, at).toBeGreaterThanOrEqual(0.1);
        expect(amount, at).toBeLessThanOrEqual(10_000);
      }
    });
  });
});

describe("every unit's own tables, every year", () => {
  it.each(YEARS)("%i: table 三 balances in every column and table B items never go negative", (year) => {
    const format = demoFormat(year);
    for (const code of codes) {
      const v = demoValues(code, year);
      const d = computeDerived(format, v);
      const get = (key: string) => Number(v[key]?.value ?? d[key]);
      for (const col of [...T3_COLUMNS, "total"]) {
        expect(get(`t3.received.${col}`) + get(`t3.carriedOver.${col}`), `${code} ${col}`).toBe(
          get(`t3.handledTotal.${col}`) + get(`t3.carriedForward.${col}`),
        );
      }
      for (const row of format.version.id === "2019" ? ["b5.licensing", "b5.otherServices", "b6.penalty", "b6.enforcement", "b8.fees"] : []) {
        expect(get(`${row}.prevCount`) + get(`${row}.change`), `${code} ${row}`).toBeGreaterThanOrEqual(0);
      }
      if (format.version.id === "2021") {
        for (const col of ["issued", "repealed", "inForce"]) expect(get(`b1.rules.${col}`)).toBe(0);
      }
    }
  });

  it("the years join up: carried forward → carried over, and items at year end → 上一年项目数量", () => {
    for (const code of codes) {
      const [v19, v20] = [2019, 2020].map((y) => demoValues(code, y));
      for (const [year, next] of YEARS.slice(0, -1).map((y) => [y, y + 1])) {
        const [before, after] = [demoValues(code, year), demoValues(code, next)];
        for (const col of T3_COLUMNS) expect(n(before, `t3.carriedForward.${col}`), `${code} ${year}`).toBe(n(after, `t3.carriedOver.${col}`));
        if (next > 2021) expect(n(before, "b1.normative.inForce") + n(after, "b1.normative.issued") - n(after, "b1.normative.repealed"), code).toBe(n(after, "b1.normative.inForce"));
      }
      for (const row of ["b5.licensing", "b5.otherServices", "b6.penalty", "b6.enforcement", "b8.fees"]) {
        expect(n(v19, `${row}.prevCount`) + n(v19, `${row}.change`), `${code} ${row}`).toBe(n(v20, `${row}.prevCount`));
      }
    }
  });

  it.each(YEARS)("%i: every value is valid for its cell, every input cell is filled, nothing derived", (year) => {
    const format = demoFormat(year);
    for (const code of codes) {
      const v = demoValues(code, year);
      expect(Object.keys(v).sort()).toEqual(format.inputCells.map((c) => c.key).sort());
      for (const [key, entry] of Object.entries(v)) expect(isValidStoredValue(format.cellByKey.get(key)!, entry), `${code} ${key}`).toBe(true);
    }
  });

  it("is deterministic", () => {
    expect(demoValues("scjg", 2021)).toEqual(demoValues("scjg", 2021));
  });
});

describe("seedDemo", () => {
  const db = openDatabase(":memory:");
  const summary = seedDemo(db, { passwordHash: "$2b$10$demo.hash.for.tests.only", today: TEST_SEED_DAY });

  it("creates the units, people, years and one report per unit and year", () => {
    expect(db.select().from(units).all()).toHaveLength(78);
    const people = db.select().from(users).all();
    expect(people).toHaveLength(77 * 2 + 2);
    expect(people.find((u) => u.username === "edu-editor")).toMatchObject({ role: "editor", displayName: "区教育局填报员" });
    expect(people.find((u) => u.username === "xinqi-approver")).toMatchObject({ role: "approver", displayName: "新碶街道审核签发人" });
    expect(people.filter((u) => u.role === "reviewer" || u.role === "admin").map((u) => u.username).sort()).toEqual(["admin", "reviewer"]);
    // One report per reporting unit and year, plus the office's own consolidated 2020 report.
    expect(db.select().from(reports).all()).toHaveLength(77 * 3 + 1);
    expect(summary).toMatchObject({ units: 78, reportingUnits: 77, users: 156, reportYears: 3, reports: 231 });
    expect(summary.cellValues).toBe(db.select().from(cellValues).all().length);
  });

  it("closes 2019 and 2020 (approved, complete, submitted by the approver) and leaves 2021 in progress", () => {
    const office = db.select().from(units).where(eq(units.code, "office")).get()!;
    const all = db.select().from(reports).all().filter((r) => r.unitId !== office.id);
    for (const r of all.filter((r) => r.year < 2021)) {
      expect(r.state).toBe("approved");
      expect(r.submittedAt).toBeGreaterThan(0);
    }
    const states2021 = new Set(all.filter((r) => r.year === 2021).map((r) => r.state));
    for (const s of ["not_started", "draft", "submitted"]) expect(states2021).toContain(s);
    const everywhere = new Set(all.map((r) => r.state));
    for (const s of ["not_started", "draft", "submitted", "approved"] as const) expect(everywhere).toContain(s);
    expect(Object.values(summary.reportsByState).reduce((a, b) => a + b, 0)).toBe(231);
    expect(REPORT_STATES).toContain("approved");
  });

  it.each(["edu", "xinqi"])("puts %s's 2021 report in draft, partly filled, with table 三 empty", (code) => {
    const unit = db.select().from(units).where(eq(units.code, code)).get()!;
    const report = db.select().from(reports).where(and(eq(reports.unitId, unit.id), eq(reports.year, 2021))).get()!;
    expect(report.state).toBe("draft");
    const cells = db.select().from(cellValues).where(eq(cellValues.reportId, report.id)).all();
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.length).toBeLessThan(demoFormat(2021).inputCells.length);
    expect(cells.filter((c) => c.key.startsWith("t3."))).toHaveLength(0);
    const history = db.select().from(reportChanges).where(eq(reportChanges.reportId, report.id)).all();
    expect(history.some((h) => h.kind === "cell")).toBe(true);
  });

  it("stores only valid input cells and the narratives", () => {
    const yearOf = new Map(db.select().from(reports).all().map((r) => [r.id, r.year]));
    for (const c of db.select().from(cellValues).all()) {
      const cell = demoFormat(yearOf.get(c.reportId)!).cellByKey.get(c.key);
      expect(cell, c.key).toBeDefined();
      expect(cell!.sumOf, c.key).toBeUndefined();
      expect(isValidStoredValue(cell!, { value: c.value!, ...(c.unit ? { unit: c.unit as "元" | "万元" } : {}) }), c.key).toBe(true);
    }
    const approved = db.select().from(reports).where(eq(reports.state, "approved")).all();
    const texts = db.select().from(narratives).all();
    for (const r of approved) {
      const keys = texts.filter((t) => t.reportId === r.id).map((t) => t.sectionKey);
      for (const k of ["preamble", "one", "five", "six"]) expect(keys).toContain(k);
    }
    expect(db.select().from(reportChanges).where(like(reportChanges.target, "b1.%")).all().length).toBeGreaterThan(0);
  });

  it("refuses to seed a database that already has units", () => {
    expect(() => seedDemo(db, { passwordHash: "x", today: TEST_SEED_DAY })).toThrow();
    expect(db.select().from(units).all()).toHaveLength(78);
  });
});

describe("seedDemo on 1 December 2026", () => {
  const db = openDatabase(":memory:");
  const summary = seedDemo(db, { passwordHash: "$2b$10$demo.hash.for.tests.only", today: "2026-12-01" });
  const published = seedPublicationsDemo(db);
  const startOfDay = Date.parse("2026-12-01T00:00:00+08:00");

  it("holds 2019–2026 with 2026 in progress and every earlier year approved and published", () => {
    expect(summary).toMatchObject({ currentYear: 2026, reportYears: 8, reports: 77 * 8 });
    expect(db.select().from(reportYears).all().map((y) => [y.year, y.unitDeadline])).toContainEqual([2026, "2027-01-31"]);
    const office = db.select().from(units).where(eq(units.code, "office")).get()!;
    const all = db.select().from(reports).all().filter((r) => r.unitId !== office.id);
    expect(new Set(all.filter((r) => r.year < 2026).map((r) => r.state))).toEqual(new Set(["published"]));
    expect(new Set(all.filter((r) => r.year === 2026).map((r) => r.state))).toEqual(new Set(["not_started", "draft", "submitted"]));
    // The district's consolidated report of 2020 (the reference) and of every later closed year.
    expect(published).toEqual({ unitReports: 77 * 7, consolidated: 6 });
  });

  it("puts nothing after the day before seeding, and the year in progress opened before any of its work", () => {
    const opened = db.select().from(reportYears).where(eq(reportYears.year, 2026)).get()!.createdAt;
    const stamps = [
      ...db.select().from(reports).all().flatMap((r) => [r.updatedAt, r.submittedAt, r.createdAt]),
      ...db.select().from(reportChanges).all().map((c) => c.at),
      ...db.select().from(cellValues).all().map((c) => c.updatedAt),
      ...db.select().from(publications).all().map((p) => p.publishedAt),
    ].filter((t): t is number => t !== null);
    expect(Math.max(...stamps)).toBeLessThan(startOfDay);
    const current = db.select().from(reports).where(eq(reports.year, 2026)).all();
    for (const r of current) if (r.updatedAt !== null) expect(r.updatedAt).toBeGreaterThanOrEqual(opened);
  });

  it("leaves the notices of those publications read: a newcomer's bell does not count years of history", () => {
    const all = db.select().from(notifications).all();
    expect(all.length).toBeGreaterThan(77 * 7);
    expect(all.filter((n) => n.readAt === null)).toEqual([]);
  });

  it("publishes each closed year's reports by 31 January after it, after their approval", () => {
    for (const p of db.select().from(publications).all()) {
      const report = db.select().from(reports).where(eq(reports.id, p.reportId)).get()!;
      if (p.slug === "bengji") {
        expect(p.publishedAt).toBeLessThan(Date.parse(`${report.year + 1}-04-01T00:00:00+08:00`));
        continue;
      }
      expect(p.publishedAt).toBeLessThan(Date.parse(`${report.year + 1}-02-01T00:00:00+08:00`));
      const approval = db.select().from(reportChanges).where(and(eq(reportChanges.reportId, report.id), eq(reportChanges.newValue, "approved"))).get()!;
      expect(p.publishedAt).toBeGreaterThan(approval.at);
    }
  });
});
