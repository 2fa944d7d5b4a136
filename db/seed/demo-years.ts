/** The demo's report years: 2019 and 2020 closed (approved), 2021 in progress. */
export interface DemoYear {
  year: 2019 | 2020 | 2021;
  formatVersion: "2019" | "2021";
  localTables: string[];
  /** Units' reports due (条例 Art. 49: 31 January of the next year). */
  unitDeadline: string;
  /** The consolidated report due (31 March of the next year). */
  consolidatedDeadline: string;
}

export const DEMO_YEARS: readonly DemoYear[] = [
  { year: 2019, formatVersion: "2019", localTables: [], unitDeadline: "2020-01-31", consolidatedDeadline: "2020-03-31" },
  { year: 2020, formatVersion: "2019", localTables: ["A"], unitDeadline: "2021-01-31", consolidatedDeadline: "2021-03-31" },
  { year: 2021, formatVersion: "2021", localTables: [], unitDeadline: "2022-01-31", consolidatedDeadline: "2022-03-31" },
];

export type DemoYearNumber = DemoYear["year"];

export function demoYear(year: number): DemoYear {
  const y = DEMO_YEARS.find((d) => d.year === year);
  if (!y) throw new Error(`No demo data for report year ${year}`);
  return y;
}
