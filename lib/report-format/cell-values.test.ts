import { describe, expect, it } from "vitest";
import { inputCellsOf, isValidStoredValue, parseCellInput } from "./cell-values";
import { resolveFormat } from "./resolve-format";
import type { CellDef } from "./types";

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

  it("accepts amounts to the 分: six decimals in 万元 (the default), two in 元", () => {
    expect(parseCellInput(amount, "6376.8025")).toEqual({ ok: true, value: "6376.8025" });
    expect(parseCellInput(amount, "6376.802512")).toEqual({ ok: true, value: "6376.802512" });
    expect(parseCellInput(amount, "12.50")).toEqual({ ok: true, value: "12.5" });
    expect(parseCellInput(amount, "0.0000001").ok).toBe(false);
    expect(parseCellInput(amount, "63768025.12", "元")).toEqual({ ok: true, value: "63768025.12" });
    expect(parseCellInput(amount, "12.345", "元").ok).toBe(false);
    expect(parseCellInput({ kind: "amount", units: ["元", "万元"] }, "12.345").ok).toBe(false);
    expect(parseCellInput(amount, "-3").ok).toBe(false);
    expect(parseCellInput(amount, "1000000001").ok).toBe(false);
  });

  it("accepts 10^9 and refuses anything above it", () => {
    expect(parseCellInput(count, "1000000000")).toEqual({ ok: true, value: "1000000000" });
    expect(parseCellInput(count, "1000000001").ok).toBe(false);
  });
});

describe("parseCellInput: separators and whitespace (a number nobody typed is never stored)", () => {
  const count = { kind: "count" as const };
  const signed = { kind: "signed" as const };
  const amount = { kind: "amount" as const };
  const refused = (cell: { kind: "count" | "signed" | "amount" }, raw: string): string => {
    const r = parseCellInput(cell, raw);
    expect(r.ok, raw).toBe(false);
    return r.ok ? "" : r.message;
  };

  it("accepts a thousands separator only in a valid grouping, ASCII or full-width", () => {
    expect(parseCellInput(count, "1,234")).toEqual({ ok: true, value: "1234" });
    expect(parseCellInput(count, "12,345,678")).toEqual({ ok: true, value: "12345678" });
    expect(parseCellInput(count, "1，234")).toEqual({ ok: true, value: "1234" });
    expect(parseCellInput(count, "１，２３４")).toEqual({ ok: true, value: "1234" });
    expect(parseCellInput(count, "1,000,000,000")).toEqual({ ok: true, value: "1000000000" });
    expect(parseCellInput(signed, "-1,234")).toEqual({ ok: true, value: "-1234" });
    expect(parseCellInput(amount, "1,234.5")).toEqual({ ok: true, value: "1234.5" });
    expect(parseCellInput(amount, "12,345.6789")).toEqual({ ok: true, value: "12345.6789" });
  });

  it.each(["1,5", "1，5", "12,34", "1,2345", ",123", "123,", "1,,234", "1,234,5", "1,23,456", "1234,567"])(
    "refuses %s: a comma is only a thousands separator",
    (raw) => {
      const message = refused(count, raw);
      expect(message).toContain("逗号只能用作千位分隔符");
      expect(message).toContain(`“${raw}”不是有效的数字`);
    },
  );

  it("refuses 1.234,5 in an amount instead of storing 1.2345", () => {
    expect(refused(amount, "1.234,5")).toContain("逗号只能用作千位分隔符");
    expect(refused(amount, "1,234.5,6")).toContain("逗号只能用作千位分隔符");
    expect(refused(amount, "0.123,4")).toContain("逗号只能用作千位分隔符");
  });

  it("trims only leading and trailing whitespace, full-width space and a copied cell's line end included", () => {
    expect(parseCellInput(count, "\u3000204\u3000")).toEqual({ ok: true, value: "204" });
    expect(parseCellInput(count, "\t310\r\n")).toEqual({ ok: true, value: "310" });
    expect(parseCellInput(count, "\u00a012\u00a0")).toEqual({ ok: true, value: "12" });
    expect(parseCellInput(count, "\u3000")).toEqual({ ok: true, value: null });
  });

  it.each(["3\t1\t0", "3\n1", "3\r\n1", "1\t2", "1,234\t5"])(
    "refuses %j: a pasted row or block is not one number",
    (raw) => {
      expect(refused(count, raw)).toContain("一个单元格只能填一个数字");
    },
  );

  it.each(["1 234", "1\u3000234", "1\u00a0234", "- 8", "12 .5"])("refuses %j: no spaces inside a number", (raw) => {
    const cell = raw.includes(".") ? amount : signed;
    expect(refused(cell, raw)).toContain("数字中间不能有空格");
  });

  it("still refuses by kind after a valid grouping", () => {
    expect(refused(count, "1,234.5")).toContain("请输入非负整数");
    expect(refused(count, "-1,234")).toContain("请输入非负整数");
    expect(refused(count, "1,000,000,001")).toContain("数值过大");
    expect(refused(amount, "1,234.5678901")).toContain("以万元为单位最多 6 位小数");
  });

  it("quotes a long input shortened", () => {
    const message = refused(count, `${"1,".repeat(30)}1`);
    expect(message.length).toBeLessThan(80);
  });
});

describe("isValidStoredValue: stored values are canonical", () => {
  const cell = { key: "t.r.c", kind: "count" } as unknown as CellDef;
  const money = { key: "t.r.m", kind: "amount", units: ["万元"] } as unknown as CellDef;
  it("accepts canonical values only", () => {
    expect(isValidStoredValue(cell, { value: "1234" })).toBe(true);
    expect(isValidStoredValue(cell, { value: "1,234" })).toBe(false);
    expect(isValidStoredValue(cell, { value: " 1234" })).toBe(false);
    expect(isValidStoredValue(cell, { value: "1 234" })).toBe(false);
    expect(isValidStoredValue(money, { value: "1234.5", unit: "万元" })).toBe(true);
    expect(isValidStoredValue(money, { value: "1,234.5", unit: "万元" })).toBe(false);
  });
});

describe("inputCellsOf", () => {
  it("gives an input cell itself and a total the input cells it sums, through totals of totals", () => {
    const format = resolveFormat("2019", ["A"]);
    expect(inputCellsOf(format, "t3.received.natural")).toEqual(["t3.received.natural"]);
    expect(inputCellsOf(format, "t3.received.total")).toEqual(["t3.received.natural", "t3.received.commercial", "t3.received.research", "t3.received.publicWelfare", "t3.received.legal", "t3.received.otherOrg"]);
    expect(inputCellsOf(format, "t3.handledTotal.total")).toContain("t3.denied.secret.legal");
  });
});
