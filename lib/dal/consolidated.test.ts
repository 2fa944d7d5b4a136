import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { reportChanges, reports, units, users } from "@/db/schema";
import { demoValues } from "@/db/seed/demo-values";
import { DISTRICT_NARRATIVE_2020 } from "@/db/seed/district-narrative-2020";
import { REFERENCE_2020_DERIVED, REFERENCE_2020_INPUTS } from "@/db/seed/reference-2020";
import { DEMO_OVERRIDE_KEY } from "@/db/seed/seed-consolidation-demo";
import { TEST_SEED_DAY } from "@/db/seed/demo-calendar";
import { seedDemo } from "@/db/seed/seed-demo";
import { getConsolidatedCell, getConsolidatedReport, getNarrativeSources, getOfficeEntries } from "./consolidated";
import { removeOverride, saveOfficeEntries, saveOfficeNarrative, saveOverride } from "./consolidated-save";
import { asSessionUser } from "./internal/session-user";
import type { CurrentUser } from "./types";

const db = getDb();

function userOf(username: string): CurrentUser {
  const u = db.select().from(users).innerJoin(units, eq(units.id, users.unitId)).where(eq(users.username, username)).get()!;
  return asSessionUser({ id: u.users.id, username, displayName: u.users.displayName, role: u.users.role, unitId: u.units.id, unitName: u.units.name, unitCode: u.units.code, unitKind: u.units.kind });
}

beforeAll(() => {
  // seedDemo calls seedConsolidationDemo inside its transaction.
  seedDemo(db, { passwordHash: "$2b$10$demo.hash.for.tests.only", today: TEST_SEED_DAY });
});

describe("the demo's 2020 consolidated report", () => {
  it("equals the reference report cell by cell, inputs and printed totals", () => {
    const view = getConsolidatedReport(userOf("reviewer"), 2020)!;
    expect(view.consolidation.unitCount).toBe(77);
    expect(view.consolidation.missing).toEqual([]);
    for (const [key, value] of Object.entries(REFERENCE_2020_INPUTS)) expect(view.shown[key]?.value, key).toBe(value);
    for (const [key, value] of Object.entries(REFERENCE_2020_DERIVED)) expect(view.shown[key]?.value, key).toBe(value);
    expect(view.shown[DEMO_OVERRIDE_KEY].unit).toBe("万元");
    expect(Object.keys(view.consolidation.values).sort()).toEqual(Object.keys(REFERENCE_2020_INPUTS).sort());
  });

  it("carries the district narrative and passes every check but the reference's own TA-PART-LE-WHOLE", () => {
    const view = getConsolidatedReport(userOf("admin"), 2020)!;
    expect(view.inputs.officeNarratives.one).toBe(DISTRICT_NARRATIVE_2020.one);
    expect(view.findings.filter((f) => f.severity === "error").map((f) => f.checkId)).toEqual(["TA-PART-LE-WHOLE"]);
    const agg = view.findings.filter((f) => f.checkId.startsWith("AGG-"));
    expect(agg).toHaveLength(1);
    expect(agg[0]).toMatchObject({ checkId: "AGG-SUM", severity: "info", cells: [DEMO_OVERRIDE_KEY] });
    expect(agg[0].message).toContain("差额 +3.8496 万元");
    expect(view.findings.map((f) => f.checkId)).not.toContain("TXT-VS-TABLE");
  });

  it("traces every number: the drill-down adds up to it", () => {
    const reviewer = userOf("reviewer");
    const total = getConsolidatedCell(reviewer, 2020, "a.total")!;
    expect(total.drill.total).toBe("70182");
    expect(total.shown).toBe("70182");
    expect(total.drill.contributions).toHaveLength(78);
    expect(total.drill.contributions.reduce((s, c) => s + Number(c.value ?? 0), 0)).toBe(70182);
    expect(total.drill.contributions.filter((c) => !c.office).every((c) => c.reportId)).toBe(true);
    const received = getConsolidatedCell(reviewer, 2020, "t3.received.total")!;
    expect([received.drill.total, received.shown]).toEqual(["204", "204"]);
    const amount = getConsolidatedCell(reviewer, 2020, DEMO_OVERRIDE_KEY)!;
    expect(amount.drill.total).toBe("6372.9529");
    expect(amount.shown).toBe("6376.8025");
    expect(amount.total?.override).toMatchObject({ difference: "+3.8496", updatedByName: "政务公开中心审核员" });
    expect(getConsolidatedCell(reviewer, 2020, "no.such.cell")).toBeNull();
  });
});

