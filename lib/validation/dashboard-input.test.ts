import { describe, expect, it } from "vitest";
import { DEFAULT_DASHBOARD_QUERY, dashboardSearch, parseDashboardQuery, sendRemindersSchema } from "./dashboard-input";

describe("dashboard search params", () => {
  it("parses filters and order, and falls back to defaults for anything malformed", () => {
    expect(parseDashboardQuery({})).toEqual(DEFAULT_DASHBOARD_QUERY);
    expect(parseDashboardQuery({ kind: "subdistrict", state: "draft", late: "1", sort: "errors", dir: "desc" })).toEqual({
      kind: "subdistrict",
      state: "draft",
      late: true,
      sort: "errors",
      dir: "desc",
    });
    // An empty GET form field, a hand-edited URL, a repeated parameter.
    expect(parseDashboardQuery({ kind: "", state: "nope", late: "yes", sort: "drop table", dir: ["desc", "asc"] })).toEqual({
      ...DEFAULT_DASHBOARD_QUERY,
      dir: "desc",
    });
    expect(parseDashboardQuery({ kind: "office" }).kind).toBeUndefined();
  });

  it("writes a query back as search params, leaving defaults out", () => {
    expect(dashboardSearch(DEFAULT_DASHBOARD_QUERY)).toBe("");
    expect(dashboardSearch(DEFAULT_DASHBOARD_QUERY, { kind: "agency", late: true })).toBe("?kind=agency&late=1");
    expect(dashboardSearch({ ...DEFAULT_DASHBOARD_QUERY, state: "returned" }, { sort: "deadline", dir: "desc" })).toBe("?state=returned&sort=deadline&dir=desc");
  });

  it("needs at least one unit for a reminder", () => {
    expect(sendRemindersSchema.safeParse({ year: "2021", unitIds: ["3", "4"] }).data).toEqual({ year: 2021, unitIds: [3, 4] });
    expect(sendRemindersSchema.safeParse({ year: "2021", unitIds: [] }).error?.issues[0].message).toBe("请先勾选要提醒的单位。");
    expect(sendRemindersSchema.safeParse({ year: "x", unitIds: ["1"] }).success).toBe(false);
    expect(sendRemindersSchema.safeParse({ year: "2021", unitIds: ["-1"] }).success).toBe(false);
  });
});
