import { describe, expect, it } from "vitest";
import { resolveFormat } from "@/lib/report-format";
import { nextCell } from "./navigate";

const format = resolveFormat("2021");

describe("nextCell", () => {
  it("moves down and up a column, passing over the derived （七）总计 row", () => {
    expect(nextCell(format, "t3.received.natural", "down")).toBe("t3.carriedOver.natural");
    expect(nextCell(format, "t3.other.other.natural", "down")).toBe("t3.carriedForward.natural");
    expect(nextCell(format, "t3.carriedForward.natural", "up")).toBe("t3.other.other.natural");
    expect(nextCell(format, "t3.received.natural", "up")).toBeNull();
  });
  it("moves across a row, never onto 总计, and Home/End go to the row's first and last input", () => {
    expect(nextCell(format, "t3.received.natural", "right")).toBe("t3.received.commercial");
    expect(nextCell(format, "t3.received.otherOrg", "right")).toBeNull();
    expect(nextCell(format, "t3.received.legal", "end")).toBe("t3.received.otherOrg");
    expect(nextCell(format, "t3.received.legal", "home")).toBe("t3.received.natural");
  });
});
