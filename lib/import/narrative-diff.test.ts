import { describe, expect, it } from "vitest";
import { narrativeDiff } from "./narrative-diff";

describe("narrativeDiff", () => {
  it("marks inserted and deleted words of Chinese text, keeping the rest as is", () => {
    const parts = narrativeDiff("本年度主动公开政府信息100条。", "本年度主动公开政府信息120条，解读10篇。");
    expect(parts.filter((p) => p.kind !== "insert").map((p) => p.text).join("")).toBe("本年度主动公开政府信息100条。");
    expect(parts.filter((p) => p.kind !== "delete").map((p) => p.text).join("")).toBe("本年度主动公开政府信息120条，解读10篇。");
    expect(parts[0]).toEqual({ kind: "same", text: expect.stringContaining("本年度") });
    expect(parts.some((p) => p.kind === "delete" && p.text.includes("100"))).toBe(true);
    expect(parts.some((p) => p.kind === "insert" && p.text.includes("解读"))).toBe(true);
  });

  it("gives a whole new text as one insertion, a cleared text as one deletion", () => {
    expect(narrativeDiff("", "新的正文")).toEqual([{ kind: "insert", text: "新的正文" }]);
    expect(narrativeDiff("旧的正文", "")).toEqual([{ kind: "delete", text: "旧的正文" }]);
  });

  it("keeps line breaks in the parts", () => {
    const parts = narrativeDiff("第一段\n第二段", "第一段\n第二段\n第三段");
    expect(parts.filter((p) => p.kind !== "delete").map((p) => p.text).join("")).toBe("第一段\n第二段\n第三段");
  });
});
