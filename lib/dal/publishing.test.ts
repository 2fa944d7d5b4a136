import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { auditEvents, cellValues, notifications, publications, reportYears, reports, units } from "@/db/schema";
import { REFERENCE_2020_DERIVED, REFERENCE_2020_INPUTS } from "@/db/seed/reference-2020";
import { TEST_SEED_DAY } from "@/db/seed/demo-calendar";
import { seedDemo } from "@/db/seed/seed-demo";
import { seedPublicationsDemo } from "@/db/seed/seed-publications-demo";
import { contentHash } from "@/lib/publishing/snapshot-hash";
import { formatVersions } from "@/lib/report-format";
import { createFixture, fillCleanReport } from "@/lib/testing/fixtures";
import { publishUnitReportTx } from "./internal/publish-tx";
import { getPublicationInfo, getPublished, listSeries, publishUnitReport, reopenForCorrection } from "./publishing";

function approvedReport() {
  const f = createFixture();
  fillCleanReport(f, "approved");
  const slug = f.db.select({ code: units.code }).from(units).where(eq(units.id, f.eduEditor.unitId)).get()!.code;
  return { ...f, slug };
}

describe("publishing a unit report", () => {
  it("titles the report with the unit's full official name when it has one", () => {
    const f = approvedReport();
    f.db.update(units).set({ fullName: "宁波市北仑区教育局" }).where(eq(units.id, f.eduEditor.unitId)).run();
    expect(publishUnitReport(f.reviewer, f.eduReport.id, null)).toMatchObject({ ok: true });
    expect(getPublished(2021, f.slug)!.report).toMatchObject({ title: "宁波市北仑区教育局2021年政府信息公开工作年度报告", organisation: "宁波市北仑区教育局" });
  });

  it("freezes a version that no later edit, renamed unit or changed format data alters", () => {
    const f = approvedReport();
    expect(publishUnitReport(f.eduEditor, f.eduReport.id, null)).toMatchObject({ ok: false });
    const r = publishUnitReport(f.reviewer, f.eduReport.id, null);
    expect(r).toMatchObject({ ok: true, data: { year: 2021, slug: f.slug, version: 1 } });
    const before = getPublished(2021, f.slug)!;
    expect(before.report.title).toBe("区教育局2021年政府信息公开工作年度报告");
    expect(before.report.values["t3.received.total"]).toBeDefined();
    expect(contentHash(before.report)).toBe(before.contentHash);

    f.db.update(cellValues).set({ value: "999" }).where(eq(cellValues.reportId, f.eduReport.id)).run();
    f.db.update(units).set({ name: "区教育和体育局" }).where(eq(units.id, f.eduEditor.unitId)).run();
    const row = formatVersions["2021"].tables.find((t) => t.id === "t3")!.rows[0];
    const label = row.label;
    row.label = "（已改动的标签）";
    try {
      const after = getPublished(2021, f.slug)!;
      expect(after.report).toEqual(before.report);
      expect(after.contentHash).toBe(before.contentHash);
      expect(contentHash(after.report)).toBe(before.contentHash);
      expect(after.report.tables.find((t) => t.id === "t3")!.rows[0].label).toBe("一、本年新收政府信息公开申请数量");
    } finally {
      row.label = label;
    }
  });

  it("publishes a correction as version 2 with a required note; version 1 stays readable", () => {
    const f = approvedReport();
    expect(publishUnitReport(f.reviewer, f.eduReport.id, null).ok).toBe(true);
    expect(publishUnitReport(f.reviewer, f.eduReport.id, null)).toMatchObject({ ok: false });
    expect(reopenForCorrection(f.eduEditor, f.eduReport.id, "数据有误")).toMatchObject({ ok: false });
    expect(reopenForCorrection(f.reviewer, f.eduReport.id, "行政许可数据有误")).toEqual({ ok: true });
    expect(f.db.select().from(reports).where(eq(reports.id, f.eduReport.id)).get()!.state).toBe("returned");
    // The unit corrects, resubmits, the office approves.
    f.db.update(cellValues).set({ value: "611" }).where(eq(cellValues.key, "b5.licensing.decisions")).run();
    f.db.update(reports).set({ state: "approved" }).where(eq(reports.id, f.eduReport.id)).run();
    expect(publishUnitReport(f.reviewer, f.eduReport.id, null)).toMatchObject({ ok: false, error: expect.stringContaining("更正说明") });
    expect(publishUnitReport(f.reviewer, f.eduReport.id, "更正了行政许可处理决定数量")).toMatchObject({ ok: true, data: { version: 2 } });

    const latest = getPublished(2021, f.slug)!;
    expect(latest.version).toBe(2);
    expect(latest.correctionNote).toBe("更正了行政许可处理决定数量");
    expect(latest.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(latest.report.values["b5.licensing.decisions"].value).toBe("611");
    const first = getPublished(2021, f.slug, 1)!;
    expect(first.report.values["b5.licensing.decisions"].value).not.toBe("611");
    expect(getPublished(2021, f.slug, 3)).toBeNull();
  });

  it("refuses a report that is not approved, and finds nothing for an unpublished one", () => {
    const f = createFixture();
    expect(publishUnitReport(f.reviewer, f.eduReport.id, null)).toMatchObject({ ok: false, code: "locked" });
    expect(getPublished(2021, "no-such-unit")).toBeNull();
  });
});

describe("units publishing their own reports", () => {
  it("is the office's alone unless the year allows it, and then only the unit's approver for its own report", () => {
    const f = approvedReport();
    const approver = { ...f.eduApprover };
    const strangerApprover = { ...f.xinqiEditor, role: "approver" as const };
    expect(publishUnitReport(approver, f.eduReport.id, null)).toMatchObject({ ok: false, code: "not_found" });
    f.db.update(reportYears).set({ unitsPublish: true }).where(eq(reportYears.year, f.year)).run();
    try {
      expect(publishUnitReport(f.eduEditor, f.eduReport.id, null)).toMatchObject({ ok: false });
      expect(publishUnitReport(strangerApprover, f.eduReport.id, null)).toMatchObject({ ok: false });
      expect(getPublicationInfo(strangerApprover, f.eduReport.id)).toEqual({ versions: 0, path: null });
      const published = publishUnitReport(approver, f.eduReport.id, null);
      expect(published).toMatchObject({ ok: true, data: { version: 1 } });
      expect(getPublicationInfo(approver, f.eduReport.id)).toEqual({ versions: 1, path: `/reports/${f.year}/${f.slug}` });
      // The office hears of it.
      const notice = f.db.select().from(notifications).where(eq(notifications.userId, f.reviewer.id)).all().at(-1)!;
      expect(notice.title).toBe(`区教育局已发布${f.year}年度报告`);
      expect(notice.link).toBe(`/reports/${f.year}/${f.slug}`);
      // Correcting stays with the office.
      expect(reopenForCorrection(approver, f.eduReport.id, "数据有误")).toMatchObject({ ok: false });
    } finally {
      f.db.update(reportYears).set({ unitsPublish: false }).where(eq(reportYears.year, f.year)).run();
    }
  });
});

describe("the demo's published 2020 consolidated report", () => {
  const db = openDatabase(":memory:");
  beforeAll(() => {
    seedDemo(db, { passwordHash: "$2b$10$demo.hash.for.tests.only", today: TEST_SEED_DAY });
    seedPublicationsDemo(db);
  });

  it("holds the reference report's numbers, cell by cell", () => {
    const row = db.select().from(publications).where(eq(publications.slug, "bengji")).get()!;
    const snapshot = JSON.parse(row.snapshot);
    expect(snapshot.title).toBe("宁波市北仑区人民政府2020年政府信息公开工作年度报告");
    for (const [key, value] of Object.entries({ ...REFERENCE_2020_INPUTS, ...REFERENCE_2020_DERIVED })) {
      expect(snapshot.values[key]?.value, key).toBe(value);
    }
    expect(db.select().from(publications).all()).toHaveLength(77 * 2 + 1);
    expect(db.select().from(auditEvents).where(eq(auditEvents.action, "report_published")).all()).toHaveLength(77 * 2 + 1);
    expect(() => seedPublicationsDemo(db)).toThrow();
  });

  it("compares across every year the units published: 2019, never published as a whole, is their sum", () => {
    const store = globalThis as unknown as { __db?: typeof db };
    const before = store.__db;
    store.__db = db;
    try {
      const series = listSeries("bengji");
      expect(series.map((r) => [r.year, r.summedFromUnits?.units ?? null])).toEqual([
        [2019, 77],
        [2020, null],
      ]);
      const units2019 = db.select({ snapshot: publications.snapshot }).from(publications).where(and(eq(publications.kind, "unit"), eq(publications.year, 2019))).all();
      const received = units2019.reduce((sum, r) => sum + Number(JSON.parse(r.snapshot).values["t3.received.natural"]?.value ?? 0), 0);
      expect(series[0].values["t3.received.natural"]).toEqual({ value: String(received) });
      expect(series[0].kind).toBe("consolidated");
    } finally {
      store.__db = before;
    }
  });

  it("publishes only approved reports (the transaction helper checks state itself)", () => {
    const draft = db.select().from(reports).where(eq(reports.state, "draft")).get()!;
    expect(db.transaction((tx) => publishUnitReportTx(tx, draft.id, null, Date.now(), null))).toMatchObject({ ok: false });
  });
});
