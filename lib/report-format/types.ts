/**
 * The shape of the report format as data. Everything that shows, checks, sums,
 * publishes or exports a report is generated from values of these types, so a
 * new national version or local table is a data change only.
 */

/** count: non-negative integer; signed: integer (本年增/减); amount: decimal with a unit. */
export type ValueKind = "count" | "signed" | "amount";

export type AmountUnit = "元" | "万元";

export interface ColumnDef {
  key: string;
  /** The leaf header, verbatim. */
  label: string;
  /** Spanning headers above the leaf, outermost first (e.g. ["申请人情况", "法人或其他组织"]). */
  groups?: string[];
  kind?: ValueKind;
  /** For amounts: the units a person may choose; the first is the default. */
  units?: AmountUnit[];
  /** A column computed from other columns of the same row. */
  sumOf?: string[];
  /** What to count here, in our own words from the format's notes: shown by an ⓘ and read out with the cell. */
  help?: string;
}

export interface RowDef {
  key: string;
  /** The row label, verbatim. */
  label: string;
  /** Group labels that span rows (or, in a list table, head them), outermost first. */
  groups?: string[];
  /** Unit printed beside the value in list tables (条, 次, 篇). */
  unit?: string;
  /** A row computed from other rows of the same column. */
  sumOf?: string[];
  /** A 其中 row: a part of the row named here. */
  partOf?: string;
  /** Label variants seen in published reports, accepted on import. */
  aliases?: string[];
  /** What to count here, in our own words from the format's notes: shown by an ⓘ and read out with the cell. */
  help?: string;
}

/**
 * grid: rows × columns with spanning headers (tables 三 and B).
 * list: one value per row, with 单位 (local table A).
 * row-groups-as-columns: each row becomes a column group of one printed data row (table 四).
 */
export type TableLayout = "grid" | "list" | "row-groups-as-columns";

export interface TableDef {
  id: string;
  /** Caption printed above the table (e.g. 第二十条第（一）项); may be empty. */
  title: string;
  layout: TableLayout;
  /** Text of the top-left header cell. */
  corner?: string;
  columns: ColumnDef[];
  rows: RowDef[];
}

export type NarrativeRule = "required" | "optional" | "none";

export interface SectionDef {
  key: string;
  /** 一 … 六 */
  number: string;
  title: string;
  narrative: NarrativeRule;
  /** Guidance shown beside the editor. */
  hint?: string;
  /** Headings real reports print for this section instead of its title, accepted on import. */
  headingAliases?: string[];
  tableIds: string[];
  /** Heading of the national tables when local tables precede them (二: 主动公开政府信息具体情况). */
  nationalTablesTitle?: string;
  /** Set by resolveFormat: local tables printed before the national ones. */
  localTableIds?: string[];
}

/**
 * What a version's format holds beyond its tables, for the checks that depend on it: "stockTable" (table 二
 * counts 现行有效件数, 2021), "feeSection" (六 must state the 信息处理费, 2021). A check names the capability
 * it needs, never a version id, so a new version that keeps the feature keeps the check.
 */
export type FormatCapability = "stockTable" | "feeSection";

export interface FormatVersion {
  id: string;
  name: string;
  issuedBy: string;
  /** The 编制说明 before section 一: a narrative section of its own, with no number and no tables. */
  preamble: SectionDef;
  sections: SectionDef[];
  tables: TableDef[];
  capabilities: readonly FormatCapability[];
}

/** A local variant's change to the rows of a national table: rows added (after a row, or at the end), renamed or dropped. */
export interface RowPatch {
  table: string;
  add?: { after?: string; row: RowDef }[];
  /** Row key → the label the variant prints. */
  rename?: Record<string, string>;
  drop?: string[];
}

/**
 * A local (provincial or city) variant of the national format: a whole table printed before the national
 * tables of a section, and/or row patches to national tables.
 */
export interface LocalTable {
  id: string;
  name: string;
  region: string;
  /** With `table`: the section it is printed in. */
  sectionKey?: string;
  /** Printed before the national tables of its section. */
  table?: TableDef;
  rowPatches?: RowPatch[];
}

/** A cell of a resolved format: everything a form, a check or an export needs. */
export interface CellDef {
  key: string;
  tableId: string;
  rowKey: string;
  colKey: string;
  kind: ValueKind;
  units?: AmountUnit[];
  /** Accessible name: "<row label> · <column label>", or the row label alone in a list table. */
  name: string;
  /** Keys of the cells this one is the sum of; absent for input cells. */
  sumOf?: string[];
}

/** A report year's format: a national version plus local tables, resolved into one structure. */
export interface ReportFormat {
  id: string;
  version: FormatVersion;
  localTableIds: string[];
  /** The 编制说明 (version.preamble). */
  preamble: SectionDef;
  /** Sections 一 … 六, in order. */
  sections: SectionDef[];
  /** Every section that holds text, the preamble first: what is saved, checked, exported and imported as narrative. */
  narrativeSections: SectionDef[];
  tables: TableDef[];
  cells: CellDef[];
  cellByKey: Map<string, CellDef>;
  /** Input cells only (not derived), in display order. */
  inputCells: CellDef[];
}