describe("who may see and change the consolidated report", () => {
  it.each(["edu-editor", "edu-approver", "xinqi-editor"])("%s can neither read nor change it", (username) => {
    const u = userOf(username);
    expect(getConsolidatedReport(u, 2020)).toBeNull();
    expect(getConsolidatedCell(u, 2020, "a.total")).toBeNull();
    expect(getOfficeEntries(u, 2020)).toBeNull();
    expect(getNarrativeSources(u, 2020, "one")).toBeNull();
    expect(saveOverride(u, { year: 2020, key: "a.total", value: "1", reason: "x" })).toMatchObject({ ok: false, code: "not_found" });
    expect(removeOverride(u, { year: 2020, key: DEMO_OVERRIDE_KEY })).toMatchObject({ ok: false, code: "not_found" });
    expect(saveOfficeEntries(u, { year: 2020, changes: [{ key: "a.total", value: "1", baseRev: 0 }] })).toMatchObject({ ok: false, code: "not_found" });
    expect(saveOfficeNarrative(u, { year: 2020, sectionKey: "one", text: "x", baseRev: 0 })).toMatchObject({ ok: false, code: "not_found" });
    expect(getConsolidatedReport(userOf("reviewer"), 2020)!.shown[DEMO_OVERRIDE_KEY].value).toBe("6376.8025");
  });
});

