import {
  cellKey,
  headerRows,
  labelDepth,
  listLines,
  reportTitle,
  rowGroupColumns,
  rowLabelCells,
  sectionHeading,
  sectionTableBlocks,
  tableById,
  type ColumnDef,
  type TableDef,
} from "@/lib/report-format";
import type { FixtureReport } from "./fixture-report";

/**
 * The printed geometry of a fixture report: paragraphs, and tables as HTML would list them (a cell covered
 * by another's span is omitted). Every renderer prints from this, and the readers' tests expect its
 * expanded rows, so what a test expects is by construction what was printed.
 */

/** Wording seen in real published reports instead of the format's own. Each is off unless asked for. */
export interface PrintVariants {
  /** 上一年项目数量（指上年事项数）, 本年增/减（减用负值表示，如-8）, 处理决定数量（指本年办件量）. */
  annotatedHeaders?: boolean;
  /** Print an amount's unit in its column header (采购总金额（万元）); otherwise after the number in the cell. */
  amountUnitInHeader?: boolean;
  /** 四、因政府信息公开工作被申请行政复议、提起行政诉讼情况 and 五、政府信息公开工作存在的主要问题及改进情况. */
  headingVariants?: boolean;
  /** Table 三's rows as the reference prints them: 本年新收到…, 上年转结…, 转结下年度…. */
  referenceRowLabels?: boolean;
  /** Table A as the reference prints it: labels indented with full-width spaces, annotations on a line of their own, 统　计　指　标. */
  listLabelSpacing?: boolean;
}

/** The format's own wording everywhere. */
export const PLAIN: PrintVariants = {};
/** Every variant at once: how a real government site prints it. */
export const REAL_WORLD: PrintVariants = {
  annotatedHeaders: true,
  amountUnitInHeader: true,
  headingVariants: true,
  referenceRowLabels: true,
  listLabelSpacing: true,
};

export type PrintedRole = "caption" | "corner" | "header" | "label" | "unit" | "value";

export interface PrintedCell {
  /** As printed; "\n" is a line break inside the cell (<br>, a Word line break). */
  text: string;
  colSpan: number;
  rowSpan: number;
  role: PrintedRole;
  /** List-table labels: nesting level (groups and 其中 rows). */
  indent?: number;
}

export interface PrintedTable {
  tableId: string;
  /** Header rows (a caption row included) first, then body rows. */
  rows: PrintedCell[][];
  headerRowCount: number;
  columnCount: number;
  /** Leading columns that hold labels (and, in a list table, the unit). */
  labelColumns: number;
}

export interface PrintedBlock {
  heading?: string;
  tables: PrintedTable[];
}

export interface PrintedSection {
  key: string;
  heading: string;
  paragraphs: string[];
  blocks: PrintedBlock[];
}

export interface PrintedReport {
  title: string;
  unitName: string;
  year: number;
  /** 编制说明 paragraphs; the first carries the "编制说明：" lead-in. */
  preamble: string[];
  sections: PrintedSection[];
}

const HEADER_NOTES: Record<string, string> = {
  上一年项目数量: "上一年项目数量（指上年事项数）",
  "本年增/减": "本年增/减（减用负值表示，如-8）",
  处理决定数量: "处理决定数量（指本年办件量）",
};

const HEADING_VARIANTS: Record<string, string> = {
  four: "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况",
  five: "五、政府信息公开工作存在的主要问题及改进情况",
};

const REFERENCE_ROW_LABELS: Record<string, string> = {
  received: "一、本年新收到政府信息公开申请数量",
  carriedOver: "二、上年转结政府信息公开申请数量",
  carriedForward: "四、转结下年度继续办理",
};

const FULL_SPACE = "\u3000";
/** Full-width spaces before a list label by level, as the reference prints table A. */
const LIST_INDENT = [2, 5, 6];

const cell = (role: PrintedRole, text: string, colSpan = 1, rowSpan = 1): PrintedCell => ({ role, text, colSpan, rowSpan });

