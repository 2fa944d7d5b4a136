import { describe, expect, it } from "vitest";
import { emptyHistory, record, redo, undo } from "./undo";

const typed = (key: string, before: string, after: string) => ({ label: "输入", changes: [{ key, before, after }] });

describe("undo stack", () => {
  it("undoes a paste batch in one step and redoes it", () => {
    let s = record(emptyHistory, { label: "粘贴", changes: [{ key: "a", before: "", after: "1" }, { key: "b", before: "2", after: "3" }] });
    const u = undo(s)!;
    expect(u.texts).toEqual({ a: "", b: "2" });
    s = u.state;
    expect(undo(s)).toBeNull();
    const r = redo(s)!;
    expect(r.texts).toEqual({ a: "1", b: "3" });
    expect(redo(r.state)).toBeNull();
  });
  it("undoes steps last first", () => {
    let s = record(emptyHistory, typed("a", "", "1"));
    s = record(s, typed("a", "1", "2"));
    const first = undo(s)!;
    expect(first.texts).toEqual({ a: "1" });
    expect(undo(first.state)!.texts).toEqual({ a: "" });
  });
  it("a new step clears the redo list", () => {
    let s = record(emptyHistory, typed("a", "", "1"));
    s = undo(s)!.state;
    s = record(s, typed("b", "", "5"));
    expect(redo(s)).toBeNull();
    expect(s.done).toHaveLength(1);
  });
  it("does not record a step that changes nothing", () => {
    expect(record(emptyHistory, typed("a", "1", "1"))).toBe(emptyHistory);
  });
});
