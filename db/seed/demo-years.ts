/**
 * What a demo report year is, for any year from 2019 on: 2019 and 2020 in the 2019 format (2020
 * with the district's table A, as the reference report has it), 2021 on in the 2021 format. Which
 * years the demo holds, and which one is in progress, depends on the date (demo-calendar.ts).
 */
export interface DemoYear {
  year: number;
  formatVersion: "2019" | "2021";
  localTables: string[];
  /** Units' reports due (条例 Art. 49: 31 January of the next year). */
  unitDeadline: string;
  /** The consolidated report due (31 March of the next year). */
  consolidatedDeadline: string;
}

/** The first year the demo holds. */
export const FIRST_DEMO_YEAR = 2019;

export function demoYear(year: number): DemoYear {
  if (!Number.isInteger(year) || year < FIRST_DEMO_YEAR) throw new Error(`No demo data for report year ${year}`);
  return {
    year,
    formatVersion: year < 2021 ? "2019" : "2021",
    localTables: year === 2020 ? ["A"] : [],
    unitDeadline: `${year + 1}-01-31`,
    consolidatedDeadline: `${year + 1}-03-31`,
  };
}
