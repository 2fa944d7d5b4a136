import { describe, expect, it } from "vitest";
import { loadPublishedFixture, PUBLISHED_FIXTURES } from "@/lib/testing/published-fixtures";
import { mapDocument } from "./map-document";
import { kindOf, type PublishedKind } from "./file-kind";
import { readPublishedFile } from "./read-file";

/**
 * Every committed fixture — the same reports printed as a GBK government page, Word with a split table 三,
 * a Chromium-printed PDF, and pasted text in three shapes, in the 2019 and 2021 formats — read from its
 * bytes must give exactly what it was printed from: every cell, every blank as a blank, every narrative.
 */

describe.each(PUBLISHED_FIXTURES.map((s) => s.file))("%s", (file) => {
  it("reads to exactly the report it was printed from", async () => {
    const { bytes, expected } = loadPublishedFixture(file);
    const kind = kindOf(file, bytes) as PublishedKind;
    expect(kind).toBe(expected.source);
    const { outcome } = await readPublishedFile(kind, bytes);
    if (!outcome.ok) throw new Error(outcome.problem);
    const read = mapDocument(outcome.document);

    expect({ unitName: read.unitName, year: read.year, version: read.formatVersion, localTables: read.localTableIds }).toEqual({
      unitName: expected.unitName,
      year: expected.year,
      version: expected.format.version,
      localTables: expected.format.localTables,
    });
    const values = Object.fromEntries(Object.values(read.cells).flatMap((c) => (c.value === null ? [] : [[c.key, c.value]])));
    expect(values).toEqual(expected.values);
    const blanks = Object.fromEntries(Object.values(read.cells).flatMap((c) => (c.value === null ? [[c.key, c.source.raw]] : [])));
    expect(blanks).toEqual(expected.blanks);
    for (const [key, unit] of Object.entries(expected.units)) expect(read.cells[key].unit, key).toBe(unit);
    expect(read.unmapped).toEqual([]);
    const narratives = Object.fromEntries(Object.entries(expected.narratives).filter(([, t]) => t));
    expect(read.narratives).toEqual(narratives);
  });
});
