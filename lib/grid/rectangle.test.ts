import { describe, expect, it } from "vitest";
import { resolveFormat, tableById } from "@/lib/report-format";
import { planPaste, positionIn, tableGrid } from "./rectangle";

const format = resolveFormat("2021");
const t3 = tableById(format, "t3");
const key = (row: string, col: string) => `t3.${row}.${col}`;

describe("tableGrid", () => {
  it("prints table 三 row by row with 总计 in its column", () => {
    const grid = tableGrid(t3);
    expect(grid.length).toBe(t3.rows.length);
    expect(grid[0]).toHaveLength(7);
    expect(positionIn(grid, key("received", "total"))).toEqual({ row: 0, col: 6 });
  });
  it("prints table 四 as one row", () => {
    expect(tableGrid(tableById(format, "t4"))).toHaveLength(1);
  });
});

describe("planPaste", () => {
  const blank = () => "";
  it("fills a 2×6 block rightwards and downwards from the focused cell", () => {
    const plan = planPaste(format, key("received", "natural"), [["3", "1", "0", "0", "0", "0"], ["1", "0", "0", "0", "0", "2"]], blank);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.targets).toHaveLength(12);
    expect(plan.targets[0]).toMatchObject({ key: key("received", "natural"), after: "3", before: "" });
    expect(plan.targets[11]).toMatchObject({ key: key("carriedOver", "otherOrg"), after: "2" });
    expect(plan.invalid).toHaveLength(0);
  });
  it("skips the derived 总计 column, so a copied row with its 总计 lands in the same columns", () => {
    const plan = planPaste(format, key("received", "natural"), [["1", "1", "1", "1", "1", "1", "6"]], blank);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.targets.map((t) => t.key)).not.toContain(key("received", "total"));
    expect(plan.targets).toHaveLength(6);
    expect(plan.derivedSkipped).toEqual([format.cellByKey.get(key("received", "total"))!.name]);
  });
  it("skips the derived （七）总计 row", () => {
    const rows = t3.rows.map((r) => r.key);
    const at = rows.indexOf("handledTotal");
    const plan = planPaste(format, key(rows[at - 1], "natural"), [["1"], ["9"], ["2"]], blank);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.targets.map((t) => t.key)).toEqual([key(rows[at - 1], "natural"), key("carriedForward", "natural")]);
  });
  it("refuses a block that runs off the table, saying how far", () => {
    const plan = planPaste(format, key("received", "legal"), [["1", "2", "3", "4"]], blank);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.message).toContain("向右超出表格 1 列");
    const down = planPaste(format, key("carriedForward", "natural"), [["1"], ["2"], ["3"]], blank);
    expect(down.ok).toBe(false);
    if (!down.ok) expect(down.message).toContain("向下超出表格 2 行");
  });
  it("lists values that do not parse with the reason, and leaves empty pasted cells alone", () => {
    const plan = planPaste(format, key("received", "natural"), [["-1", "", "2.5"]], (k) => (k === key("received", "commercial") ? "7" : ""));
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.targets.map((t) => t.key)).toEqual([key("received", "natural"), key("received", "research")]);
    expect(plan.invalid.map((t) => t.error)).toEqual([expect.stringContaining("非负整数"), expect.stringContaining("非负整数")]);
    expect(plan.changes).toHaveLength(0);
  });
  it("counts as a change only a value that differs from the cell's text", () => {
    const plan = planPaste(format, key("received", "natural"), [["1,234", "5"]], (k) => (k === key("received", "commercial") ? "5" : ""));
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.changes.map((t) => [t.key, t.after])).toEqual([[key("received", "natural"), "1234"]]);
  });
});
