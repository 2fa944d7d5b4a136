import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { cellValues, reportYears, reports } from "@/db/schema";
import { runChecks } from "@/lib/checks/run-checks";
import { createFixture } from "@/lib/testing/fixtures";
import { resolveFormat } from "@/lib/report-format";
import { DEFAULT_DASHBOARD_QUERY as ALL, type DashboardQuery } from "@/lib/validation/dashboard-input";
import { getDashboard } from "./dashboard";
import { buildCheckContext, readPreviousReportData, readReportData } from "./internal/report-context";
import { saveCells } from "./report-save";

/** Today in the brief: 2026-11-25 in the district; the fixture's deadline is 2022-01-31. */
const NOW = Date.parse("2026-11-25T10:00:00+08:00");
const TOTAL = resolveFormat("2021").inputCells.length;

// Each test gets a year of its own, so the dashboard holds exactly the fixture's two units.
let nextYear = 2040;
function fixture() {
  return createFixture("Secret123", nextYear++);
}

function q(change: Partial<DashboardQuery>): DashboardQuery {
  return { ...ALL, ...change };
}

describe("getDashboard", () => {
  it("gives a unit person nothing, and an office person every expected unit", () => {
    const f = fixture();
    expect(getDashboard(f.eduEditor, f.year, ALL, NOW)).toBeNull();
    expect(getDashboard(f.xinqiEditor, f.year, ALL, NOW)).toBeNull();
    expect(getDashboard({ ...f.eduApprover }, f.year, ALL, NOW)).toBeNull();
    const d = getDashboard(f.reviewer, f.year, ALL, NOW)!;
    expect(d.expected).toBe(2);
    expect(d.rows.map((r) => r.unitName).sort()).toEqual(["区教育局", "新碶街道"]);
    expect(getDashboard(f.reviewer, 1999, ALL, NOW)).toBeNull();
  });

  it("shows each unit's state, completeness, last change, and counts by state", () => {
    const f = fixture();
    const saved = saveCells(f.eduEditor, {
      reportId: f.eduReport.id,
      sinceVersion: 0,
      changes: [
        { key: "t3.received.natural", value: "3", baseRev: 0 },
        { key: "t3.granted.natural", value: "1", baseRev: 0 },
      ],
    });
    expect(saved.ok).toBe(true);
    f.db.update(reports).set({ state: "submitted" }).where(eq(reports.id, f.xinqiReport.id)).run();

    const d = getDashboard(f.reviewer, f.year, ALL, NOW)!;
    expect(d.counts).toMatchObject({ not_started: 0, draft: 1, submitted: 1, returned: 0, approved: 0, published: 0 });
    const edu = d.rows.find((r) => r.unitId === f.eduReport.unitId)!;
    expect(edu).toMatchObject({ state: "draft", filled: 2, total: TOTAL, reportId: f.eduReport.id, reviewable: false, unitKind: "agency", lastChangeBy: "区教育局填报员" });
    expect(edu.lastChangeAt).toBeGreaterThan(0);
    // How far the draft is, section by section: both cells are in 三.
    expect(edu.bySection.map((s) => [s.number, s.filled])).toEqual([
      ["二", 0],
      ["三", 2],
      ["四", 0],
    ]);
    expect(edu.bySection.reduce((n, s) => n + s.total, 0)).toBe(TOTAL);
    const xinqi = d.rows.find((r) => r.unitId === f.xinqiReport.unitId)!;
    expect(xinqi).toMatchObject({ state: "submitted", reviewable: true, filled: 0, unitKind: "subdistrict", lastChangeAt: null, lastChangeBy: null });
  });

  it("is late when the deadline has passed and the report is not handed in", () => {
    const f = fixture();
    f.db.update(reports).set({ state: "approved" }).where(eq(reports.id, f.xinqiReport.id)).run();
    const at = (date: string) => getDashboard(f.reviewer, f.year, ALL, Date.parse(`${date}T23:30:00+08:00`))!;
    const edu = (date: string) => at(date).rows.find((r) => r.unitId === f.eduReport.unitId)!;

    expect(edu("2022-01-20")).toMatchObject({ daysLeft: 11, late: false });
    expect(edu("2022-01-31")).toMatchObject({ daysLeft: 0, late: false });
    expect(edu("2022-02-01")).toMatchObject({ daysLeft: -1, late: true });
    const now = getDashboard(f.reviewer, f.year, ALL, NOW)!;
    expect(now.daysLeft).toBe(-1759);
    expect(now.today).toBe("2026-11-25");
    expect(now.late).toBe(1);
    expect(now.rows.find((r) => r.unitId === f.xinqiReport.unitId)).toMatchObject({ late: false, daysLeft: -1759 });
    // Returned is not handed in: late again.
    f.db.update(reports).set({ state: "returned" }).where(eq(reports.id, f.xinqiReport.id)).run();
    expect(getDashboard(f.reviewer, f.year, ALL, NOW)!.late).toBe(2);
  });

  it("counts the stored report's errors and warnings, leaving out blanks", () => {
    const f = fixture();
    f.db.update(reports).set({ state: "draft" }).where(eq(reports.id, f.eduReport.id)).run();
    const cell = (key: string, value: string) => ({ reportId: f.eduReport.id, key, value, rev: 1, updatedAt: NOW });
    // 7 received, nothing handled or carried forward: the balance fails (error); a district unit issuing 规章 (warning).
    f.db.insert(cellValues).values([cell("t3.received.natural", "7"), cell("b1.rules.issued", "1")]).run();

    const stored = readReportData(f.db, f.eduReport.id)!;
    const expected = runChecks(buildCheckContext(stored, null)).filter((x) => !x.onSubmit);
    const edu = getDashboard(f.reviewer, f.year, ALL, NOW)!.rows.find((r) => r.unitId === f.eduReport.unitId)!;
    expect(edu.errors).toBe(expected.filter((x) => x.severity === "error").length);
    expect(edu.warnings).toBe(expected.filter((x) => x.severity === "warning").length);
    expect(edu.errors).toBeGreaterThan(0);
    expect(edu.warnings).toBeGreaterThan(0);
    expect(edu.filled).toBe(2);
    const xinqi = getDashboard(f.reviewer, f.year, ALL, NOW)!.rows.find((r) => r.unitId === f.xinqiReport.unitId)!;
    expect([xinqi.errors, xinqi.warnings]).toEqual([0, 0]);
  });

  it("runs the cross-year checks against the unit's previous year", () => {
    const f = fixture();
    const prev = f.year - 1;
    f.db.insert(reportYears).values({ year: prev, formatVersion: "2021", unitDeadline: "2021-01-31", consolidatedDeadline: "2021-03-31" }).onConflictDoNothing().run();
    const old = f.db.insert(reports).values({ unitId: f.eduReport.unitId, year: prev, state: "approved" }).returning().get();
    f.db.update(reports).set({ state: "draft" }).where(eq(reports.id, f.eduReport.id)).run();
    const cell = (reportId: number, key: string, value: string) => ({ reportId, key, value, rev: 1, updatedAt: NOW });
    f.db.insert(cellValues).values([cell(old.id, "t3.carriedForward.natural", "2"), cell(f.eduReport.id, "t3.carriedOver.natural", "5")]).run();

    const current = readReportData(f.db, f.eduReport.id)!;
    const withPrevious = runChecks(buildCheckContext(current, readPreviousReportData(f.db, f.eduReport.unitId, f.year))).filter((x) => !x.onSubmit);
    expect(withPrevious.some((x) => x.checkId === "T3-CARRY-YOY")).toBe(true);
    const edu = getDashboard(f.reviewer, f.year, ALL, NOW)!.rows.find((r) => r.unitId === f.eduReport.unitId)!;
    expect(edu.warnings).toBe(withPrevious.filter((x) => x.severity === "warning").length);
    expect(edu.errors).toBe(withPrevious.filter((x) => x.severity === "error").length);
  });

  it("filters by kind, state and late, and sorts by any column; counts stay those of every unit", () => {
    const f = fixture();
    saveCells(f.eduEditor, { reportId: f.eduReport.id, sinceVersion: 0, changes: [{ key: "t3.received.natural", value: "3", baseRev: 0 }] });
    f.db.update(reports).set({ state: "submitted" }).where(eq(reports.id, f.xinqiReport.id)).run();
    const names = (query: DashboardQuery) => getDashboard(f.reviewer, f.year, query, NOW)!.rows.map((r) => r.unitName);

    expect(names(q({ kind: "subdistrict" }))).toEqual(["新碶街道"]);
    expect(names(q({ kind: "agency" }))).toEqual(["区教育局"]);
    expect(names(q({ state: "draft" }))).toEqual(["区教育局"]);
    expect(names(q({ state: "approved" }))).toEqual([]);
    expect(names(q({ late: true }))).toEqual(["区教育局"]);
    expect(names(q({ kind: "subdistrict", late: true }))).toEqual([]);
    expect(names(q({ sort: "completeness", dir: "desc" }))).toEqual(["区教育局", "新碶街道"]);
    expect(names(q({ sort: "completeness", dir: "asc" }))).toEqual(["新碶街道", "区教育局"]);
    expect(names(q({ sort: "state", dir: "desc" }))).toEqual(["新碶街道", "区教育局"]);
    expect(names(q({ sort: "deadline" }))).toEqual(["区教育局", "新碶街道"]);
    expect(names(q({ sort: "lastChange", dir: "desc" }))).toEqual(["区教育局", "新碶街道"]);
    const filtered = getDashboard(f.reviewer, f.year, q({ kind: "subdistrict" }), NOW)!;
    expect(filtered.expected).toBe(2);
    expect(filtered.counts.draft).toBe(1);
  });

  it("runs two queries, however many units", () => {
    const f = fixture();
    const client = f.db.$client;
    const original = client.prepare;
    let queries = 0;
    client.prepare = function (this: typeof client, ...args: Parameters<typeof original>) {
      queries++;
      return original.apply(this, args);
    } as typeof original;
    try {
      getDashboard(f.reviewer, f.year, ALL, NOW);
    } finally {
      client.prepare = original;
    }
    expect(queries).toBeLessThanOrEqual(2);
  });
});
