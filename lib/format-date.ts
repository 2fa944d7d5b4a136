/**
 * Dates and times as the district reads them. Every Beijing-time conversion lives here, so the pages, the
 * exports, the snapshots, the dashboard and the backups agree on the calendar day.
 */
const TZ = "Asia/Shanghai";

/**
 * The district's offset from UTC (Asia/Shanghai has had no daylight saving time since 1991). Fixed
 * arithmetic rather than Intl for machine-readable stamps: file names, snapshot dates and deadlines must
 * not depend on the ICU data a Node build ships with.
 */
const BEIJING_OFFSET_MS = 8 * 3_600_000;

const dateFmt = new Intl.DateTimeFormat("zh-CN", { timeZone: TZ, year: "numeric", month: "long", day: "numeric" });
const dateTimeFmt = new Intl.DateTimeFormat("zh-CN", {
  timeZone: TZ,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hour12: false,
});
const timeFmt = new Intl.DateTimeFormat("zh-CN", { timeZone: TZ, hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false });

/** Epoch ms → Beijing wall-clock time in ISO form without the zone: "2026-01-25T02:00:00.123". */
export function beijingIso(ms: number): string {
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 23);
}

/** Epoch ms → the Beijing calendar date, "2026-01-25". */
export function beijingDate(ms: number): string {
  return beijingIso(ms).slice(0, 10);
}

/** Epoch ms → Beijing time to the minute, "2022-01-28 14:05". */
export function beijingMinute(ms: number): string {
  return beijingIso(ms).slice(0, 16).replace("T", " ");
}

/** A Beijing calendar date ("2022-01-31") → the instant its day begins. */
export function beijingMidnight(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00+08:00`);
}

/** Epoch ms of a wall-clock time in Beijing (month 1–12). */
export function beijingTime(y: number, month: number, day: number, hour = 9, minute = 0): number {
  return Date.UTC(y, month - 1, day, hour, minute) - BEIJING_OFFSET_MS;
}

/**
 * "2021-01-28" → "2021年1月28日", by plain arithmetic on a calendar date (published snapshots store the
 * Beijing date), so printed reports and exports never depend on Intl data.
 */
export function chineseDate(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** "2022-01-31" (a calendar date) or epoch ms → 2022年1月31日 */
export function formatDate(value: string | number): string {
  const d = typeof value === "string" ? beijingMidnight(value) : new Date(value);
  return dateFmt.format(d);
}

export function formatDateTime(ms: number): string {
  return dateTimeFmt.format(new Date(ms));
}

export function formatTime(ms: number): string {
  return timeFmt.format(new Date(ms));
}
