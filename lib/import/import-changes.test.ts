import { describe, expect, it } from "vitest";
import { resolveFormat } from "@/lib/report-format";
import { emptyImport } from "./imported-report";
import { importChanges } from "./import-changes";

const format = resolveFormat("2019", ["A"]);
const [count] = format.inputCells.filter((c) => c.kind === "count");
const amount = format.inputCells.find((c) => c.kind === "amount")!;

describe("importChanges", () => {
  it("lists only cells whose value or unit the file changes, including cells it clears", () => {
    const other = format.inputCells.filter((c) => c.kind === "count")[1];
    const imported = {
      ...emptyImport("xlsx"),
      cells: { [count.key]: { value: "5" }, [other.key]: { value: null }, [amount.key]: { value: "3", unit: "元" as const } },
    };
    const current = { [count.key]: { value: "5" }, [other.key]: { value: "2" }, [amount.key]: { value: "3", unit: "万元" as const } };
    const changes = importChanges(format, current, {}, imported);
    expect(changes.unchanged).toBe(1);
    expect(changes.cells).toEqual([
      { key: other.key, name: other.name, from: "2", to: null },
      { key: amount.key, name: amount.name, from: "3 万元", to: "3 元", unit: "元" },
    ].sort((a, b) => format.inputCells.findIndex((c) => c.key === a.key) - format.inputCells.findIndex((c) => c.key === b.key)));
  });

  it("lists narratives whose text differs", () => {
    const imported = { ...emptyImport("json"), narratives: { preamble: "同样的", overview: "新的" } };
    expect(importChanges(format, {}, { preamble: "同样的", overview: "旧的" }, imported).narratives).toEqual(["overview"]);
  });

  it("does not count a narrative as changed when only line endings or surrounding blank lines differ (Excel trims a cell)", () => {
    const imported = { ...emptyImport("xlsx"), narratives: { preamble: "第一段\n第二段", overview: "" } };
    expect(importChanges(format, {}, { preamble: "第一段\r\n第二段\n\n", overview: "  \n" }, imported).narratives).toEqual([]);
  });
});
