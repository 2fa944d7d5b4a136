import { cellKey, type AmountUnit, type ColumnDef, type ReportFormat, type RowDef, type TableDef } from "@/lib/report-format";
import { isBlankText, looksLikeValue, readCellText } from "./cell-text";
import type { DocBlock, DocCell, DocRow } from "./document";
import { labelDistance, labelForms, unitInLabel } from "./labels";
import type { CellFate, ReadCell, ReadTable, UnmappedCell } from "./published-read";

/**
 * The document's tables, cell by cell, placed in the format. A row is recognised by its label — the last
 * label cell of the row, the ones before it (merged group cells) telling apart rows that share a label —
 * so tables may come in any order, split over several blocks (a table 三 broken across pages) or merged
 * into one (table 二's sub-tables printed as one grid). A row's values are placed under their columns by
 * the header rows above them when those line up cell for cell (an HTML or Word table with its merges
 * expanded); otherwise in order, when the row has exactly as many values as the table has columns; for
 * a PDF row with blank cells missing, by the horizontal position of each value against the table's full
 * rows. A row that cannot be placed is reported with why; nothing is placed by guessing.
 */

/** The 单位 column of a list table (table A): neither label nor value (its —— in heading rows is a blank). */
const UNIT_WORDS = new Set(["条", "次", "篇", "件", "个", "项", "期", "场", "人次"]);

interface RowEntry {
  table: TableDef;
  row: RowDef;
  forms: string[];
  groupForms: string[];
}

interface Index {
  rows: RowEntry[];
  /** Group labels (申请人情况 is a column group; 三、本年度办理结果, （三）不予公开 are row groups). */
  rowGroups: Set<string>;
  titles: { table: TableDef; forms: string[] }[];
}

function buildIndex(format: ReportFormat): Index {
  const rows: RowEntry[] = [];
  const rowGroups = new Set<string>();
  for (const table of format.tables) {
    for (const row of table.rows) {
      const forms = [...new Set([row.label, ...(row.aliases ?? [])].flatMap(labelForms))];
      const groupForms = (row.groups ?? []).flatMap(labelForms);
      groupForms.forEach((g) => rowGroups.add(g));
      rows.push({ table, row, forms, groupForms });
    }
  }
  const titles = format.tables.filter((t) => t.title).map((table) => ({ table, forms: labelForms(table.title) }));
  return { rows, rowGroups, titles };
}

interface Split {
  /** Label cells, in order, without the blanks a merged cell leaves. */
  labels: string[];
  /** Value cells with their index in the row. */
  values: { at: number; cell: DocCell }[];
}

function splitRow(row: DocRow): Split {
  const cells = row.cells;
  let last = -1;
  cells.forEach((c, i) => {
    const t = c.text.trim();
    if (t && !looksLikeValue(t) && !UNIT_WORDS.has(t)) last = i;
  });
  const labels: string[] = [];
  for (const c of cells.slice(0, last + 1)) {
    const t = c.text.trim();
    if (t && !UNIT_WORDS.has(t) && labels.at(-1) !== t) labels.push(t);
  }
  const values = cells.flatMap((cell, at) => (at > last && !UNIT_WORDS.has(cell.text.trim()) ? [{ at, cell }] : []));
  return { labels, values };
}

interface State {
  table: TableDef | null;
  /** Label forms of the row groups seen most recently (（三）不予公开 …). */
  groups: string[];
  headers: DocRow[];
  lastWasData: boolean;
  /** Per table: the x of each column, from rows that had every value (PDF). */
  columnX: Map<string, number[]>;
}

export interface TablesRead {
  cells: Record<string, ReadCell>;
  unmapped: UnmappedCell[];
  tables: ReadTable[];
}

function bestRow(index: Index, labels: string[], state: State): RowEntry | null {
  for (let i = labels.length - 1; i >= 0; i--) {
    const printed = labelForms(labels[i]);
    let best: { entry: RowEntry; score: number } | null = null;
    const context = [...labels.slice(0, i).flatMap(labelForms), ...state.groups];
    for (const entry of index.rows) {
      const d = labelDistance(printed, entry.forms);
      if (d === null) continue;
      // Tie-breakers, in order: the table being read, then the row's groups printed beside it or above it.
      let score = d * 10;
      if (entry.table !== state.table) score += 3;
      if (entry.groupForms.length && !entry.groupForms.some((g) => context.includes(g))) score += 2;
      if (!best || score < best.score) best = { entry, score };
    }
    if (best) return best.entry;
  }
  return null;
}

