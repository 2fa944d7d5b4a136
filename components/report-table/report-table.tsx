import type { CSSProperties, ReactNode } from "react";
import { cellKey, headerRows, labelDepth, listLines, rowGroupColumns, rowLabelCells, type SpanCell, type TableDef } from "@/lib/report-format";
import { cellHelpIds, colHelpId, rowHelpId } from "./help-ids";
import { HelpTip } from "./help-tip";
import { ScrollFrame } from "./scroll-frame";

/**
 * A table of the report in the official layout (spanning headers, group labels, indented 其中 rows).
 * What goes in a value cell is up to the caller: an input in the form, a number on a public page.
 * Labels carry the format's help (ⓘ); a cell is given the ids of its row's and column's help so the caller
 * can put them in the cell's aria-describedby.
 *
 * Wide tables (四 everywhere, every table on a phone) scroll inside their own box: the header rows stick to
 * its top and the label columns to its left. The table is border-separate because collapsed borders stay
 * behind when a sticky cell moves; each cell draws its right and bottom border, the leftmost and topmost cells their left and top (a table
 * border would scroll away from under the frozen column and the sticky header).
 */
export interface CellContext {
  /** Ids of the row and column help texts, for aria-describedby. */
  helpIds?: string;
}

export interface ReportTableProps {
  table: TableDef;
  renderCell: (key: string, context: CellContext) => ReactNode;
  caption?: string;
  /** What the scroll box is called when the table has no caption (三, 四): the section's title. */
  name?: string;
  /** The ⓘ help beside labels: for the people filling in and reviewing, not on the published page. */
  showHelp?: boolean;
}

/** The table as printed: the official layout has no help buttons in its headers. */
function withoutHelp(table: TableDef): TableDef {
  return { ...table, rows: table.rows.map(({ help: _h, ...r }) => r), columns: table.columns.map(({ help: _h, ...c }) => c) };
}

const th = "border-r border-b border-slate-400 bg-slate-100 px-2 py-1.5 text-center text-sm font-medium";
const rowTh = "border-r border-b border-slate-400 bg-white px-1.5 py-1.5 text-left text-xs font-normal sm:px-2 sm:text-sm";
const td = "border-r border-b border-slate-400 p-0 text-right align-middle";
// Frozen label columns: a group column is --group-w wide, so the label after n groups sticks at n × --group-w.
const frozen = "sticky z-10";
const groupCol = "w-(--group-w) min-w-(--group-w) max-w-(--group-w) text-center";
// --label-w (set on the table): the label column's least width, which is its width whenever the table is too
// wide for its box; spanning headers keep their words just right of the frozen columns (stickyAt).
const labelCol = "min-w-(--label-w) max-w-36 sm:max-w-none";

/** The ⓘ beside a label: the help's id (for aria-describedby), what it is about, and its text. */
type LabelHelp = { id: string; name: string; text?: string };

function Label({ label, help }: { label: string; help?: LabelHelp }) {
  return (
    <>
      {label}
      {help?.text && <HelpTip id={help.id} name={help.name} help={help.text} />}
    </>
  );
}

/** A spanning header (申请人情况, 四's 行政复议) keeps its words beside the frozen columns while its columns scroll under it. */
function StickyWords({ left, children }: { left: string; children: ReactNode }) {
  return <span className="sticky inline-block" style={{ left }}>{children}</span>;
}

function Span({
  cell,
  className,
  scope,
  style,
  help,
  stickyAt,
}: {
  cell: SpanCell;
  className: string;
  scope?: "col" | "colgroup" | "row" | "rowgroup";
  style?: CSSProperties;
  help?: LabelHelp;
  /** Where the words stick while the table scrolls sideways (a CSS length from the box's left edge). */
  stickyAt?: string;
}) {
  const words = <Label label={cell.label} help={help} />;
  return (
    <th scope={scope} colSpan={cell.colSpan > 1 ? cell.colSpan : undefined} rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined} className={className} style={style}>
      {stickyAt ? <StickyWords left={stickyAt}>{words}</StickyWords> : words}
    </th>
  );
}

/** A header cell over columns; a spanning one keeps its words at `stickyAt` while its columns scroll under it. */
function ColumnHeader({ cell, top, help, stickyAt }: { cell: SpanCell; top: boolean; help?: LabelHelp; stickyAt: string }) {
  return (
    <Span
      cell={cell}
      className={`${th} ${top ? "border-t" : ""}`}
      scope={cell.colSpan > 1 ? "colgroup" : "col"}
      help={help}
      stickyAt={cell.colSpan > 1 ? stickyAt : undefined}
    />
  );
}

const leftAt = (n: number): CSSProperties => ({ left: `calc(var(--group-w) * ${n})` });

