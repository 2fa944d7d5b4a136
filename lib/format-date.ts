/** Dates as Chinese readers expect them, in the district's time zone. */
const TZ = "Asia/Shanghai";

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

/** "2022-01-31" (a calendar date) or epoch ms → 2022年1月31日 */
export function formatDate(value: string | number): string {
  const d = typeof value === "string" ? new Date(`${value}T00:00:00+08:00`) : new Date(value);
  return dateFmt.format(d);
}

export function formatDateTime(ms: number): string {
  return dateTimeFmt.format(new Date(ms));
}

export function formatTime(ms: number): string {
  return timeFmt.format(new Date(ms));
}
