import Database from "better-sqlite3";

/**
 * Direct access to the end-to-end database, for a test to arrange its own starting point
 * (e.g. a report the office has returned). Never used to check outcomes: those are read through the UI.
 */
export function setReportState(unitCode: string, year: number, state: string) {
  const db = new Database("data/e2e.db");
  try {
    db.prepare("update reports set state = ? where year = ? and unit_id = (select id from units where code = ?)").run(state, year, unitCode);
  } finally {
    db.close();
  }
}

/** Puts a year's "units publish their own reports" setting back, after a test that changed it through the UI. */
export function setUnitsPublish(year: number, on: boolean) {
  const db = new Database("data/e2e.db");
  try {
    db.prepare("update report_years set units_publish = ? where year = ?").run(on ? 1 : 0, year);
  } finally {
    db.close();
  }
}

/**
 * Removes a unit's report of a year, with its publications: the starting point of a district whose past
 * years exist only as published files (the unit's report is then read in from one).
 */
export function forgetReport(unitCode: string, year: number) {
  const db = new Database("data/e2e.db");
  try {
    db.pragma("foreign_keys = ON");
    const report = db.prepare("select r.id from reports r join units u on u.id = r.unit_id where u.code = ? and r.year = ?").get(unitCode, year) as { id: number } | undefined;
    if (!report) return;
    db.transaction(() => {
      // Publications are kept when a report goes (they are the public record); everything else goes with it.
      db.prepare("delete from publications where report_id = ?").run(report.id);
      db.prepare("delete from reports where id = ?").run(report.id);
    })();
  } finally {
    db.close();
  }
}

/**
 * Empties a unit's report of a year (its cells and texts gone, 未开始 again) and leaves its publications:
 * a report that exists here only as its published file, without changing the public record other tests count.
 */
export function emptyReport(unitCode: string, year: number) {
  const db = new Database("data/e2e.db");
  try {
    const report = db.prepare("select r.id from reports r join units u on u.id = r.unit_id where u.code = ? and r.year = ?").get(unitCode, year) as { id: number } | undefined;
    if (!report) return;
    db.transaction(() => {
      for (const table of ["cell_values", "narratives", "explanations"]) db.prepare(`delete from ${table} where report_id = ?`).run(report.id);
      db.prepare("update reports set state = 'not_started', version = 0, submitted_at = null, submitted_by = null where id = ?").run(report.id);
    })();
  } finally {
    db.close();
  }
}

/** Moves a year's units' deadline (a test puts it back): days left depend on the real date, the demo's on the pinned one. */
export function setUnitDeadline(year: number, deadline: string) {
  const db = new Database("data/e2e.db");
  try {
    db.prepare("update report_years set unit_deadline = ? where year = ?").run(deadline, year);
  } finally {
    db.close();
  }
}
