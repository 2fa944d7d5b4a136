/** A report year's settings: the format its reports use and its two deadlines (report_years). */
export interface YearSettings {
  year: number;
  formatVersion: string;
  localTables: string[];
  unitDeadline: string;
  consolidatedDeadline: string;
}
