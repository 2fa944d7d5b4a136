import type { ReactNode } from "react";
import {
  cellKey,
  headerRows,
  labelDepth,
  listLines,
  rowGroupColumns,
  rowLabelCells,
  type SpanCell,
  type TableDef,
} from "@/lib/report-format";

/**
 * A table of the report in the official layout (spanning headers, group labels, indented 其中 rows).
 * What goes in a value cell is up to the caller: an input in the form, a number on a public page.
 */
export interface ReportTableProps {
  table: TableDef;
  renderCell: (key: string) => ReactNode;
  caption?: string;
}

const th = "border border-slate-400 bg-slate-100 px-2 py-1.5 text-center text-sm font-medium";
const rowTh = "border border-slate-400 bg-white px-2 py-1.5 text-left text-sm font-normal";
const td = "border border-slate-400 p-0 text-right align-middle";

function Span({ cell, className, scope }: { cell: SpanCell; className: string; scope?: "col" | "colgroup" | "row" | "rowgroup" }) {
  return (
    <th scope={scope} colSpan={cell.colSpan > 1 ? cell.colSpan : undefined} rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined} className={className}>
      {cell.label}
    </th>
  );
}

function GridTable({ table, renderCell }: ReportTableProps) {
  const header = headerRows(table.columns);
  const depth = labelDepth(table.rows);
  const labels = rowLabelCells(table.rows);
  return (
    <>
      <thead>
        {header.map((cells, i) => (
          <tr key={i}>
            {i === 0 && <th colSpan={depth} rowSpan={header.length} className={`${th} max-w-72 text-xs font-normal`}>{table.corner}</th>}
            {cells.map((c, j) => <Span key={j} cell={c} className={th} scope={c.colSpan > 1 ? "colgroup" : "col"} />)}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={row.key} className={row.sumOf ? "bg-slate-50 font-medium" : undefined}>
            {labels[i].map((c, j) => <Span key={j} cell={c} scope={c.rowSpan > 1 ? "rowgroup" : "row"} className={`${rowTh} ${c.rowSpan > 1 ? "w-20 text-center" : "min-w-56"}`} />)}
            {table.columns.map((col) => <td key={col.key} className={td}>{renderCell(cellKey(table, row.key, col.key))}</td>)}
          </tr>
        ))}
      </tbody>
    </>
  );
}

function ListTable({ table, renderCell }: ReportTableProps) {
  return (
    <>
      <thead>
        <tr>
          <th scope="col" className={th}>{table.corner ?? "统计指标"}</th>
          <th scope="col" className={`${th} w-16`}>单位</th>
          <th scope="col" className={`${th} w-40`}>{table.columns[0]?.label ?? "统计数"}</th>
        </tr>
      </thead>
      <tbody>
        {listLines(table).map((line, i) =>
          line.type === "heading" ? (
            <tr key={`h${i}`}>
              <th scope="row" className={rowTh} style={{ paddingLeft: `${0.5 + line.indent * 1.5}rem` }}>{line.label}</th>
              <td className={`${td} px-2 text-center`}>——</td>
              <td className={td} />
            </tr>
          ) : (
            <tr key={line.row.key}>
              <th scope="row" className={rowTh} style={{ paddingLeft: `${0.5 + line.indent * 1.5}rem` }}>{line.row.label}</th>
              <td className={`${td} px-2 text-center`}>{line.row.unit}</td>
              <td className={td}>{renderCell(cellKey(table, line.row.key, table.columns[0].key))}</td>
            </tr>
          ),
        )}
      </tbody>
    </>
  );
}

function RowGroupsTable({ table, renderCell }: ReportTableProps) {
  const columns = rowGroupColumns(table);
  return (
    <>
      <thead>
        {headerRows(columns).map((cells, i) => (
          <tr key={i}>{cells.map((c, j) => <Span key={j} cell={c} className={th} scope={c.colSpan > 1 ? "colgroup" : "col"} />)}</tr>
        ))}
      </thead>
      <tbody>
        <tr>
          {columns.map((col) => (
            <td key={`${col.rowKey}.${col.key}`} className={td}>{renderCell(cellKey(table, col.rowKey, col.key))}</td>
          ))}
        </tr>
      </tbody>
    </>
  );
}

export function ReportTable(props: ReportTableProps) {
  const { table, caption } = props;
  const Body = table.layout === "list" ? ListTable : table.layout === "row-groups-as-columns" ? RowGroupsTable : GridTable;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white">
        {(caption ?? table.title) && <caption className="mb-1 text-left text-sm font-semibold text-slate-700">{caption ?? table.title}</caption>}
        <Body {...props} />
      </table>
    </div>
  );
}
