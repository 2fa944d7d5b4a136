import { computeDerived, resolveFormat, type ReportFormat, type ReportValues } from "@/lib/report-format";
import type { ReadDocument } from "./document";
import { detectFormat } from "./detect-format";
import { mapTables } from "./map-tables";
import { readNarratives, readTitle } from "./map-text";
import type { PublishedRead } from "./published-read";

/**
 * A read document placed in the format: its title, its format (detected unless the caller names one, as
 * when a draft is read into a report whose format is fixed), the narrative of each section, every table
 * cell with where it was printed, and what could not be placed. Printed totals are kept as printed; one
 * that is not the sum of its parts is a notice here and a finding of the checks.
 */

export interface MapOptions {
  /** The format to read against; detected from the tables when absent. */
  format?: ReportFormat;
}

export function mapDocument(doc: ReadDocument, options: MapOptions = {}): PublishedRead {
  const detected = detectFormat(doc);
  const format = options.format ?? resolveFormat(detected.versionId, detected.localTableIds);
  const title = readTitle(doc.blocks);
  const text = readNarratives(doc.blocks, format, title);
  const tables = mapTables(doc.blocks, format);
  const notices = [...text.notices];

  const inputs: ReportValues = {};
  for (const c of Object.values(tables.cells)) {
    if (!c.derived && c.value !== null) inputs[c.key] = { value: c.value, ...(c.unit ? { unit: c.unit } : {}) };
  }
  const computed = computeDerived(format, inputs);
  for (const c of Object.values(tables.cells)) {
    if (!c.derived || c.value === null) continue;
    const sum = computed[c.key];
    if (sum !== null && sum !== undefined && Number(sum) !== Number(c.value)) {
      notices.push(`“${format.cellByKey.get(c.key)!.name}”印为 ${c.value}，按各项相加应为 ${sum}（${c.source.table}）。`);
    }
  }
  const missing = format.inputCells.filter((c) => !tables.cells[c.key]);
  if (missing.length > 0 && Object.keys(tables.cells).length > 0) {
    const shown = missing.slice(0, 5).map((c) => `“${c.name}”`).join("、");
    notices.push(`文件中没有找到 ${missing.length} 个应填单元格：${shown}${missing.length > 5 ? " 等" : ""}。`);
  }

  return {
    source: doc.source,
    ...(title.unitName ? { unitName: title.unitName } : {}),
    ...(title.year ? { year: title.year } : {}),
    formatVersion: format.version.id,
    detectedVersion: detected.versionId,
    localTableIds: format.localTableIds,
    narratives: text.narratives,
    cells: tables.cells,
    unmapped: tables.unmapped,
    notices,
    tables: tables.tables,
  };
}
