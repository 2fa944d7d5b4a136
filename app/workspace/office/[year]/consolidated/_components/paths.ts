/** URLs of the consolidated report's pages. */
export const consolidatedPath = (year: number) => `/workspace/office/${year}/consolidated`;
export const cellPath = (year: number, key: string) => `${consolidatedPath(year)}/cell/${encodeURIComponent(key)}`;
export const entriesPath = (year: number) => `${consolidatedPath(year)}/entries`;
export const narrativePath = (year: number, sectionKey: string) => `${consolidatedPath(year)}/narrative/${sectionKey}`;
export const reviewPath = (reportId: number) => `/workspace/review/${reportId}`;

/** A year from the URL, or null for anything that is not one. */
export function parseYear(raw: string): number | null {
  return /^\d{4}$/.test(raw) ? Number(raw) : null;
}
