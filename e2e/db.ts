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