describe("2021: only approved reports count", () => {
  const reviewer = () => userOf("reviewer");

  it("ignores drafts, submitted and returned reports, and lists the units still missing", () => {
    const view = getConsolidatedReport(reviewer(), 2021)!;
    expect(view.consolidation.unitCount).toBe(0);
    expect(view.consolidation.values).toEqual({});
    expect(view.consolidation.missing).toHaveLength(77);
    expect(view.findings.find((f) => f.checkId === "AGG-MISSING")?.message).toContain("77 个应报单位");
  });

  it("counts a report once approved (or published), and no longer once returned", () => {
    const submitted = db.select().from(reports).where(and(eq(reports.year, 2021), eq(reports.state, "submitted"))).all();
    const [a, b] = submitted;
    const code = (r: typeof a) => db.select().from(units).where(eq(units.id, r.unitId)).get()!.code;
    db.update(reports).set({ state: "approved" }).where(eq(reports.id, a.id)).run();
    db.update(reports).set({ state: "published" }).where(eq(reports.id, b.id)).run();
    const view = getConsolidatedReport(reviewer(), 2021)!;
    expect(view.consolidation.unitCount).toBe(2);
    expect(view.consolidation.missing).toHaveLength(75);
    const [va, vb] = [demoValues(code(a), 2021), demoValues(code(b), 2021)];
    expect(view.consolidation.values["t3.received.natural"].value).toBe(String(Number(va["t3.received.natural"].value) + Number(vb["t3.received.natural"].value)));
    db.update(reports).set({ state: "returned" }).where(eq(reports.id, b.id)).run();
    expect(getConsolidatedReport(reviewer(), 2021)!.consolidation.values["t3.received.natural"].value).toBe(va["t3.received.natural"].value);
    db.update(reports).set({ state: "submitted" }).where(inArray(reports.id, [a.id, b.id])).run();
  });

  it("adds the office's own entries, kept with history, and refuses a stale overwrite", () => {
    const before = getOfficeEntries(reviewer(), 2021)!;
    expect(before.reportId).toBeNull();
    const r = saveOfficeEntries(reviewer(), { year: 2021, changes: [{ key: "t4.review.upheld", value: "2", baseRev: 0 }] });
    expect(r).toMatchObject({ ok: true, data: { conflicts: [] } });
    const after = getOfficeEntries(reviewer(), 2021)!;
    expect(after.cells["t4.review.upheld"]).toMatchObject({ value: "2" });
    expect(getConsolidatedReport(reviewer(), 2021)!.consolidation.values["t4.review.upheld"]).toEqual({ value: "2" });
    const stale = saveOfficeEntries(userOf("admin"), { year: 2021, changes: [{ key: "t4.review.upheld", value: "5", baseRev: 0 }] });
    expect(stale).toMatchObject({ ok: true, data: { conflicts: [{ key: "t4.review.upheld", value: "2" }] } });
    expect(saveOfficeEntries(reviewer(), { year: 2021, changes: [{ key: "t4.review.total", value: "1", baseRev: 0 }] })).toMatchObject({ ok: false, code: "invalid" });
    const history = db.select().from(reportChanges).where(eq(reportChanges.reportId, after.reportId!)).all();
    expect(history.map((h) => [h.kind, h.target, h.newValue])).toEqual([
      ["state", "state", "draft"],
      ["cell", "t4.review.upheld", "2"],
    ]);
  });

  it("writes the office narrative beside the units' texts for the same section", () => {
    expect(saveOfficeNarrative(reviewer(), { year: 2021, sectionKey: "five", text: "（一）存在的主要问题", baseRev: 0 })).toMatchObject({ ok: true });
    const view = getNarrativeSources(reviewer(), 2021, "five")!;
    expect(view.text).toBe("（一）存在的主要问题");
    expect(view.title).toBe("五、存在的主要问题及改进情况");
    expect(view.units.length).toBeGreaterThan(0);
    expect(view.units.every((u) => u.state === "submitted" && u.text.length > 0)).toBe(true);
    expect(getNarrativeSources(reviewer(), 2021, "three")).toBeNull();
    expect(saveOfficeNarrative(reviewer(), { year: 2021, sectionKey: "five", text: "<p>x</p>", baseRev: view.rev })).toMatchObject({ ok: false, code: "invalid" });
  });

  it("answers a base revision for an office section never saved as a conflict, as the units' sections do", () => {
    const r = saveOfficeNarrative(reviewer(), { year: 2021, sectionKey: "six", text: "办理费用情况", baseRev: 7 });
    expect(r).toMatchObject({ ok: true, data: { conflict: { text: "", rev: 0 } } });
    expect(getNarrativeSources(reviewer(), 2021, "six")!.text).toBe("");
  });

  it("overrides a number with a required reason, shows the difference, and undoes it", () => {
    expect(saveOverride(reviewer(), { year: 2021, key: "t4.review.upheld", value: "5", reason: " " })).toMatchObject({ ok: false, code: "invalid" });
    expect(saveOverride(reviewer(), { year: 2021, key: "t4.review.total", value: "5", reason: "x" })).toMatchObject({ ok: false, code: "invalid" });
    expect(saveOverride(reviewer(), { year: 2021, key: "t4.review.upheld", value: "5", reason: "复议机关通报另有3件" })).toEqual({ ok: true });
    const cell = getConsolidatedCell(reviewer(), 2021, "t4.review.upheld")!;
    expect(cell).toMatchObject({ shown: "5", total: { sum: "2", value: "5", override: { difference: "+3", reason: "复议机关通报另有3件" } } });
    expect(cell.drill.total).toBe("2");
    expect(removeOverride(reviewer(), { year: 2021, key: "t4.review.upheld" })).toEqual({ ok: true });
    expect(getConsolidatedCell(reviewer(), 2021, "t4.review.upheld")!.shown).toBe("2");
  });
});
