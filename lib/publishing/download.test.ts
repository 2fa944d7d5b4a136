import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { TEST_SEED_DAY } from "@/db/seed/demo-calendar";
import { seedDemo } from "@/db/seed/seed-demo";
import { seedPublicationsDemo } from "@/db/seed/seed-publications-demo";
import { versionDownload, latestDownload } from "./download";
import type { OpenDataReport } from "./export-json";
import { referenceMismatches } from "@/lib/testing/export-snapshots";

/** The public download routes over the demo's published reports (in-memory database). */

beforeAll(() => {
  const db = getDb();
  seedDemo(db, { passwordHash: "$2b$10$demo.hash.for.tests.only", today: TEST_SEED_DAY });
  seedPublicationsDemo(db);
});

const get = (year: string, slug: string, version: string, file: string, headers: HeadersInit = {}) =>
  versionDownload(new Request(`http://localhost/reports/${year}/${slug}/v/${version}/${file}`, { headers }), { year, slug, version, file });

describe("downloads of published reports", () => {
  it("serves the demo's 2020 consolidated report as JSON equal to the reference report", async () => {
    const res = await get("2020", "bengji", "1", "report.json");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const title = "宁波市北仑区人民政府2020年政府信息公开工作年度报告";
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="report.json"; filename*=UTF-8''${encodeURIComponent(title)}.json`);
    const data = (await res.json()) as OpenDataReport;
    expect(referenceMismatches(data)).toEqual([]);
    expect(data).toMatchObject({ kind: "consolidated", year: 2020, version: 1, title });
  });

  it("serves Word and Excel with their content types, and 304 for a known ETag", async () => {
    const docx = await get("2019", "edu", "1", "report.docx");
    expect(docx.status).toBe(200);
    expect(docx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(new Uint8Array(await docx.arrayBuffer()).subarray(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    const xlsx = await get("2020", "xinqi", "1", "report.xlsx");
    expect(xlsx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(xlsx.headers.get("content-disposition")).toContain(".xlsx");
    const again = await get("2020", "xinqi", "1", "report.xlsx", { "If-None-Match": xlsx.headers.get("etag")! });
    expect(again.status).toBe(304);
  });

  it("is not found for unknown files, reports, versions and unpublished years", async () => {
    for (const [year, slug, version, file] of [
      ["2020", "bengji", "1", "report.pdf"],
      ["2020", "bengji", "2", "report.json"],
      ["2020", "bengji", "01", "report.json"],
      ["2020", "nobody", "1", "report.json"],
      ["2021", "edu", "1", "report.json"],
      ["2019", "bengji", "1", "report.json"],
      ["20x0", "edu", "1", "report.json"],
    ]) {
      expect((await get(year, slug, version, file)).status, `${year}/${slug}/${version}/${file}`).toBe(404);
    }
  });

  it("redirects the latest download to the versioned URL", () => {
    const res = latestDownload({ year: "2020", slug: "bengji", file: "report.docx" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/reports/2020/bengji/v/1/report.docx");
    expect(latestDownload({ year: "2021", slug: "edu", file: "report.docx" }).status).toBe(404);
    expect(latestDownload({ year: "2020", slug: "bengji", file: "x.docx" }).status).toBe(404);
  });
});
