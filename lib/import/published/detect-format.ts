import { formatVersions, localTables, type TableDef } from "@/lib/report-format";
import { looksLikeValue } from "./cell-text";
import type { ReadDocument } from "./document";
import { labelForms } from "./labels";

/**
 * Which format a document's tables are in, from their structure — the labels of their rows and columns —
 * not from its year: 2020 reports use the 2019 format, and some 2021 reports still print the old tables.
 * Each version is scored by the share of its own labels the document prints; a local table is taken when
 * most of its rows are printed, a local variant's added rows when any of them is.
 */

export interface DetectedFormat {
  versionId: string;
  localTableIds: string[];
  /** Share of the version's labels found, per version: for the notice and the tests. */
  scores: Record<string, number>;
}

const looseForm = (label: string) => labelForms(label).at(-1)!;

function tableLabels(table: TableDef): string[] {
  const labels = [...table.rows.flatMap((r) => [r.label, ...(r.groups ?? [])]), ...table.columns.flatMap((c) => [c.label, ...(c.groups ?? [])])];
  return [...new Set(labels.map(looseForm))];
}

function share(labels: readonly string[], printed: ReadonlySet<string>): number {
  if (labels.length === 0) return 0;
  return labels.filter((l) => printed.has(l)).length / labels.length;
}

export function printedLabels(doc: ReadDocument): Set<string> {
  const printed = new Set<string>();
  for (const block of doc.blocks) {
    if (block.kind === "text") {
      if (block.text.length <= 60) printed.add(looseForm(block.text));
      continue;
    }
    for (const row of block.rows) {
      for (const cell of row.cells) {
        if (!cell.text || looksLikeValue(cell.text)) continue;
        // A cell may hold a label over two lines, or a table 四 header may be split: each line counts too.
        printed.add(looseForm(cell.text));
        for (const line of cell.text.split("\n")) printed.add(looseForm(line));
      }
    }
  }
  return printed;
}

export function detectFormat(doc: ReadDocument): DetectedFormat {
  const printed = printedLabels(doc);
  const scores: Record<string, number> = {};
  let best = "";
  for (const [id, version] of Object.entries(formatVersions)) {
    // Only what tells versions apart counts: the labels every version shares say nothing.
    const own = version.tables.flatMap(tableLabels);
    const others = new Set(Object.entries(formatVersions).filter(([o]) => o !== id).flatMap(([, v]) => v.tables.flatMap(tableLabels)));
    const distinct = own.filter((l) => !others.has(l));
    scores[id] = share(distinct.length ? distinct : own, printed);
    if (!best || scores[id] > scores[best] || (scores[id] === scores[best] && id > best)) best = id;
  }
  const localTableIds: string[] = [];
  for (const [id, local] of Object.entries(localTables)) {
    const tableShare = local.table ? share(tableLabels(local.table), printed) : 0;
    const added = (local.rowPatches ?? []).flatMap((p) => (p.add ?? []).map((a) => looseForm(a.row.label)));
    if (tableShare >= 0.5 || added.some((l) => printed.has(l))) localTableIds.push(id);
  }
  return { versionId: best, localTableIds, scores };
}
