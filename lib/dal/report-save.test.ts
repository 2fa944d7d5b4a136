import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { cellValues, reportChanges, reports } from "@/db/schema";
import { createFixture } from "@/lib/testing/fixtures";
import { getReportForEditing } from "./report-read";
import { saveCells, saveNarrative } from "./report-save";

const CELL = "t3.received.natural";

describe("saveCells", () => {
  it("saves one cell as one row, records who and old → new, and starts the draft", () => {
    const f = createFixture();
    const r = saveCells(f.eduEditor, { reportId: f.eduReport.id, sinceVersion: 0, changes: [{ key: CELL, value: "１２", baseRev: 0 }] });
    expect(r.ok).toBe(true);
    const rows = f.db.select().from(cellValues).where(eq(cellValues.reportId, f.eduReport.id)).all();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ key: CELL, value: "12", updatedBy: f.eduEditor.id });
    const report = f.db.select().from(reports).where(eq(reports.id, f.eduReport.id)).get()!;
    expect(report.state).toBe("draft");
    const history = f.db.select().from(reportChanges).where(eq(reportChanges.reportId, f.eduReport.id)).all();
    expect(history.map((h) => [h.kind, h.target, h.oldValue, h.newValue])).toEqual(
      expect.arrayContaining([
        ["cell", CELL, null, "12"],
        ["state", "state", "not_started", "draft"],
      ]),
    );

    const again = saveCells(f.eduEditor, { reportId: f.eduReport.id, sinceVersion: 1, changes: [{ key: CELL, value: "15", baseRev: rows[0].rev }] });
    expect(again.ok).toBe(true);
    const last = f.db.select().from(reportChanges).where(eq(reportChanges.target, CELL)).all().at(-1)!;
    expect([last.oldValue, last.newValue, last.userId]).toEqual(["12", "15", f.eduEditor.id]);
  });

  it("refuses a batch with any invalid value and saves none of it", () => {
    const f = createFixture();
    const r = saveCells(f.eduEditor, {
      reportId: f.eduReport.id,
      sinceVersion: 0,
      changes: [
        { key: "t3.received.commercial", value: "3", baseRev: 0 },
        { key: CELL, value: "-1", baseRev: 0 },
      ],
    });
    expect(r).toMatchObject({ ok: false, code: "invalid" });
    if (!r.ok) expect(r.error).toContain("一、本年新收政府信息公开申请数量 · 自然人");
    expect(f.db.select().from(cellValues).where(eq(cellValues.reportId, f.eduReport.id)).all()).toHaveLength(0);
    expect(saveCells(f.eduEditor, { reportId: f.eduReport.id, sinceVersion: 0, changes: [{ key: "t3.received.total", value: "3", baseRev: 0 }] }).ok).toBe(false);
    expect(saveCells(f.eduEditor, { reportId: f.eduReport.id, sinceVersion: 0, changes: [{ key: "nope", value: "3", baseRev: 0 }] }).ok).toBe(false);
  });

  it("never overwrites a change the saver has not seen: it answers with a conflict", () => {
    const f = createFixture();
    const first = saveCells(f.eduEditor, { reportId: f.eduReport.id, sinceVersion: 0, changes: [{ key: CELL, value: "11", baseRev: 0 }] });
    expect(first.ok).toBe(true);
    const stale = saveCells(f.eduApprover, {
      reportId: f.eduReport.id,
      sinceVersion: 0,
      changes: [
        { key: CELL, value: "22", baseRev: 0 },
        { key: "t3.granted.natural", value: "4", baseRev: 0 },
      ],
    });
    expect(stale.ok).toBe(true);
    if (!stale.ok) return;
    expect(stale.data.conflicts).toEqual([expect.objectContaining({ key: CELL, value: "11", by: "区教育局填报员" })]);
    expect(stale.data.saved.map((s) => s.key)).toEqual(["t3.granted.natural"]);
    const stored = getReportForEditing(f.eduEditor, f.eduReport.id)!;
    expect(stored.cells[CELL].value).toBe("11");
    expect(stored.cells["t3.granted.natural"].value).toBe("4");

    // Knowingly keeping theirs: based on the rev the conflict reported.
    const keep = saveCells(f.eduApprover, {
      reportId: f.eduReport.id,
      sinceVersion: stale.data.version,
      changes: [{ key: CELL, value: "22", baseRev: stale.data.conflicts[0].rev }],
    });
    expect(keep.ok && keep.data.conflicts).toEqual([]);
    expect(getReportForEditing(f.eduEditor, f.eduReport.id)!.cells[CELL].value).toBe("22");
  });

  it("tells an editor about others' changes since the version it knows", () => {
    const f = createFixture();
    saveCells(f.eduEditor, { reportId: f.eduReport.id, sinceVersion: 0, changes: [{ key: CELL, value: "1", baseRev: 0 }] });
    const r = saveCells(f.eduApprover, { reportId: f.eduReport.id, sinceVersion: 0, changes: [{ key: "t3.granted.natural", value: "1", baseRev: 0 }] });
    expect(r.ok && r.data.others.map((o) => [o.key, o.value])).toEqual([[CELL, "1"]]);
  });

  it("keeps another unit, and the office, out of a unit's draft", () => {
    const f = createFixture();
    for (const who of [f.xinqiEditor, f.reviewer]) {
      const r = saveCells(who, { reportId: f.eduReport.id, sinceVersion: 0, changes: [{ key: CELL, value: "9", baseRev: 0 }] });
      expect(r).toMatchObject({ ok: false, code: "not_found" });
      expect(getReportForEditing(who, f.eduReport.id)).toBeNull();
    }
    expect(f.db.select().from(cellValues).where(eq(cellValues.reportId, f.eduReport.id)).all()).toHaveLength(0);
  });

  it("locks a submitted report against its own unit", () => {
    const f = createFixture();
    f.db.update(reports).set({ state: "submitted" }).where(eq(reports.id, f.eduReport.id)).run();
    const r = saveCells(f.eduEditor, { reportId: f.eduReport.id, sinceVersion: 0, changes: [{ key: CELL, value: "9", baseRev: 0 }] });
    expect(r).toMatchObject({ ok: false, code: "locked" });
    expect(saveNarrative(f.eduEditor, { reportId: f.eduReport.id, sectionKey: "five", text: "x", baseRev: 0 })).toMatchObject({ ok: false, code: "locked" });
    // The office may read it once submitted, but not write it.
    expect(getReportForEditing(f.reviewer, f.eduReport.id)?.canEdit).toBe(false);
  });
});

