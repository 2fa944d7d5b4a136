import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type { FixtureReport } from "./fixture-report";
import { printReport, splitTable, type PrintedCell, type PrintedTable, type PrintVariants } from "./print-layout";

/**
 * A report as the .docx a unit writes in Word: title, paragraphs, and tables with merged header cells
 * (columnSpan/rowSpan, written as gridSpan/vMerge). Table 三 can be cut in two with a page break between
 * the parts, as units do to keep it on pages of its own.
 */

export interface DocxOptions {
  variants?: PrintVariants;
  /** Cut table 三 before this row (a row key of the format), the second part after a page break. */
  splitTable3?: { beforeRow: string; repeatHeader: boolean };
}

const TEXT_WIDTH = 8844;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "宋体" };
const BODY = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "仿宋_GB2312" };

function widths(table: PrintedTable): number[] {
  const { columnCount, labelColumns } = table;
  if (labelColumns === 0) return Array.from({ length: columnCount }, () => Math.floor(TEXT_WIDTH / columnCount));
  if (table.tableId === "a") return [0.64, 0.1, 0.26].map((f) => Math.round(f * TEXT_WIDTH));
  const values = columnCount - labelColumns;
  const labelWidth = Math.round(TEXT_WIDTH * (labelColumns > 1 ? 0.42 : 0.34));
  const group = 800;
  const value = Math.floor((TEXT_WIDTH - labelWidth) / values);
  return [...Array.from({ length: labelColumns - 1 }, () => group), labelWidth - group * (labelColumns - 1), ...Array.from({ length: values }, () => value)];
}

function runs(text: string, size: number, bold: boolean): TextRun[] {
  return text.split("\n").map((line, i) => new TextRun({ text: line, size, font: FONT, bold, break: i > 0 ? 1 : undefined }));
}

function cellOf(cell: PrintedCell, size: number): TableCell {
  const header = cell.role === "header" || cell.role === "caption";
  return new TableCell({
    columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
    rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 60, right: 60, top: 20, bottom: 20 },
    children: [new Paragraph({ alignment: cell.role === "label" ? AlignmentType.LEFT : AlignmentType.CENTER, children: runs(cell.text, size, header) })],
  });
}

function docxTable(table: PrintedTable): Table {
  const size = table.columnCount > 6 ? 18 : 21;
  return new Table({
    rows: table.rows.map((cells, i) => new TableRow({ tableHeader: i < table.headerRowCount, cantSplit: true, children: cells.map((c) => cellOf(c, size)) })),
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths(table),
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    alignment: AlignmentType.CENTER,
  });
}

const body = (text: string) => new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560, lineRule: "exact" }, children: [new TextRun({ text, font: BODY, size: 32 })] });
const heading = (text: string) => new Paragraph({ indent: { firstLine: 640 }, keepNext: true, children: [new TextRun({ text, font: { ...BODY, eastAsia: "黑体" }, size: 32 })] });
const gap = () => new Paragraph({ children: [] });

function tableParts(table: PrintedTable, report: FixtureReport, options: DocxOptions): (Paragraph | Table)[] {
  const split = options.splitTable3;
  if (table.tableId !== "t3" || !split) return [docxTable(table), gap()];
  const rowIndex = report.format.tables.find((t) => t.id === "t3")!.rows.findIndex((r) => r.key === split.beforeRow);
  if (rowIndex < 0) throw new Error(`Table 三 has no row ${split.beforeRow}`);
  const [first, second] = splitTable(table, table.headerRowCount + rowIndex, { repeatHeader: split.repeatHeader });
  return [docxTable(first), new Paragraph({ children: [new PageBreak()] }), docxTable(second), gap()];
}

export function buildReportDocx(report: FixtureReport, options: DocxOptions = {}): Document {
  const printed = printReport(report, options.variants);
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 400 },
      children: [
        new TextRun({ text: printed.unitName, bold: true, size: 44, font: FONT }),
        new TextRun({ text: `${printed.year}年政府信息公开工作年度报告`, bold: true, size: 44, font: FONT, break: 1 }),
      ],
    }),
    ...printed.preamble.map(body),
  ];
  for (const section of printed.sections) {
    children.push(heading(section.heading), ...section.paragraphs.map(body));
    for (const block of section.blocks) {
      if (block.heading) children.push(heading(block.heading));
      for (const table of block.tables) children.push(...tableParts(table, report, options));
    }
  }
  return new Document({
    title: printed.title,
    creator: printed.unitName,
    styles: { default: { document: { run: { font: BODY, size: 32 } } } },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } }, children }],
  });
}

export async function renderReportDocx(report: FixtureReport, options: DocxOptions = {}): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(buildReportDocx(report, options)));
}