/** The narrative's paragraphs, one per line of the stored text. */
export function paragraphsOf(text: string | undefined): string[] {
  return (text ?? "")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

function columnLabel(report: FixtureReport, table: TableDef, col: ColumnDef, v: PrintVariants): string {
  let label = col.label;
  if (v.annotatedHeaders && HEADER_NOTES[label]) label = HEADER_NOTES[label];
  const unit = amountUnit(report, table, col);
  if (unit && v.amountUnitInHeader && !label.includes(unit)) label = `${label}（${unit}）`;
  return label;
}

function amountUnit(report: FixtureReport, table: TableDef, col: ColumnDef) {
  if (col.kind !== "amount") return undefined;
  for (const row of table.rows) {
    const unit = report.amountUnits[cellKey(table, row.key, col.key)];
    if (unit) return unit;
  }
  return undefined;
}

function valueText(report: FixtureReport, table: TableDef, rowKey: string, col: ColumnDef, v: PrintVariants): string {
  const key = cellKey(table, rowKey, col.key);
  const text = report.cells[key] ?? "";
  const unit = report.amountUnits[key];
  // A unit in the header is not repeated in the cell; without it, the cell says what the number is in.
  if (!text || !unit || v.amountUnitInHeader || col.label.includes(unit)) return text;
  return `${text}${unit}`;
}

function rowLabel(table: TableDef, rowKey: string, label: string, v: PrintVariants): string {
  if (table.id === "t3" && v.referenceRowLabels && REFERENCE_ROW_LABELS[rowKey]) return REFERENCE_ROW_LABELS[rowKey];
  return label;
}

interface TableBody {
  rows: PrintedCell[][];
  header: number;
  columns: number;
  labels: number;
}

function gridRows(report: FixtureReport, table: TableDef, v: PrintVariants): TableBody {
  const leaves = table.columns.map((c) => ({ ...c, label: columnLabel(report, table, c, v) }));
  const header = headerRows(leaves);
  const depth = labelDepth(table.rows);
  const rows: PrintedCell[][] = header.map((cells, i) => [
    ...(i === 0 ? [cell("corner", table.corner ?? "", depth, header.length)] : []),
    ...cells.map((c) => cell("header", c.label, c.colSpan, c.rowSpan)),
  ]);
  rowLabelCells(table.rows).forEach((labels, i) => {
    const row = table.rows[i];
    rows.push([
      ...labels.map((c, j) => cell("label", j === labels.length - 1 ? rowLabel(table, row.key, c.label, v) : c.label, c.colSpan, c.rowSpan)),
      ...table.columns.map((col) => cell("value", valueText(report, table, row.key, col, v))),
    ]);
  });
  return { rows, header: header.length, columns: depth + table.columns.length, labels: depth };
}

/** （一）主动公开政府信息数（不同渠道…计1条）: the annotation goes on a line of its own. */
function listLabel(label: string, indent: number, v: PrintVariants): string {
  if (!v.listLabelSpacing) return label;
  const broken = label.replace(/^(.+?[^（])(（[^）]*计1[条次]）)$/, "$1\n$2");
  return FULL_SPACE.repeat(LIST_INDENT[indent] ?? 2 + 2 * indent) + broken;
}

function listRows(report: FixtureReport, table: TableDef, v: PrintVariants): TableBody {
  const col = table.columns[0];
  const corner = table.corner ?? "统计指标";
  const rows: PrintedCell[][] = [
    [cell("corner", v.listLabelSpacing ? [...corner].join(FULL_SPACE) : corner), cell("header", "单位"), cell("header", col?.label ?? "统计数")],
  ];
  for (const line of listLines(table)) {
    if (line.type === "heading") {
      rows.push([{ ...cell("label", listLabel(line.label, line.indent, v)), indent: line.indent }, cell("unit", "——"), cell("value", "")]);
    } else {
      rows.push([
        { ...cell("label", listLabel(line.row.label, line.indent, v)), indent: line.indent },
        cell("unit", line.row.unit ?? ""),
        cell("value", valueText(report, table, line.row.key, col, v)),
      ]);
    }
  }
  return { rows, header: 1, columns: 3, labels: 2 };
}

/**
 * Table 四's header as the official form prints it: the leaves (结果维持 …) all on the bottom row, and a
 * group with fewer levels (行政复议) reaching down to them.
 */
function rowGroupHeader(columns: { groups?: string[]; label: string }[]): PrintedCell[][] {
  const paths = columns.map((c) => c.groups ?? []);
  const depth = Math.max(...paths.map((p) => p.length));
  const rows: PrintedCell[][] = Array.from({ length: depth + 1 }, () => []);
  const samePath = (a: string[], b: string[], level: number) => a.length > level && b.length > level && a.slice(0, level + 1).join("\u0000") === b.slice(0, level + 1).join("\u0000");
  for (let level = 0; level < depth; level++) {
    for (let i = 0; i < columns.length; i++) {
      if (paths[i].length <= level || (i > 0 && samePath(paths[i - 1], paths[i], level))) continue;
      let span = 1;
      while (i + span < columns.length && samePath(paths[i], paths[i + span], level)) span++;
      const last = level === paths[i].length - 1;
      rows[level].push(cell("header", paths[i][level], span, last ? depth - level : 1));
    }
  }
  rows[depth] = columns.map((c) => cell("header", c.label));
  return rows;
}

function rowGroupRows(report: FixtureReport, table: TableDef, v: PrintVariants): TableBody {
  const columns = rowGroupColumns(table);
  const header = rowGroupHeader(columns);
  const rows: PrintedCell[][] = header.map((cells) => cells.map((c) => ({ ...c })));
  rows.push(columns.map((col) => cell("value", valueText(report, table, col.rowKey, col, v))));
  return { rows, header: header.length, columns: columns.length, labels: 0 };
}

/** One table as printed; a sub-table of 二 carries its title (第二十条第（一）项) as a first row across the table. */
export function printTable(report: FixtureReport, table: TableDef, blockHeading: string | undefined, v: PrintVariants = {}): PrintedTable {
  const body = table.layout === "list" ? listRows(report, table, v) : table.layout === "row-groups-as-columns" ? rowGroupRows(report, table, v) : gridRows(report, table, v);
  const withCaption = Boolean(table.title) && !blockHeading?.endsWith(table.title);
  const rows = withCaption ? [[cell("caption", table.title, body.columns)], ...body.rows] : body.rows;
  return { tableId: table.id, rows, headerRowCount: body.header + (withCaption ? 1 : 0), columnCount: body.columns, labelColumns: body.labels };
}

export function printReport(report: FixtureReport, v: PrintVariants = {}): PrintedReport {
  const { format } = report;
  const [firstPreamble, ...morePreamble] = paragraphsOf(report.narratives.preamble);
  const preamble = firstPreamble ? [`编制说明：${firstPreamble}`, ...morePreamble] : [];
  const sections = format.sections.map((section): PrintedSection => {
    const heading = v.headingVariants && HEADING_VARIANTS[section.key] ? HEADING_VARIANTS[section.key] : sectionHeading(section);
    const blocks = sectionTableBlocks(format, section).map((b) => ({
      heading: b.heading,
      tables: b.tableIds.map((id) => printTable(report, tableById(format, id), b.heading, v)),
    }));
    return { key: section.key, heading, paragraphs: section.narrative === "none" ? [] : paragraphsOf(report.narratives[section.key]), blocks };
  });
  return { title: reportTitle(report.unitName, report.year), unitName: report.unitName, year: report.year, preamble, sections };
}

export function printedTables(report: PrintedReport): PrintedTable[] {
  return report.sections.flatMap((s) => s.blocks.flatMap((b) => b.tables));
}

/**
 * A printed table with its merged cells expanded, as document.ts defines it for every reader: a cell
 * spanning n columns or rows appears n times.
 */
export function expandRows(table: PrintedTable): string[][] {
  const grid: string[][] = table.rows.map(() => []);
  table.rows.forEach((cells, r) => {
    let c = 0;
    for (const printed of cells) {
      while (grid[r][c] !== undefined) c++;
      for (let dr = 0; dr < printed.rowSpan; dr++) {
        for (let dc = 0; dc < printed.colSpan; dc++) {
          if (grid[r + dr]) grid[r + dr][c + dc] = printed.text;
        }
      }
      c += printed.colSpan;
    }
  });
  return grid.map((row) => Array.from({ length: table.columnCount }, (_, c) => row[c] ?? ""));
}

/** Where each printed cell starts, in grid columns: for renderers that place cells by position. */
export function cellOrigins(table: PrintedTable): { row: number; col: number; cell: PrintedCell }[][] {
  const taken: boolean[][] = table.rows.map(() => []);
  return table.rows.map((cells, r) => {
    let c = 0;
    return cells.map((printed) => {
      while (taken[r][c]) c++;
      for (let dr = 0; dr < printed.rowSpan; dr++) for (let dc = 0; dc < printed.colSpan; dc++) if (taken[r + dr]) taken[r + dr][c + dc] = true;
      const origin = { row: r, col: c, cell: printed };
      c += printed.colSpan;
      return origin;
    });
  });
}

/**
 * A table cut in two before body row `at` (an index into rows), as a person splits a Word table to start a
 * page: a cell spanning the cut keeps its text above it and continues below as an empty merged cell. The
 * second part may repeat the header rows.
 */
export function splitTable(table: PrintedTable, at: number, { repeatHeader }: { repeatHeader: boolean }): [PrintedTable, PrintedTable] {
  if (at <= table.headerRowCount || at >= table.rows.length) throw new Error(`Cannot split ${table.tableId} at row ${at}`);
  const origins = cellOrigins(table);
  const first: PrintedCell[][] = origins.slice(0, at).map((cells) => cells.map(({ row, cell: c }) => ({ ...c, rowSpan: Math.min(c.rowSpan, at - row) })));
  const below = origins.slice(at).map((cells) => cells.map((o) => ({ col: o.col, cell: { ...o.cell } })));
  // Cells from above the cut that reach below it continue as empty cells from the cut's row on.
  for (const cells of origins.slice(0, at)) {
    for (const { row, col, cell: c } of cells) {
      if (row + c.rowSpan > at) below[0].push({ col, cell: { ...c, text: "", rowSpan: row + c.rowSpan - at } });
    }
  }
  const second = below.map((cells) => cells.sort((a, b) => a.col - b.col).map((o) => o.cell));
  const header = repeatHeader ? first.slice(0, table.headerRowCount).map((cells) => cells.map((c) => ({ ...c }))) : [];
  return [
    { ...table, rows: first },
    { ...table, rows: [...header, ...second], headerRowCount: header.length },
  ];
}
