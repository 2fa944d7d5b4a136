import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { cellValues, reports } from "@/db/schema";
import { createFixture } from "@/lib/testing/fixtures";
import { consolidatedDraft } from "./publishing";

describe("consolidatedDraft", () => {
  it("gives the office the consolidated report as publishing would freeze it now, and nobody else anything", () => {
    const f = createFixture();
    const now = Date.now();
    const put = (reportId: number, value: string) =>
      f.db.insert(cellValues).values({ reportId, key: "t3.received.natural", value, rev: 1, updatedAt: now }).run();
    put(f.eduReport.id, "7");
    put(f.xinqiReport.id, "5");
    f.db.update(reports).set({ state: "approved" }).where(eq(reports.id, f.eduReport.id)).run();

    const draft = consolidatedDraft(f.reviewer, f.year)!;
    expect(draft.kind).toBe("consolidated");
    expect(draft.year).toBe(f.year);
    // Only the approved report counts: 新碶街道's draft does not.
    expect(draft.values["t3.received.natural"]).toEqual({ value: "7" });
    expect(draft.values["t3.received.total"]).toEqual({ value: "7" });

    expect(consolidatedDraft(f.eduEditor, f.year)).toBeNull();
    expect(consolidatedDraft(f.reviewer, 1999)).toBeNull();
  });
});
