import type { CellDef, ReportFormat, RowDef, RowPatch, SectionDef, TableDef } from "./types";
import { formatVersions, localTables } from "./versions";

/** Key of one cell. Single-value (list) tables omit the column: "a.total"; others: "t3.granted.natural". */
export function cellKey(table: TableDef, rowKey: string, colKey: string): string {
  return table.layout === "list" ? `${table.id}.${rowKey}` : `${table.id}.${rowKey}.${colKey}`;
}

function tableCells(table: TableDef): CellDef[] {
  const cells: CellDef[] = [];
  for (const row of table.rows) {
    for (const col of table.columns) {
      const key = cellKey(table, row.key, col.key);
      const name = table.layout === "list" ? row.label : `${row.label} · ${col.label}`;
      // A cell on a derived row sums that column over the row's parts; one in a derived column sums the row's parts.
      // (七)总计 × 总计 is both; either reading gives the same number, so the row reading is used.
      let sumOf: string[] | undefined;
      if (row.sumOf) sumOf = row.sumOf.map((r) => cellKey(table, r, col.key));
      else if (col.sumOf) sumOf = col.sumOf.map((c) => cellKey(table, row.key, c));
      cells.push({
        key,
        tableId: table.id,
        rowKey: row.key,
        colKey: col.key,
        kind: col.kind ?? "count",
        units: col.units,
        name,
        sumOf,
      });
    }
  }
  return cells;
}

/** A national table as a local variant prints it: rows dropped, renamed and added by its row patches. */
function patchRows(table: TableDef, patches: readonly RowPatch[]): TableDef {
  const mine = patches.filter((p) => p.table === table.id);
  if (mine.length === 0) return table;
  let rows: RowDef[] = table.rows;
  for (const p of mine) {
    const dropped = new Set(p.drop ?? []);
    rows = rows.filter((r) => !dropped.has(r.key)).map((r) => (p.rename?.[r.key] ? { ...r, label: p.rename[r.key] } : r));
    for (const { after, row } of p.add ?? []) {
      const at = after === undefined ? -1 : rows.findIndex((r) => r.key === after);
      if (after !== undefined && at < 0) throw new Error(`Row patch of ${table.id}: no row ${after} to add ${row.key} after`);
      rows = at < 0 ? [...rows, row] : [...rows.slice(0, at + 1), row, ...rows.slice(at + 1)];
    }
  }
  return { ...table, rows };
}

const cache = new Map<string, ReportFormat>();

/** Resolves a national version plus local tables into one format; results are cached (formats are immutable). */
export function resolveFormat(versionId: string, localTableIds: readonly string[] = []): ReportFormat {
  const id = [versionId, ...localTableIds].join("+");
  const hit = cache.get(id);
  if (hit) return hit;

  const version = formatVersions[versionId];
  if (!version) throw new Error(`Unknown format version: ${versionId}`);
  const locals = localTableIds.map((l) => {
    const local = localTables[l];
    if (!local) throw new Error(`Unknown local table: ${l}`);
    return local;
  });

  const sections = version.sections.map((s) => {
    const before = locals.filter((l) => l.table && l.sectionKey === s.key).map((l) => l.table!.id);
    return before.length ? { ...s, tableIds: [...before, ...s.tableIds], localTableIds: before } : s;
  });
  const patches = locals.flatMap((l) => l.rowPatches ?? []);
  const tables = [...locals.flatMap((l) => (l.table ? [l.table] : [])), ...version.tables.map((t) => patchRows(t, patches))];
  const tableById = new Map(tables.map((t) => [t.id, t]));
  // Cells in display order: section by section, table by table.
  const cells = sections.flatMap((s) => s.tableIds.flatMap((t) => tableCells(tableById.get(t)!)));
  const format: ReportFormat = {
    id,
    version,
    localTableIds: [...localTableIds],
    preamble: version.preamble,
    sections,
    narrativeSections: [version.preamble, ...sections.filter((s) => s.narrative !== "none")],
    tables: sections.flatMap((s) => s.tableIds.map((t) => tableById.get(t)!)),
    cells,
    cellByKey: new Map(cells.map((c) => [c.key, c])),
    inputCells: cells.filter((c) => !c.sumOf),
  };
  cache.set(id, format);
  return format;
}

export function tableById(format: ReportFormat, id: string): TableDef {
  const t = format.tables.find((x) => x.id === id);
  if (!t) throw new Error(`Table ${id} is not in format ${format.id}`);
  return t;
}

export function sectionCells(format: ReportFormat, sectionKey: string): CellDef[] {
  const section = format.sections.find((s) => s.key === sectionKey);
  if (!section) return [];
  const ids = new Set(section.tableIds);
  return format.cells.filter((c) => ids.has(c.tableId));
}

/**
 * The tables of a section in printed blocks. With local tables, each local table and then the national
 * tables form numbered blocks ("1.不同渠道…", "2.主动公开政府信息具体情况"), as published reports print them.
 */
export function sectionTableBlocks(format: ReportFormat, section: SectionDef): { heading?: string; tableIds: string[] }[] {
  const locals = section.localTableIds ?? [];
  if (locals.length === 0) return section.tableIds.length ? [{ tableIds: section.tableIds }] : [];
  const national = section.tableIds.filter((id) => !locals.includes(id));
  const blocks = locals.map((id, i) => ({ heading: `${i + 1}.${tableById(format, id).title}`, tableIds: [id] }));
  if (national.length) blocks.push({ heading: `${locals.length + 1}.${section.nationalTablesTitle ?? ""}`, tableIds: national });
  return blocks;
}

/** How a section is headed: "五、存在的主要问题及改进情况"; the preamble by its title alone ("编制说明"). */
export function sectionHeading(section: SectionDef): string {
  return section.number ? `${section.number}、${section.title}` : section.title;
}

/** The heading of a section (or of the preamble) by its key; the key itself for one the format does not have. */
export function sectionTitle(format: ReportFormat, key: string): string {
  const section = format.narrativeSections.find((s) => s.key === key) ?? format.sections.find((s) => s.key === key);
  return section ? sectionHeading(section) : key;
}

/** Keys of the sections that hold text: the preamble and every section whose format allows a narrative. */
export function narrativeKeys(format: ReportFormat): string[] {
  return format.narrativeSections.map((s) => s.key);
}
