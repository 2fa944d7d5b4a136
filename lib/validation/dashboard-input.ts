import { z } from "zod";
import { REPORT_STATES } from "@/lib/domain";

/** The office dashboard's URL search params and the reminder form, parsed before anything else happens. */

export const DASHBOARD_SORT_KEYS = ["unit", "kind", "state", "completeness", "errors", "warnings", "lastChange", "deadline"] as const;
export type DashboardSortKey = (typeof DASHBOARD_SORT_KEYS)[number];

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** Unknown or malformed values fall back to "no filter" / the default order: a hand-edited URL never fails. */
export const dashboardQuerySchema = z.object({
  kind: z.preprocess(one, z.enum(["agency", "subdistrict"]).optional()).catch(undefined),
  state: z.preprocess(one, z.enum(REPORT_STATES).optional()).catch(undefined),
  late: z.preprocess((v) => one(v) === "1", z.boolean()).catch(false),
  sort: z.preprocess(one, z.enum(DASHBOARD_SORT_KEYS)).catch("unit"),
  dir: z.preprocess(one, z.enum(["asc", "desc"])).catch("asc"),
});

export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

export const DEFAULT_DASHBOARD_QUERY: DashboardQuery = { late: false, sort: "unit", dir: "asc" };

export function parseDashboardQuery(params: Record<string, string | string[] | undefined>): DashboardQuery {
  return dashboardQuerySchema.parse(params);
}

/** The query as URL search params (defaults left out), for links that change one part of it. */
export function dashboardSearch(query: DashboardQuery, change: Partial<DashboardQuery> = {}): string {
  const q = { ...query, ...change };
  const p = new URLSearchParams();
  if (q.kind) p.set("kind", q.kind);
  if (q.state) p.set("state", q.state);
  if (q.late) p.set("late", "1");
  if (q.sort !== "unit") p.set("sort", q.sort);
  if (q.dir !== "asc") p.set("dir", q.dir);
  const s = p.toString();
  return s ? `?${s}` : "";
}

export const reportYearSchema = z.coerce.number().int().min(2000).max(2200);

export const sendRemindersSchema = z.object({
  year: reportYearSchema,
  unitIds: z.array(z.coerce.number().int().positive()).min(1, "请先勾选要提醒的单位。").max(1000),
});

export type SendRemindersInput = z.infer<typeof sendRemindersSchema>;

export const notificationIdSchema = z.coerce.number().int().positive();
