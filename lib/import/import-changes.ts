import type { AmountUnit, ReportFormat, ReportValues } from "@/lib/report-format";
import type { ImportedReport } from "./imported-report";

/** What importing a file would change in the report as it stands in the editor. */
export interface CellChange {
  key: string;
  name: string;
  from: string | null;
  to: string | null;
  unit?: AmountUnit;
}

export interface ImportChanges {
  cells: CellChange[];
  /** Narrative keys ("preamble", section keys) whose text the file replaces. */
  narratives: string[];
  unchanged: number;
}

/** A narrative as compared: Excel trims a cell and may store line breaks as \r\n; neither is a change. */
export const comparableText = (text: string | undefined) => (text ?? "").replace(/\r\n?/g, "\n").trim();

const shown = (value: string | null, unit: AmountUnit | undefined) => (value === null ? null : unit ? `${value} ${unit}` : value);

export function importChanges(format: ReportFormat, current: ReportValues, currentNarratives: Record<string, string>, imported: ImportedReport): ImportChanges {
  const cells: CellChange[] = [];
  let unchanged = 0;
  for (const cell of format.inputCells) {
    const next = imported.cells[cell.key];
    if (!next) continue;
    const now = current[cell.key];
    const same = (now?.value ?? null) === next.value && (next.value === null || cell.kind !== "amount" || now?.unit === next.unit);
    if (same) {
      unchanged++;
      continue;
    }
    cells.push({ key: cell.key, name: cell.name, from: shown(now?.value ?? null, now?.unit), to: shown(next.value, next.unit), ...(next.unit ? { unit: next.unit } : {}) });
  }
  const narratives = Object.entries(imported.narratives)
    .filter(([key, text]) => comparableText(currentNarratives[key]) !== comparableText(text))
    .map(([key]) => key);
  return { cells, narratives, unchanged };
}