describe("saveNarrative", () => {
  it("stores plain text, refuses HTML, and detects conflicting edits", () => {
    const f = createFixture();
    const ok = saveNarrative(f.eduEditor, { reportId: f.eduReport.id, sectionKey: "five", text: "（一）问题\r\n解读不足", baseRev: 0 });
    expect(ok.ok).toBe(true);
    expect(getReportForEditing(f.eduEditor, f.eduReport.id)!.narratives.five.text).toBe("（一）问题\n解读不足");
    expect(saveNarrative(f.eduEditor, { reportId: f.eduReport.id, sectionKey: "five", text: "<script>x</script>", baseRev: 1 })).toMatchObject({ ok: false });
    expect(saveNarrative(f.eduEditor, { reportId: f.eduReport.id, sectionKey: "three", text: "x", baseRev: 0 })).toMatchObject({ ok: false });
    const stale = saveNarrative(f.eduApprover, { reportId: f.eduReport.id, sectionKey: "five", text: "另一个版本", baseRev: 0 });
    expect(stale.ok && stale.data.conflict?.text).toBe("（一）问题\n解读不足");
    expect(getReportForEditing(f.eduEditor, f.eduReport.id)!.narratives.five.text).toBe("（一）问题\n解读不足");
  });
});

describe("saveCells: one batch, one change per cell", () => {
  it("refuses a batch naming the same cell twice: nothing stored, no history row", () => {
    const f = createFixture();
    const r = saveCells(f.eduEditor, {
      reportId: f.eduReport.id,
      sinceVersion: 0,
      changes: [
        { key: CELL, value: "1", baseRev: 0 },
        { key: "t3.granted.natural", value: "2", baseRev: 0 },
        { key: CELL, value: "3", baseRev: 0 },
      ],
    });
    expect(r).toMatchObject({ ok: false, code: "invalid" });
    if (!r.ok) expect(r.error).toContain("出现了不止一次");
    expect(f.db.select().from(cellValues).where(eq(cellValues.reportId, f.eduReport.id)).all()).toHaveLength(0);
    expect(f.db.select().from(reportChanges).where(eq(reportChanges.reportId, f.eduReport.id)).all()).toHaveLength(0);
  });
});

describe("saveNarrative: bad input gets an answer, never an exception", () => {
  it("answers a base revision for a section never saved as a conflict with the empty section", () => {
    const f = createFixture();
    const r = saveNarrative(f.eduEditor, { reportId: f.eduReport.id, sectionKey: "five", text: "新的正文", baseRev: 7 });
    expect(r).toEqual({ ok: true, data: { version: 0, rev: 7, conflict: { text: "", rev: 0, by: null, at: 0 } } });
    expect(getReportForEditing(f.eduEditor, f.eduReport.id)!.narratives.five).toBeUndefined();
    expect(f.db.select().from(reportChanges).where(eq(reportChanges.reportId, f.eduReport.id)).all()).toHaveLength(0);
    // Based on the revision the conflict reported, the same text saves.
    const again = saveNarrative(f.eduEditor, { reportId: f.eduReport.id, sectionKey: "five", text: "新的正文", baseRev: 0 });
    expect(again.ok && again.data.conflict).toBeUndefined();
    expect(getReportForEditing(f.eduEditor, f.eduReport.id)!.narratives.five.text).toBe("新的正文");
  });

  it.each([
    ["DEL", "a\u007fb"],
    ["a C1 control", "a\u009bb"],
    ["a bidi override", "金额\u202e0001"],
    ["a lone surrogate", "正文\ud800"],
  ])("refuses %s and stores nothing (no U+FFFD in place of what was sent)", (_, text) => {
    const f = createFixture();
    const r = saveNarrative(f.eduEditor, { reportId: f.eduReport.id, sectionKey: "five", text, baseRev: 0 });
    expect(r).toMatchObject({ ok: false, code: "invalid" });
    expect(getReportForEditing(f.eduEditor, f.eduReport.id)!.narratives.five).toBeUndefined();
  });
});
