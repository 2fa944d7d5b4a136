import { describe, expect, it } from "vitest";
import { formatVersions, localTables, resolveFormat } from "./index";

/** Help is shown by an ⓘ and read out with the cell: every label a person types a number under has one. */
const CHINESE = /[\u4e00-\u9fff]/;

function expectHelp(where: string, help: string | undefined) {
  expect(help, `${where} has no help text`).toBeTruthy();
  expect(help!.trim().length, `${where}: help too short`).toBeGreaterThan(5);
  expect(CHINESE.test(help!), `${where}: help is not Chinese`).toBe(true);
}

describe("help texts in the format data", () => {
  const formats = Object.keys(formatVersions).map((v) => resolveFormat(v, Object.keys(localTables)));

  it("every row and every column of every table of every version has a non-empty Chinese help", () => {
    for (const format of formats) {
      for (const table of format.tables) {
        for (const row of table.rows) expectHelp(`${format.id} ${table.id} row ${row.key}`, row.help);
        if (table.layout !== "list") for (const col of table.columns) expectHelp(`${format.id} ${table.id} col ${col.key}`, col.help);
      }
    }
  });

  it("says what the notes say where it matters", () => {
    const t = (v: string, id: string) => resolveFormat(v).tables.find((x) => x.id === id)!;
    const row = (v: string, id: string, key: string) => t(v, id).rows.find((r) => r.key === key)!.help!;
    const col = (v: string, id: string, key: string) => t(v, id).columns.find((c) => c.key === key)!.help!;
    expect(row("2021", "t3", "partial")).toContain("只计");
    expect(col("2019", "b5", "change")).toContain("负值");
    expect(col("2019", "b9", "amount")).toMatch(/万元/);
    expect(row("2021", "t3", "carriedOver")).toContain("结转下年度");
    expect(row("2021", "t3", "refused.repeat")).toBeTruthy();
    expect(col("2021", "b1", "inForce")).toContain("有效");
  });

  it("help texts are not copies of the label", () => {
    for (const format of formats)
      for (const table of format.tables)
        for (const item of [...table.rows, ...table.columns]) if (item.help) expect(item.help).not.toBe(item.label);
  });
});
