/**
 * Seeds an EMPTY database with the demo organisation (宁波市北仑区): units, people, report years
 * from 2019 to the one in progress on the seeding day, and their reports (see demo-calendar.ts for
 * where the years fall, seed-plan.ts for what each report holds). Everything is
 * written in one transaction; it refuses to run when the units table has any row.
 *
 * Accounts (all with the one password the caller hashed):
 *   <code>-editor   填报员 of each reporting unit       <code>-approver  审核签发人
 *   reviewer        政务公开中心审核员 (office)          admin            系统管理员 (office)
 */
import { count } from "drizzle-orm";
import type { Db } from "@/db/client";
import { REPORT_STATES, type ReportState } from "@/lib/domain";
import {
  cellValues,
  narratives,
  reportChanges,
  reportYearUnits,
  reportYears,
  reports,
  settings,
  units,
  users,
} from "@/db/schema";
import { demoCalendar } from "./demo-calendar";
import { seedConsolidationDemo, seedDistrictReports } from "./seed-consolidation-demo";
import { type SeedRole, planDemoReports } from "./seed-plan";
import { DEMO_GOVERNMENT_NAME, DEMO_OFFICE, DEMO_REPORTING_UNITS, DEMO_UNITS } from "./units";

export interface SeedOptions {
  /** Hash of the demo password (the caller hashes it once; every account gets it). */
  passwordHash: string;
  /** The seeding day (YYYY-MM-DD, Beijing): it decides which year is in progress (demo-calendar.ts). */
  today: string;
}

export interface SeedSummary {
  /** The report year in progress. */
  currentYear: number;
  units: number;
  reportingUnits: number;
  users: number;
  reportYears: number;
  reports: number;
  reportsByState: Record<ReportState, number>;
  cellValues: number;
  narratives: number;
  reportChanges: number;
}

const CHUNK = 500;

/** Rows in batches of CHUNK (SQLite limits the number of bound parameters per statement). */
function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/** The seed's own clock: units and accounts were set up in November 2019, before the first report year opened. */
const SETUP_AT = Date.UTC(2019, 10, 4, 1, 30);
/** A closed report year (and its reports) was opened on 1 December of that year (09:00 in Beijing). */
const closedOpenedAt = (year: number) => Date.UTC(year, 11, 1, 1, 0);

