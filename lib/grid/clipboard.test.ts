import { describe, expect, it } from "vitest";
import { isBlock, parseClipboard, parseHtmlTable, parseTsv } from "./clipboard";

describe("parseTsv", () => {
  it("reads rows and tabs, ignoring the trailing newline", () => {
    expect(parseTsv("3\t1\t0\n4\t5\t6\n")).toEqual([["3", "1", "0"], ["4", "5", "6"]]);
  });
  it("reads Windows CRLF line ends", () => {
    expect(parseTsv("3\r\n1\r\n0\r\n")).toEqual([["3"], ["1"], ["0"]]);
  });
  it("keeps empty cells in place, including at the ends of a row", () => {
    expect(parseTsv("\t2\t\r\n1\t\t3\r\n")).toEqual([["", "2", ""], ["1", "", "3"]]);
  });
  it("reads quoted cells with tabs, newlines and doubled quotes inside", () => {
    expect(parseTsv('"a\tb"\t"line1\nline2"\t"say ""hi"""\r\n')).toEqual([["a\tb", "line1\nline2", 'say "hi"']]);
  });
  it("keeps a quote that does not open a quoted cell", () => {
    expect(parseTsv('5"\t"6\n')).toEqual([['5"', '"6']]);
  });
  it("a single value is one cell", () => {
    expect(parseTsv("12")).toEqual([["12"]]);
    expect(isBlock(parseTsv("12\r\n"))).toBe(false);
    expect(isBlock(parseTsv("1\t2"))).toBe(true);
  });
});

// As Excel for Windows writes it (trimmed): conditional comments, a style block, x:num attributes.
const EXCEL = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style><!--td{mso-number-format:General}--></style></head>
<body link="#0563C1"><!--StartFragment--><table border=0 cellpadding=0 cellspacing=0 width=432>
 <col width=72 span=6>
 <tr height=19>
  <td height=19 align=right width=72 x:num>3</td>
  <td align=right width=72 x:num>1</td>
  <td class=xl65></td>
 </tr>
 <tr height=19>
  <td height=19 align=right x:num="1234">1,234</td>
  <td align=right x:num>0</td>
  <td align=right x:num>&nbsp;7&nbsp;</td>
 </tr>
<!--EndFragment--></table></body></html>`;

// As WPS writes it: th cells, <br> in a cell, &nbsp; fillers, merged cells.
const WPS = `<meta charset="utf-8"><table><tbody>
<tr><td rowspan="2">合并</td><td colspan="2">12</td><td>&nbsp;</td></tr>
<tr><td>1<br>2</td><td>&amp;3</td><td>4</td></tr>
</tbody></table>`;

describe("parseHtmlTable", () => {
  it("reads an Excel table: empty cells stay, &nbsp; is a space, styles and comments are ignored", () => {
    expect(parseHtmlTable(EXCEL)).toEqual([["3", "1", ""], ["1,234", "0", "7"]]);
  });
  it("reads a WPS table with merged cells, <br> and entities", () => {
    expect(parseHtmlTable(WPS)).toEqual([
      ["合并", "12", "", ""],
      ["", "1\n2", "&3", "4"],
    ]);
  });
  it("is null without a table", () => {
    expect(parseHtmlTable("<p>12</p>")).toBeNull();
  });
});

describe("parseClipboard", () => {
  it("prefers the HTML table, else the plain text", () => {
    expect(parseClipboard("x", EXCEL)[0]).toEqual(["3", "1", ""]);
    expect(parseClipboard("1\t2\r\n", "")).toEqual([["1", "2"]]);
    expect(parseClipboard("1\t2\r\n", "<b>1 2</b>")).toEqual([["1", "2"]]);
  });
});