function GridTable({ table, renderCell }: ReportTableProps) {
  const header = headerRows(table.columns);
  const depth = labelDepth(table.rows);
  const labels = rowLabelCells(table.rows);
  return (
    <>
      <thead className="sticky top-0 z-20">
        {header.map((cells, i) => (
          <tr key={i}>
            {i === 0 && (
              <th colSpan={depth} rowSpan={header.length} className={`${th} ${frozen} left-0 border-t border-l max-w-72 text-xs font-normal`}>
                {table.corner}
              </th>
            )}
            {cells.map((c, j) => {
              const col = c.leaf === undefined ? undefined : table.columns[c.leaf];
              const help = col && { id: colHelpId(table.id, col.key), name: col.label, text: col.help };
              return <ColumnHeader key={j} cell={c} top={i === 0} help={help} stickyAt={`calc(var(--group-w) * ${depth - 1} + var(--label-w) + 0.5rem)`} />;
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.rows.map((row, i) => {
          const bg = row.sumOf ? "bg-slate-50" : "bg-white";
          return (
            <tr key={row.key} className={row.sumOf ? "font-medium" : undefined}>
              {labels[i].map((c, j) => {
                const isLabel = j === labels[i].length - 1;
                // A row prints only the group cells whose run starts at it, always the innermost ones.
                const groups = row.groups?.length ?? 0;
                const level = isLabel ? groups : groups - (labels[i].length - 1) + j;
                return (
                  <Span
                    key={j}
                    cell={c}
                    scope={c.rowSpan > 1 ? "rowgroup" : "row"}
                    style={leftAt(level)}
                    className={`${rowTh} ${frozen} ${bg} ${isLabel ? labelCol : groupCol} ${level === 0 ? "border-l" : ""}`}
                    help={isLabel ? { id: rowHelpId(table.id, row.key), name: row.label, text: row.help } : undefined}
                  />
                );
              })}
              {table.columns.map((col) => (
                <td key={col.key} className={`${td} ${bg}`}>
                  {renderCell(cellKey(table, row.key, col.key), { helpIds: cellHelpIds(table, row.key, col.key) })}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </>
  );
}

function ListTable({ table, renderCell }: ReportTableProps) {
  return (
    <>
      <thead className="sticky top-0 z-20">
        <tr>
          <th scope="col" className={`${th} ${frozen} left-0 border-t border-l`}>{table.corner ?? "统计指标"}</th>
          <th scope="col" className={`${th} border-t w-16`}>单位</th>
          <th scope="col" className={`${th} border-t w-40`}>{table.columns[0]?.label ?? "统计数"}</th>
        </tr>
      </thead>
      <tbody>
        {listLines(table).map((line, i) =>
          line.type === "heading" ? (
            <tr key={`h${i}`}>
              <th scope="row" className={`${rowTh} ${frozen} left-0 border-l ${labelCol}`} style={{ paddingLeft: `${0.5 + line.indent * 1.5}rem` }}>{line.label}</th>
              <td className={`${td} px-2 text-center`}>——</td>
              <td className={td} />
            </tr>
          ) : (
            <tr key={line.row.key}>
              <th scope="row" className={`${rowTh} ${frozen} left-0 border-l ${labelCol}`} style={{ paddingLeft: `${0.5 + line.indent * 1.5}rem` }}>
                <Label label={line.row.label} help={{ id: rowHelpId(table.id, line.row.key), name: line.row.label, text: line.row.help }} />
              </th>
              <td className={`${td} px-2 text-center`}>{line.row.unit}</td>
              <td className={td}>
                {renderCell(cellKey(table, line.row.key, table.columns[0].key), { helpIds: cellHelpIds(table, line.row.key, table.columns[0].key) })}
              </td>
            </tr>
          ),
        )}
      </tbody>
    </>
  );
}

/** Table 四: one data row under three header rows; the row groups' names carry the row help, the leaves the column help. */
function RowGroupsTable({ table, renderCell }: ReportTableProps) {
  const columns = rowGroupColumns(table);
  const header = headerRows(columns);
  const rowByLabel = new Map(table.rows.map((r) => [r.label, r]));
  return (
    <>
      <thead className="sticky top-0 z-20">
        {header.map((cells, i) => (
          <tr key={i}>
            {i === 0 && (
              // Not in the printed table: a frozen first column, so the figures keep a name while 四 scrolls sideways.
              <th rowSpan={header.length} className={`${th} ${frozen} left-0 border-t border-l w-12 text-xs font-normal`}>
                <span className="sr-only">项目</span>
              </th>
            )}
            {cells.map((c, j) => {
              const col = c.leaf === undefined ? undefined : columns[c.leaf];
              const row = col ? undefined : rowByLabel.get(c.label);
              const help = col
                ? { id: colHelpId(table.id, col.key, col.rowKey), name: `${rowByLabel.get(col.groups!.at(-1)!)?.label ?? ""} · ${col.label}`, text: col.help }
                : row && { id: rowHelpId(table.id, row.key), name: row.label, text: row.help };
              return <ColumnHeader key={j} cell={c} top={i === 0} help={help} stickyAt="3.5rem" />;
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        <tr>
          <th scope="row" className={`${rowTh} ${frozen} left-0 border-l text-center text-xs`}>件数</th>
          {columns.map((col) => (
            <td key={`${col.rowKey}.${col.key}`} className={td}>
              {renderCell(cellKey(table, col.rowKey, col.key), { helpIds: cellHelpIds(table, col.rowKey, col.key) })}
            </td>
          ))}
        </tr>
      </tbody>
    </>
  );
}

export function ReportTable(props: ReportTableProps) {
  const { table, caption, name } = props;
  const shown = props.showHelp ? props : { ...props, table: withoutHelp(table) };
  const Body = table.layout === "list" ? ListTable : table.layout === "row-groups-as-columns" ? RowGroupsTable : GridTable;
  const title = caption ?? table.title;
  return (
    <ScrollFrame label={title || name || "数据表"}>
      <table className="w-full border-separate border-spacing-0 bg-white [--group-w:2.25rem] [--label-w:7rem] sm:[--group-w:5rem] sm:[--label-w:14rem]">
        {title && <caption className="mb-1 text-left text-sm font-semibold text-slate-700">{title}</caption>}
        <Body {...shown} />
      </table>
    </ScrollFrame>
  );
}
