import type { FixtureReport } from "./fixture-report";
import { printReport, type PrintedCell, type PrintedTable, type PrintVariants } from "./print-layout";

/**
 * A report as government sites publish it: the body a content system produced from a Word paste (inline
 * styles, <p><span> inside cells, &nbsp; for blanks, merged headers as rowspan/colspan), and the site frame
 * around it (nested layout tables, navigation, breadcrumbs, footer).
 */

export interface HtmlOptions {
  variants?: PrintVariants;
  /** Header rows in <thead> (a browser then repeats them on every printed page). */
  thead?: boolean;
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A cell's text: blanks as &nbsp; (what an editor leaves in an empty cell), line breaks as <br>. */
function cellHtml(text: string): string {
  if (!text.trim()) return "&nbsp;";
  return text.split("\n").map(escape).join("<br>");
}

const CELL_STYLE = "border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt";

function tdHtml(cell: PrintedCell): string {
  const spans = `${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ""}${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ""}`;
  const align = cell.role === "label" ? "left" : "center";
  const bold = cell.role === "caption" || cell.role === "header";
  const inner = `<span style="font-size:10.5pt;font-family:宋体">${cellHtml(cell.text)}</span>`;
  return `<td${spans} valign="middle" style="${CELL_STYLE}"><p align="${align}" style="text-align:${align};margin:0">${bold ? `<b>${inner}</b>` : inner}</p></td>`;
}

function tableHtml(table: PrintedTable, thead: boolean): string {
  const rows = table.rows.map((cells) => `<tr>${cells.map(tdHtml).join("")}</tr>`);
  const head = thead ? `<thead>${rows.slice(0, table.headerRowCount).join("\n")}</thead>` : "";
  const body = `<tbody>${rows.slice(thead ? table.headerRowCount : 0).join("\n")}</tbody>`;
  return `<table border="1" cellspacing="0" cellpadding="0" width="100%" style="width:100.0%;border-collapse:collapse;border:none">\n${head}${body}\n</table>`;
}

const paragraph = (text: string) => `<p style="text-indent:2em;line-height:2;margin:0">${escape(text)}</p>`;
const heading = (text: string) => `<p style="text-indent:2em;line-height:2;margin:0"><strong><span style="font-family:黑体">${escape(text)}</span></strong></p>`;

/** The report's article body: title, 编制说明, sections with their narrative and tables. */
export function renderReportHtml(report: FixtureReport, options: HtmlOptions = {}): string {
  const printed = printReport(report, options.variants);
  const out: string[] = [
    `<div class="TRS_Editor"><div class="Custom_UnionStyle">`,
    `<p align="center" style="text-align:center;line-height:1.6"><b><span style="font-size:18pt;font-family:宋体">${escape(printed.unitName)}<br>${printed.year}年政府信息公开工作年度报告</span></b></p>`,
    ...printed.preamble.map(paragraph),
  ];
  for (const section of printed.sections) {
    out.push(heading(section.heading), ...section.paragraphs.map(paragraph));
    for (const block of section.blocks) {
      if (block.heading) out.push(heading(block.heading));
      for (const table of block.tables) out.push(tableHtml(table, options.thead ?? false), `<p style="margin:0">&nbsp;</p>`);
    }
  }
  out.push(`</div></div>`);
  return out.join("\n");
}

export interface GovSiteOptions {
  charset: "utf-8" | "gb2312";
  /** The article title shown above the body and in <title>. */
  title: string;
  siteName?: string;
  publishedOn?: string;
}

/**
 * The article inside a government site's page: layout tables nested three deep, navigation links,
 * breadcrumbs, a metadata line with full-width spaces, and the footer with 主办单位 / 网站标识码 / ICP备案.
 */
export function renderGovSitePage(bodyHtml: string, { charset, title, siteName = "宁波市北仑区人民政府", publishedOn = "2021-01-28" }: GovSiteOptions): string {
  const nav = ["首页", "政务公开", "政务服务", "互动交流", "走进北仑"].map((n, i) => `<td align="center"><a href="/col/col${1000 + i}/index.html" style="color:#fff;font-size:16px">${n}</a></td>`).join("");
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html>
<head>
<meta charset="${charset}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${escape(title)}</title>
<meta name="SiteName" content="${escape(siteName)}">
<meta name="ArticleTitle" content="${escape(title)}">
<style type="text/css">body{margin:0;font-family:"Microsoft YaHei",宋体}.bt_link{color:#333}</style>
</head>
<body>
<table width="1200" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td height="120" style="background:#c00"><span style="font-size:32px;color:#fff">&nbsp;&nbsp;${escape(siteName)}</span></td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0" style="background:#a00"><tr>${nav}</tr></table></td></tr>
<tr><td>
  <table width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr><td height="40" style="font-size:14px">当前位置：<a href="/" class="bt_link">首页</a>&nbsp;&gt;&nbsp;<a href="/col/col1001/index.html" class="bt_link">政务公开</a>&nbsp;&gt;&nbsp;<a href="/col/col1620/index.html" class="bt_link">政府信息公开年报</a></td></tr>
  <tr><td>
    <table width="100%" border="0" cellspacing="0" cellpadding="20" style="border:1px solid #ddd">
    <tr><td align="center" style="font-size:24px;font-weight:bold;line-height:40px">${escape(title)}</td></tr>
    <tr><td align="center" style="font-size:13px;color:#666;border-bottom:1px dashed #ccc">发布时间：${publishedOn}　　来源：区政府办公室　　浏览次数：<script language="javascript">document.write("1024")</script>　　字号：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</td></tr>
    <tr><td style="font-size:16px;line-height:32px">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
${bodyHtml}
<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
    </td></tr>
    <tr><td align="right" style="font-size:14px">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
    </table>
  </td></tr>
  </table>
</td></tr>
<tr><td align="center" style="background:#eee;font-size:13px;line-height:26px;padding:10px">
主办单位：${escape(siteName)}办公室　　承办单位：宁波市北仑区大数据发展管理局<br>
网站标识码：3302060001　　<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备00000000号-1</a>　　<img src="/images/ga.png" alt="">浙公网安备 33020602000000号<br>
地址：宁波市北仑区新碶街道　　邮编：315800
</td></tr>
</table>
</body>
</html>
`;
}

/**
 * A bare page for printing the body to PDF, as a person saves a web page with 打印 → 另存为 PDF:
 * A4, one CJK face, each table row kept on one page.
 */
export function renderPrintDocument(bodyHtml: string, title: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escape(title)}</title>
<style>
@page { size: A4; margin: 20mm 18mm 22mm 18mm; }
/* One face for everything: Chromium embeds Noto CJK (CFF outlines) as Type3 glyph procedures, each face
   adding its own, and the fixture must stay small. */
body, td, span, b, strong { font-family: "Noto Sans CJK SC", sans-serif !important; font-weight: normal !important; }
body { font-size: 11pt; margin: 0; }
tr { page-break-inside: avoid; }
td span { font-size: 9pt !important; }
</style>
</head>
<body>
${bodyHtml}
</body>
</html>
`;
}
