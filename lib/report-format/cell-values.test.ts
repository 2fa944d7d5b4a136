import { describe, expect, it } from "vitest";
import { parseCellInput } from "./cell-values";

describe("parseCellInput", () => {
  const count = { kind: "count" as const };
  const signed = { kind: "signed" as const };
  const amount = { kind: "amount" as const };

  it("accepts non-negative integers for counts, including full-width digits", () => {
    expect(parseCellInput(count, "0")).toEqual({ ok: true, value: "0" });
    expect(parseCellInput(count, " 204 ")).toEqual({ ok: true, value: "204" });
    expect(parseCellInput(count, "２０４")).toEqual({ ok: true, value: "204" });
    expect(parseCellInput(count, "1,234")).toEqual({ ok: true, value: "1234" });
    expect(parseCellInput(count, "007")).toEqual({ ok: true, value: "7" });
  });

  it("treats an empty input as a blank cell, not zero", () => {
    expect(parseCellInput(count, "")).toEqual({ ok: true, value: null });
    expect(parseCellInput(count, "   ")).toEqual({ ok: true, value: null });
  });

  it.each(["-1", "1.5", "abc", "十", "1e3", "10000000000", "/", "—"])("refuses %s in a count", (raw) => {
    const r = parseCellInput(count, raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("accepts signed integers for 本年增/减", () => {
    expect(parseCellInput(signed, "-8")).toEqual({ ok: true, value: "-8" });
    expect(parseCellInput(signed, "－８")).toEqual({ ok: true, value: "-8" });
    expect(parseCellInput(signed, "+176")).toEqual({ ok: true, value: "176" });
    expect(parseCellInput(signed, "-0")).toEqual({ ok: true, value: "0" });
    expect(parseCellInput(signed, "-8.5").ok).toBe(false);
    expect(parseCellInput(signed, "-10000000000").ok).toBe(false);
  });

  it("accepts amounts with up to four decimals", () => {
    expect(parseCellInput(amount, "6376.8025")).toEqual({ ok: true, value: "6376.8025" });
    expect(parseCellInput(amount, "12.50")).toEqual({ ok: true, value: "12.5" });
    expect(parseCellInput(amount, "0.00001").ok).toBe(false);
    expect(parseCellInput(amount, "-3").ok).toBe(false);
    expect(parseCellInput(amount, "1000000001").ok).toBe(false);
  });

  it("accepts 10^9 and refuses anything above it", () => {
    expect(parseCellInput(count, "1000000000")).toEqual({ ok: true, value: "1000000000" });
    expect(parseCellInput(count, "1000000001").ok).toBe(false);
  });
});
