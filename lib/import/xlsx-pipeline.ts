import { NOT_XLSX, readZipDirectory } from "./zip-directory";
import { inflateEntries } from "./zip-inflate";
import { repack, workbookCells } from "./xlsx-cells";
import { checkXlsxParts } from "./xlsx-parts-check";
import type { CellsRead } from "./workbook-cells";

/**
 * An uploaded .xlsx, from bytes to cells, refusing at the first step a file fails: the zip's directory
 * (entries, names, declared sizes), unpacking under the declared sizes, the XML's counts and ranges, and
 * only then exceljs, on a re-packed zip of the checked parts. The import worker runs this; so do tests.
 */
export async function readXlsxCells(bytes: Uint8Array): Promise<CellsRead> {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return directory;
  const inflated = inflateEntries(bytes, directory.entries);
  if (!inflated.ok) return inflated;
  const problem = checkXlsxParts(inflated.parts);
  if (problem) return { ok: false, problem };
  try {
    const repacked = await repack(inflated.parts);
    inflated.parts.clear();
    return { ok: true, workbook: await workbookCells(repacked) };
  } catch {
    return { ok: false, problem: NOT_XLSX };
  }
}
