import { describe, expect, it } from "vitest";
import { updateYearSchema } from "./admin-input";

const base = { year: 2025, formatVersion: "2021", localTables: [], unitDeadline: "2026-01-31", consolidatedDeadline: "2026-03-31", unitsPublish: false };
const errorOf = (patch: Partial<typeof base>) => {
  const r = updateYearSchema.safeParse({ ...base, ...patch });
  return r.success ? null : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("a year's deadlines", () => {
  it("accept the statutory dates and earlier internal ones", () => {
    expect(errorOf({})).toBeNull();
    expect(errorOf({ unitDeadline: "2026-01-15", consolidatedDeadline: "2026-03-20" })).toBeNull();
  });

  it("refuse dates past 31 January and 31 March, saying why", () => {
    expect(errorOf({ unitDeadline: "2026-02-01" })).toEqual(["unitDeadline: 依《条例》第四十九条，部门报告应于次年1月31日前公布，截止日期不能晚于法定期限（可设更早的内部日期）"]);
    expect(errorOf({ consolidatedDeadline: "2026-04-01" })).toEqual(["consolidatedDeadline: 依《条例》第四十九条，本级政府报告应于次年3月31日前公布，截止日期不能晚于法定期限"]);
  });

  it("refuse a unit deadline inside the year being reported on", () => {
    expect(errorOf({ unitDeadline: "2025-12-20" })).toEqual(["unitDeadline: 截止日期应在报告年度结束之后"]);
  });
});