export function seedDemo(db: Db, options: SeedOptions): SeedSummary {
  if (!options.passwordHash) throw new Error("seedDemo: passwordHash is required");

  return db.transaction((tx) => {
    const [{ n }] = tx.select({ n: count() }).from(units).all();
    if (n > 0) throw new Error(`数据库中已有 ${n} 个单位，演示数据只能导入空数据库，已停止导入。`);
    const calendar = demoCalendar(options.today);
    const plan = planDemoReports(calendar);
    const openedAt = (year: number) => (year === calendar.current ? calendar.openedAt : closedOpenedAt(year));

    // Units and people.
    tx.insert(units)
      .values(DEMO_UNITS.map((u) => ({ code: u.code, name: u.name, fullName: u.fullName, kind: u.kind, sortOrder: u.sortOrder, createdAt: SETUP_AT })))
      .run();
    const unitId = new Map(tx.select({ id: units.id, code: units.code }).from(units).all().map((u) => [u.code, u.id]));
    const person = (code: string, role: "editor" | "approver" | "reviewer" | "admin", username: string, displayName: string) => ({
      username,
      displayName,
      unitId: unitId.get(code)!,
      role,
      passwordHash: options.passwordHash,
      createdAt: SETUP_AT,
    });
    tx.insert(users)
      .values([
        person(DEMO_OFFICE.code, "reviewer", "reviewer", "政务公开中心审核员"),
        person(DEMO_OFFICE.code, "admin", "admin", "系统管理员"),
        ...DEMO_REPORTING_UNITS.flatMap((u) => [
          person(u.code, "editor", `${u.code}-editor`, `${u.name}填报员`),
          person(u.code, "approver", `${u.code}-approver`, `${u.name}审核签发人`),
        ]),
      ])
      .run();
    const userId = new Map(tx.select({ id: users.id, username: users.username }).from(users).all().map((u) => [u.username, u.id]));
    const who = (unitCode: string, role: SeedRole): number =>
      userId.get(role === "reviewer" ? "reviewer" : `${unitCode}-${role}`)!;

    // Report years and the units each expects.
    for (const y of calendar.years) {
      tx.insert(reportYears)
        .values({
          year: y.year,
          formatVersion: y.formatVersion,
          localTables: y.localTables,
          unitDeadline: y.unitDeadline,
          consolidatedDeadline: y.consolidatedDeadline,
          createdAt: openedAt(y.year),
        })
        .run();
      tx.insert(reportYearUnits)
        .values(DEMO_REPORTING_UNITS.map((u) => ({ year: y.year, unitId: unitId.get(u.code)! })))
        .run();
    }

    // Reports, then their cells, narratives and history.
    const reportRows = plan.map((r) => ({
        unitId: unitId.get(r.unitCode)!,
        year: r.year,
        state: r.state,
        version: r.version,
        updatedAt: r.updatedAt,
        updatedBy: r.updatedAt === null ? null : who(r.unitCode, r.submittedAt === r.updatedAt ? "approver" : "editor"),
        submittedAt: r.submittedAt,
        submittedBy: r.submittedAt === null ? null : who(r.unitCode, "approver"),
        createdAt: openedAt(r.year),
    }));
    for (const rows of chunks(reportRows)) tx.insert(reports).values(rows).run();
    const reportId = new Map(
      tx
        .select({ id: reports.id, unitId: reports.unitId, year: reports.year })
        .from(reports)
        .all()
        .map((r) => [`${r.unitId}:${r.year}`, r.id]),
    );
    const idOf = (unitCode: string, year: number) => reportId.get(`${unitId.get(unitCode)}:${year}`)!;

    const cellRows = plan.flatMap((r) =>
      Object.entries(r.cells).map(([key, entry]) => ({
        reportId: idOf(r.unitCode, r.year),
        key,
        value: entry.value,
        unit: entry.unit ?? null,
        rev: 1,
        updatedAt: r.filledAt,
        updatedBy: who(r.unitCode, "editor"),
      })),
    );
    const narrativeRows = plan.flatMap((r) =>
      Object.entries(r.narratives).map(([sectionKey, text]) => ({
        reportId: idOf(r.unitCode, r.year),
        sectionKey,
        text,
        rev: 1,
        updatedAt: r.filledAt,
        updatedBy: who(r.unitCode, "editor"),
      })),
    );
    const changeRows = plan.flatMap((r) =>
      r.changes.map((c) => ({
        reportId: idOf(r.unitCode, r.year),
        userId: who(r.unitCode, c.by),
        at: c.at,
        kind: c.kind,
        target: c.target,
        oldValue: c.oldValue,
        newValue: c.newValue,
      })),
    );

    for (const rows of chunks(cellRows)) tx.insert(cellValues).values(rows).run();
    for (const rows of chunks(narrativeRows)) tx.insert(narratives).values(rows).run();
    for (const rows of chunks(changeRows)) tx.insert(reportChanges).values(rows).run();
    tx.insert(settings).values({ key: "governmentName", value: DEMO_GOVERNMENT_NAME, updatedAt: SETUP_AT }).run();
    // The office's own 2020 report (the district's consolidated narrative) and its recorded override;
    // its report of every later closed year.
    seedConsolidationDemo(tx);
    seedDistrictReports(tx, calendar.years.map((y) => y.year).filter((y) => y > 2020 && y < calendar.current));

    const reportsByState = Object.fromEntries(REPORT_STATES.map((s) => [s, 0])) as Record<ReportState, number>;
    for (const r of plan) reportsByState[r.state]++;
    return {
      currentYear: calendar.current,
      units: DEMO_UNITS.length,
      reportingUnits: DEMO_REPORTING_UNITS.length,
      users: userId.size,
      reportYears: calendar.years.length,
      reports: plan.length,
      reportsByState,
      cellValues: cellRows.length,
      narratives: narrativeRows.length,
      reportChanges: changeRows.length,
    };
  });
}