function columnOfHeader(table: TableDef, text: string): ColumnDef | undefined {
  const printed = labelForms(text);
  let best: { col: ColumnDef; d: number } | undefined;
  for (const col of table.columns) {
    const d = labelDistance(printed, labelForms(col.label));
    if (d !== null && (!best || d < best.d)) best = { col, d };
  }
  return best?.col;
}

interface Placed {
  column: ColumnDef;
  header?: string;
}

/** Columns from the header rows above, when they line up with the values cell for cell. */
function byHeaders(table: TableDef, values: Split["values"], width: number, allHeaders: DocRow[]): Placed[] | null {
  // Only header rows as wide as the row line up with it: a flattened table's header rows lose their merged cells.
  const headers = allHeaders.filter((h) => h.cells.length === width);
  if (headers.length === 0) return null;
  const placed: Placed[] = [];
  for (const { at } of values) {
    let hit: Placed | undefined;
    for (let h = headers.length - 1; h >= 0 && !hit; h--) {
      const text = headers[h].cells[at]?.text ?? "";
      const column = text ? columnOfHeader(table, text) : undefined;
      if (column) hit = { column, header: text };
    }
    if (!hit) return null;
    placed.push(hit);
  }
  return new Set(placed.map((p) => p.column.key)).size === placed.length ? placed : null;
}

/** A header cell naming the column, for its unit and the source's column label. */
function headerFor(column: ColumnDef, headers: DocRow[]): string | undefined {
  for (let h = headers.length - 1; h >= 0; h--) {
    const cell = headers[h].cells.find((c) => c.text && columnOfHeader({ columns: [column] } as TableDef, c.text));
    if (cell) return cell.text;
  }
  return undefined;
}

function byPosition(table: TableDef, values: Split["values"], state: State, headers: DocRow[]): Placed[] | null {
  const columns = table.columns;
  if (values.length === columns.length) {
    if (values.every((v) => v.cell.x !== undefined)) state.columnX.set(table.id, values.map((v) => v.cell.x!));
    return columns.map((column) => ({ column, header: headerFor(column, headers) }));
  }
  const xs = state.columnX.get(table.id);
  if (!xs || values.length > columns.length || values.some((v) => v.cell.x === undefined)) return null;
  const used = new Set<number>();
  const placed: Placed[] = [];
  for (const v of values) {
    let best = -1;
    xs.forEach((x, i) => {
      if (!used.has(i) && (best < 0 || Math.abs(x - v.cell.x!) < Math.abs(xs[best] - v.cell.x!))) best = i;
    });
    used.add(best);
    placed.push({ column: columns[best], header: headerFor(columns[best], headers) });
  }
  return placed;
}

