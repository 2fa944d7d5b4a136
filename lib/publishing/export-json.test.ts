import { describe, expect, it } from "vitest";
import { resolveFormat } from "@/lib/report-format";
import { exportJson, toOpenData, type OpenDataReport } from "./export-json";
import { referenceMismatches, referenceSnapshot, unitSnapshot } from "@/lib/testing/export-snapshots";
import { contentHash } from "./snapshot-hash";

const parse = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as OpenDataReport;

describe("JSON export", () => {
  const report = referenceSnapshot();

  it("equals the reference 2020 report cell by cell, inputs and derived totals", () => {
    const data = parse(exportJson(report, { version: 1, contentHash: contentHash(report) }));
    expect(referenceMismatches(data)).toEqual([]);
    expect(data.values["a.total"]).toBe(70182);
    expect(data.values["t3.handledTotal.total"]).toBe(204);
    expect(data.values["b9.procurement.amount"]).toBe(6376.8025);
    expect(data).toMatchObject({
      schema: "gov-disclosure-annual-report/1",
      kind: "consolidated",
      year: 2020,
      organisation: "宁波市北仑区人民政府",
      title: "宁波市北仑区人民政府2020年政府信息公开工作年度报告",
      formatVersion: "2019",
      formatIssuedBy: "国办公开办函〔2019〕60号",
      localTables: ["A"],
      version: 1,
      publishedOn: "2021-03-26",
      contentHash: contentHash(report),
    });
  });

  it("describes every key by its table, row and column labels, and carries the narrative", () => {
    const data = toOpenData(report, { version: 1 });
    const cells = data.tables.flatMap((t) => t.cells);
    expect(cells.map((c) => c.key).sort()).toEqual(Object.keys(data.values).sort());
    const t3 = data.tables.find((t) => t.id === "t3")!;
    expect(t3.title).toBe("三、收到和处理政府信息公开申请情况");
    expect(t3.rows.find((r) => r.key === "handledTotal")).toMatchObject({ label: "（七）总计", derived: true });
    expect(t3.columns.find((c) => c.key === "commercial")).toMatchObject({ label: "商业企业", groups: ["申请人情况", "法人或其他组织"] });
    expect(cells.find((c) => c.key === "t3.granted.total")).toMatchObject({ row: "granted", column: "total", derived: true });
    expect(data.tables.find((t) => t.id === "a")).toMatchObject({ local: true, section: "two" });
    expect(data.tables.find((t) => t.id === "b1")).toMatchObject({ local: false, title: "第二十条第（一）项" });
    expect(data.narratives.one).toContain("（一）");
    expect(Object.keys(data.narratives)).toEqual(["preamble", "one", "five", "six"]);
  });

  it("lists a blank cell as null, not 0", () => {
    const unit = unitSnapshot("edu", 2019);
    const key = "t3.granted.natural";
    const blank = { ...unit, values: { ...unit.values } };
    delete blank.values[key];
    expect(toOpenData(blank, { version: 1 }).values[key]).toBeNull();
    expect(toOpenData(unit, { version: 1 }).values[key]).toBe(Number(unit.values[key].value));
  });

  it("is the same bytes every time, and for the snapshot as stored (JSON round trip)", () => {
    const meta = { version: 2, correctionNote: "更正表三数据", contentHash: contentHash(report) };
    const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    const first = exportJson(report, meta);
    expect(text(exportJson(report, meta))).toBe(text(first));
    expect(text(exportJson(JSON.parse(JSON.stringify(report)), meta))).toBe(text(first));
    expect(text(exportJson(referenceSnapshot(), meta))).toBe(text(first));
    expect(parse(first)).toMatchObject({ version: 2, correctionNote: "更正表三数据" });
  });

  it("does not follow later changes of the live format data", () => {
    const before = new TextDecoder().decode(exportJson(report, { version: 1 }));
    const live = resolveFormat("2019", ["A"]).tables.find((t) => t.id === "t3")!.rows[0];
    const label = live.label;
    live.label = "（已改名）";
    try {
      expect(new TextDecoder().decode(exportJson(report, { version: 1 }))).toBe(before);
      expect(before).toContain("一、本年新收政府信息公开申请数量");
    } finally {
      live.label = label;
    }
  });
});
