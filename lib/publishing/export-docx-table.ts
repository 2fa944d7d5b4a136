import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type { LayoutCell, TableLayoutModel } from "./export-layout";

/** One table of the report as a Word table: borders on every cell, merged headers and group labels. */

/** A4 text width in twips with the margins of export-docx (210 mm − 28 mm − 26 mm). */
export const TEXT_WIDTH = 8844;

const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "宋体" };

function columnWidths(model: TableLayoutModel): number[] {
  const { columnCount, labelColumns, table } = model;
  if (table.layout === "list") return [0.64, 0.1, 0.26].map((f) => Math.round(f * TEXT_WIDTH));
  if (labelColumns === 0) return Array.from({ length: columnCount }, () => Math.floor(TEXT_WIDTH / columnCount));
  const valueColumns = columnCount - labelColumns;
  const labelWidth = Math.round(TEXT_WIDTH * (labelColumns > 1 ? 0.42 : valueColumns > 2 ? 0.3 : 0.4));
  const groupWidth = 820;
  const leaf = labelWidth - groupWidth * (labelColumns - 1);
  const value = Math.floor((TEXT_WIDTH - labelWidth) / valueColumns);
  return [...Array.from({ length: labelColumns - 1 }, () => groupWidth), leaf, ...Array.from({ length: valueColumns }, () => value)];
}

function alignment(cell: LayoutCell) {
  if (cell.kind === "label") return AlignmentType.LEFT;
  if (cell.kind === "value") return AlignmentType.RIGHT;
  return AlignmentType.CENTER;
}

function cellOf(cell: LayoutCell, size: number, header: boolean): TableCell {
  return new TableCell({
    columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
    rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 60, right: 60, top: 20, bottom: 20 },
    shading: header ? { fill: "F2F2F2", color: "auto", type: "clear" } : undefined,
    children: [
      new Paragraph({
        alignment: alignment(cell),
        indent: cell.indent ? { left: cell.indent * size * 20 } : undefined,
        children: [new TextRun({ text: cell.text, size, font: FONT, bold: header && cell.kind !== "corner" })],
      }),
    ],
  });
}

export function docxTable(model: TableLayoutModel, caption: string | undefined): Table {
  const widths = columnWidths(model);
  // Wide tables (三: ten columns, 四: fifteen) print smaller to fit the A4 width.
  const size = model.columnCount > 6 ? 18 : 21;
  const rows: TableRow[] = [];
  if (caption) {
    rows.push(
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: [
          new TableCell({
            columnSpan: model.columnCount,
            margins: { left: 60, right: 60, top: 20, bottom: 20 },
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: caption, size, font: FONT, bold: true })] })],
          }),
        ],
      }),
    );
  }
  model.rows.forEach((cells, i) => {
    const header = i < model.headerRowCount;
    rows.push(new TableRow({ tableHeader: header, cantSplit: true, children: cells.map((c) => cellOf(c, size, header)) }));
  });
  return new Table({
    rows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    alignment: AlignmentType.CENTER,
  });
}
