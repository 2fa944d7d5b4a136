import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TextRun, type Table } from "docx";
import { docxTable } from "./export-docx-table";
import type { PublicationMeta } from "./export-json";
import { chineseDate } from "@/lib/format-date";
import { narrativeParagraphs, preambleText, sectionHeading, tableCaption, tableLayout } from "./export-layout";
import { snapshotTableBlocks } from "./report-model";
import type { PublishedReport } from "./snapshot";

/**
 * The Word document of a published version: what an office archives and forwards. A4 with the margins of
 * official documents, title, 编制说明, the six sections with their narrative and every table in the official
 * layout, and the publishing organisation and date at the end. Rendered from the snapshot alone.
 */

const BODY = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "仿宋_GB2312" };
const HEI = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "黑体" };
const TITLE = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "方正小标宋简体" };
/** 三号 (16 pt) body text; sizes are in half-points. */
const BODY_SIZE = 32;
const INDENT = { firstLine: BODY_SIZE * 20 };

function title(report: PublishedReport): Paragraph[] {
  const second = report.title.startsWith(report.organisation) ? report.title.slice(report.organisation.length) : "";
  const lines = second ? [report.organisation, second] : [report.title];
  return [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: { after: 400 },
      children: lines.map((text, i) => new TextRun({ text, bold: true, size: 44, font: TITLE, break: i > 0 ? 1 : undefined })),
    }),
  ];
}

function body(text: string, bold = false): Paragraph {
  return new Paragraph({ indent: INDENT, spacing: { line: 560, lineRule: "exact" }, children: [new TextRun({ text, bold })] });
}

/** A working copy (version 0) says so under its title: it is for review and sign-off, not the published text. */
function draftMark(meta: PublicationMeta): Paragraph[] {
  if (meta.version !== 0) return [];
  return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 300 }, children: [new TextRun({ text: "（送审稿，未发布）", font: BODY, size: BODY_SIZE })] })];
}

function correction(meta: PublicationMeta): Paragraph[] {
  if (meta.version <= 1) return [];
  const note = meta.correctionNote ? `更正说明：${meta.correctionNote}` : "";
  return [body(`本报告为第 ${meta.version} 版（更正版），取代此前发布的版本。${note}`)];
}

function preamble(report: PublishedReport): Paragraph[] {
  const text = preambleText(report);
  if (!text) return [];
  return [new Paragraph({ indent: INDENT, spacing: { line: 560, lineRule: "exact" }, children: [new TextRun({ text: "编制说明：", bold: true }), new TextRun(text)] })];
}

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph {
  return new Paragraph({ heading: level, indent: INDENT, spacing: { before: 120, after: 120 }, keepNext: true, children: [new TextRun({ text })] });
}

function sectionContent(report: PublishedReport): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const section of report.sections) {
    out.push(heading(sectionHeading(section), HeadingLevel.HEADING_1));
    for (const p of narrativeParagraphs(report.narratives[section.key])) out.push(body(p.text, p.subheading));
    for (const block of snapshotTableBlocks(report, section)) {
      if (block.heading) out.push(heading(block.heading, HeadingLevel.HEADING_2));
      for (const table of block.tables) {
        out.push(docxTable(tableLayout(report, table), tableCaption(table, block.heading)));
        out.push(new Paragraph({ children: [] }));
      }
    }
  }
  return out;
}

function closing(report: PublishedReport): Paragraph[] {
  const right = (text: string) => new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: BODY_SIZE * 20 }, children: [new TextRun(text)] });
  return [new Paragraph({ children: [] }), right(report.organisation), right(chineseDate(report.publishedOn))];
}

function versionWords(report: PublishedReport, meta: PublicationMeta): string {
  return meta.version === 0 ? `送审稿，${chineseDate(report.publishedOn)}导出，未发布` : `第 ${meta.version} 版，${chineseDate(report.publishedOn)}发布`;
}

function footer(report: PublishedReport, meta: PublicationMeta): Footer {
  const small = { size: 18, font: BODY };
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ ...small, text: `${report.title}（${versionWords(report, meta)}）  第 ` }),
          new TextRun({ ...small, children: [PageNumber.CURRENT] }),
          new TextRun({ ...small, text: " 页，共 " }),
          new TextRun({ ...small, children: [PageNumber.TOTAL_PAGES] }),
          new TextRun({ ...small, text: " 页" }),
        ],
      }),
    ],
  });
}

export function buildDocx(report: PublishedReport, meta: PublicationMeta): Document {
  return new Document({
    title: report.title,
    subject: "政府信息公开工作年度报告",
    creator: report.organisation,
    description: `${report.formatName}（${report.formatIssuedBy}），${versionWords(report, meta)}`,
    styles: {
      default: {
        document: { run: { font: BODY, size: BODY_SIZE } },
        title: { run: { font: TITLE, size: 44, bold: true, color: "000000" } },
        heading1: { run: { font: HEI, size: BODY_SIZE, bold: false, color: "000000" } },
        heading2: { run: { font: BODY, size: BODY_SIZE, bold: true, color: "000000" } },
      },
    },
    sections: [
      {
        properties: {
          // A4, with the margins of official documents (GB/T 9704: 37 / 35 / 28 / 26 mm).
          page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474, footer: 992 } },
        },
        footers: { default: footer(report, meta) },
        children: [...title(report), ...draftMark(meta), ...correction(meta), ...preamble(report), ...sectionContent(report), ...closing(report)],
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function exportDocx(report: PublishedReport, meta: PublicationMeta): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(buildDocx(report, meta)));
}
