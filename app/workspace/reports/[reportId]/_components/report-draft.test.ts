import { describe, expect, it, vi } from "vitest";
import { resolveFormat } from "@/lib/report-format";
import type { SaveCellsInput } from "@/lib/validation/report-input";
import { ReportDraft, type SaveTransport } from "./report-draft";

const format = resolveFormat("2019", ["A"]);
const CELL = "t3.received.natural";

function transport(overrides: Partial<SaveTransport> = {}) {
  const calls: SaveCellsInput[] = [];
  let version = 0;
  const t: SaveTransport = {
    saveCells: vi.fn(async (input: SaveCellsInput) => {
      calls.push(input);
      version++;
      return {
        ok: true as const,
        data: { version, saved: input.changes.map((c) => ({ key: c.key, value: c.value || null, rev: version, ...(c.unit ? { unit: c.unit } : {}) })), conflicts: [], others: [] },
      };
    }),
    saveNarrative: vi.fn(async () => ({ ok: true as const, data: { version: ++version, rev: version } })),
    ...overrides,
  };
  return { t, calls };
}

function draft(t: SaveTransport, cells = {}) {
  return new ReportDraft(7, format, { version: 0, cells, narratives: {} }, t, { debounceMs: 10_000, retryDelayMs: () => 10_000 });
}

describe("ReportDraft", () => {
  it("saves a batch of cells (a paste, a fill, an undo) as one save, at once", async () => {
    const { t, calls } = transport();
    const d = draft(t, { "t3.received.research": { value: "4", rev: 3 } });
    await d.setCellTexts({ [CELL]: "3", "t3.received.commercial": "1", "t3.received.research": "" });
    expect(calls).toHaveLength(1);
    expect(calls[0].changes).toEqual([
      { key: CELL, value: "3", baseRev: 0 },
      { key: "t3.received.commercial", value: "1", baseRev: 0 },
      { key: "t3.received.research", value: "", baseRev: 3 },
    ]);
    expect(d.getSnapshot().status).toBe("saved");
    expect(d.savedText("t3.received.research")).toBe("");
    d.dispose();
  });

  it("sends canonical valid values and never sends invalid input", async () => {
    const { t, calls } = transport();
    const d = draft(t);
    d.setCellText(CELL, "１２");
    d.setCellText("t3.received.commercial", "1.5");
    await d.flush();
    expect(calls).toHaveLength(1);
    expect(calls[0].changes).toEqual([{ key: CELL, value: "12", baseRev: 0 }]);
    expect(d.getSnapshot().errors["t3.received.commercial"]).toMatch(/非负整数/);
    expect(d.getSnapshot().texts["t3.received.commercial"]).toBe("1.5");
    expect(d.getSnapshot().status).toBe("saved");
    d.dispose();
  });

  it("keeps the input and retries when a save fails", async () => {
    let fail = true;
    const { t: ok } = transport();
    const t: SaveTransport = {
      ...ok,
      saveCells: vi.fn(async (input) => {
        if (fail) throw new Error("network down");
        return ok.saveCells(input);
      }),
    };
    const d = draft(t);
    d.setCellText(CELL, "5");
    await d.flush();
    expect(d.getSnapshot().status).toBe("failed");
    expect(d.getSnapshot().texts[CELL]).toBe("5");
    expect(d.hasUnsavedChanges).toBe(true);
    fail = false;
    await d.flush();
    expect(d.getSnapshot().status).toBe("saved");
    expect(d.getSnapshot().saved[CELL]).toMatchObject({ value: "5" });
    expect(d.hasUnsavedChanges).toBe(false);
    d.dispose();
  });

  it("keeps typing done while a save is in flight for the next save", async () => {
    const { t: base, calls } = transport();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const t: SaveTransport = { ...base, saveCells: vi.fn(async (input) => (await gate, base.saveCells(input))) };
    const d = draft(t);
    d.setCellText(CELL, "5");
    const first = d.flush();
    d.setCellText(CELL, "57");
    release();
    await first;
    expect(d.hasUnsavedChanges).toBe(true);
    await d.flush();
    expect(calls.map((c) => c.changes[0].value)).toEqual(["5", "57"]);
    expect(calls[1].changes[0].baseRev).toBe(1);
    d.dispose();
  });

  it("shows a conflict instead of overwriting, and resolves it either way", async () => {
    const { t: base, calls } = transport();
    const t: SaveTransport = {
      ...base,
      saveCells: vi.fn(async (input) => {
        if (input.changes[0].baseRev === 0) {
          calls.push(input);
          return { ok: true as const, data: { version: 3, saved: [], conflicts: [{ key: CELL, value: "11", rev: 3, by: "张三", at: 0 }], others: [] } };
        }
        return base.saveCells(input);
      }),
    };
    const d = draft(t);
    d.setCellText(CELL, "22");
    await d.flush();
    expect(d.getSnapshot().conflicts).toHaveLength(1);
    expect(d.getSnapshot().texts[CELL]).toBe("22");
    d.resolveCellConflict(CELL, "mine");
    await d.flush();
    expect(calls.at(-1)!.changes[0]).toMatchObject({ value: "22", baseRev: 3 });
    expect(d.getSnapshot().conflicts).toHaveLength(0);
    d.dispose();
  });

  it("stops and says why when the server refuses: a locked report", async () => {
    const { t: base } = transport();
    const t: SaveTransport = { ...base, saveCells: vi.fn(async () => ({ ok: false as const, error: "报告已提交备案，不能再修改。", code: "locked" as const })) };
    const d = draft(t);
    d.setCellText(CELL, "3");
    await d.flush();
    expect(d.getSnapshot()).toMatchObject({ status: "locked", message: "报告已提交备案，不能再修改。" });
    d.setCellText(CELL, "4");
    expect(d.getSnapshot().texts[CELL]).toBe("3");
    d.dispose();
  });

  it("stores amounts with their unit, reading the text again when the unit changes", async () => {
    const { t, calls } = transport();
    const d = draft(t);
    d.setCellText("b9.procurement.amount", "6376.8025");
    expect(d.getSnapshot().errors["b9.procurement.amount"]).toBeUndefined();
    // Four decimals are fine in 万元 but not in 元 (to the 分): refused at the cell, nothing sent.
    d.setCellUnit("b9.procurement.amount", "元");
    expect(d.getSnapshot().errors["b9.procurement.amount"]).toContain("以元为单位最多 2 位小数");
    d.setCellText("b9.procurement.amount", "63768025.12");
    await d.flush();
    expect(calls).toHaveLength(1);
    expect(calls[0].changes).toEqual([{ key: "b9.procurement.amount", value: "63768025.12", unit: "元", baseRev: 0 }]);
    expect(d.currentValues()["b9.procurement.amount"]).toEqual({ value: "63768025.12", unit: "元" });
    d.dispose();
  });
});