export function mapTables(blocks: readonly DocBlock[], format: ReportFormat): TablesRead {
  const index = buildIndex(format);
  const out: TablesRead = { cells: {}, unmapped: [], tables: [] };
  const state: State = { table: null, groups: [], headers: [], lastWasData: false, columnX: new Map() };
  let number = 0;

  for (const block of blocks) {
    if (block.kind !== "table") continue;
    number++;
    const name = `第 ${number} 个表格`;
    const view: ReadTable = { name, rows: [] };
    out.tables.push(view);

    for (const row of block.rows) {
      const fates: ReadTable["rows"][number] = row.cells.map((c) => ({ text: c.text, fate: (c.text.trim() ? "label" : "blank") as CellFate }));
      view.rows.push(fates);
      const { labels, values } = splitRow(row);
      const filled = values.filter((v) => !isBlankText(v.cell.text));
      const rowLabel = labels.at(-1) ?? "";

      const place = (key: string, column: string, v: { at: number; cell: DocCell }, headerUnit?: AmountUnit) => {
        const def = format.cellByKey.get(key)!;
        const source = { table: name, row: labels.join(" / "), column, raw: v.cell.text };
        if (out.cells[key]) {
          out.unmapped.push({ source, reason: `与前面已读取的“${def.name}”重复，未读取` });
          fates[v.at].fate = "unmapped";
          return;
        }
        const reading = readCellText(def, v.cell.text, headerUnit);
        if (reading.kind === "invalid") {
          out.unmapped.push({ source, reason: `“${def.name}”：${reading.problem}` });
          fates[v.at] = { text: v.cell.text, fate: "unmapped", key };
          return;
        }
        const derived = Boolean(def.sumOf);
        out.cells[key] =
          reading.kind === "blank"
            ? { key, value: null, derived, source }
            : { key, value: reading.value, ...(reading.unit ? { unit: reading.unit } : {}), derived, source, ...(reading.note ? { note: reading.note } : {}), ...(reading.problem ? { problem: reading.problem } : {}) };
        fates[v.at] = { text: v.cell.text, fate: reading.kind === "blank" ? "blank" : "read", key };
      };
      const refuse = (reason: string) => {
        for (const v of filled) {
          out.unmapped.push({ source: { table: name, row: labels.join(" / "), column: "", raw: v.cell.text }, reason });
          fates[v.at].fate = "unmapped";
        }
      };

      const placeRow = (e: RowEntry) => {
        state.table = e.table;
        const groupForms = labels.flatMap(labelForms).filter((f) => index.rowGroups.has(f));
        if (groupForms.length) state.groups = groupForms;
        // A label merged over several columns leaves empty cells after it in copied text: padding, not values.
        while (values.length > e.table.columns.length && values[0].cell.text.trim() === "") values.shift();
        const placed = byHeaders(e.table, values, row.cells.length, state.headers) ?? byPosition(e.table, values, state, state.headers);
        if (!placed) {
          refuse(`“${rowLabel.replace(/\n/g, "")}”一行有 ${values.length} 个数值，表格应有 ${e.table.columns.length} 列，无法确定各数值所在的列，未读取`);
          return;
        }
        placed.forEach((p, i) => {
          const unit = p.header ? unitInLabel(p.header) : undefined;
          place(cellKey(e.table, e.row.key, p.column.key), p.header ?? p.column.label, values[i], unit);
        });
      };

      // A caption inside the table (第二十条第（一）项): the sub-table that follows.
      const title = labels.length > 0 && filled.length === 0 ? index.titles.find((t) => labels.some((l) => labelDistance(labelForms(l), t.forms) !== null)) : undefined;
      if (title) {
        state.table = title.table;
        state.headers = [];
        state.lastWasData = false;
        continue;
      }

      // A row of labels only: a header row (or a group heading such as （二）通过不同渠道和方式公开政府信息的情况).
      if (filled.length === 0 && labels.length > 0) {
        const groupForms = labels.flatMap(labelForms).filter((f) => index.rowGroups.has(f));
        const entry = bestRow(index, labels, state);
        if (groupForms.length > 0 && (!entry || entry.row.sumOf)) {
          state.groups = groupForms;
          continue;
        }
        if (entry && entry.table.layout !== "row-groups-as-columns") {
          // A row whose cells are all blank: its cells are read as blanks.
          if (values.length > 0) placeRow(entry);
          continue;
        }
        if (state.lastWasData) state.headers = [];
        state.headers.push(row);
        state.lastWasData = false;
        const grouped = format.tables.find((t) => t.layout === "row-groups-as-columns" && t.rows.some((r) => labels.some((l) => labelDistance(labelForms(l), labelForms(r.label)) !== null)));
        if (grouped) state.table = grouped;
        continue;
      }
      if (filled.length === 0) continue;
      state.lastWasData = true;

      // Values without a label: table 四's one data row (rows × columns values, in print order).
      if (labels.length === 0) {
        const grouped = state.table?.layout === "row-groups-as-columns" ? state.table : format.tables.find((t) => t.layout === "row-groups-as-columns" && t.rows.length * t.columns.length === values.length);
        if (grouped && values.length === grouped.rows.length * grouped.columns.length) {
          let i = 0;
          for (const r of grouped.rows) {
            for (const c of grouped.columns) {
              const column = [...(r.groups ?? []), r.label, c.label].join(" · ");
              place(cellKey(grouped, r.key, c.key), column, values[i++]);
            }
          }
        } else refuse("该行没有行名称，无法确定属于哪一行");
        continue;
      }

      const entry = bestRow(index, labels, state);
      if (!entry) {
        const where = state.table?.title ? `“${state.table.title}”` : "本报告格式";
        refuse(`${where}中没有“${rowLabel.replace(/\n/g, "")}”这一行，未读取`);
        continue;
      }
      placeRow(entry);

    }
  }
  return out;
}
