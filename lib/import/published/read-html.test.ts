import { Document, Packer, PageBreak, Paragraph, Table, TableCell, TableRow } from "docx";
import { describe, expect, it } from "vitest";
import { decodeText } from "./decode-text";
import { mapDocument } from "./map-document";
import { readDocx } from "./read-docx";
import { readHtml } from "./read-html";

const PAGE = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>年度报告</title>
<style>td{font-size:14px}</style><script>var a = "<table>";</script></head><body>
<table width="1000"><tr><td><a href="/">首页</a> &gt; <a href="/zwgk">政府信息公开年度报告</a></td></tr>
<tr><td><table><tr><td class="content">
  <p style="text-align:center">区某某局</p><p>2020年政府信息公开工作年度报告</p>
  <p>一、总体情况</p><p>&nbsp;&nbsp;本年度，我局<span>认真</span>落实条例。<br>二是加强平台建设。</p>
  <p>二、主动公开政府信息情况</p>
  <table border="1"><tr><td colspan="4">第二十条第（一）项</td></tr>
    <tr><td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td><td>对外公开总数量</td></tr>
    <tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr><tr><td>规范性文件</td><td>&nbsp;</td><td>5</td><td>30</td></tr></table>
  <p>三、收到和处理政府信息公开申请情况</p>
  <table border="1">
    <tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
    <tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
    <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
    <tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>7</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>8</td></tr>
    <tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>5</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>6</td></tr>
    <tr><td rowspan="1">（三）不予公开</td><td>1.属于国家秘密</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
  </table>
  <p>六、其他需要报告的事项</p><p>无。</p>
</td></tr></table></td></tr>
<tr><td>主办单位：区人民政府办公室　网站标识码：3302060000　浙ICP备00000000号</td></tr></table></body></html>`;

describe("readHtml", () => {
  it("finds the report inside the page's layout tables, without the page furniture", () => {
    const r = mapDocument(readHtml(PAGE));
    expect(r.unitName).toBe("区某某局");
    expect(r.narratives.one).toBe("本年度，我局认真落实条例。\n二是加强平台建设。");
    expect(r.narratives.six).toBe("无。");
  });

  it("expands merged cells so values line up with their headers", () => {
    const r = mapDocument(readHtml(PAGE));
    expect(r.cells["t3.received.natural"]).toMatchObject({ value: "7", source: { column: "自然人" } });
    expect(r.cells["t3.received.commercial"]).toMatchObject({ value: "1", source: { column: "商业企业" } });
    expect(r.cells["t3.received.total"]).toMatchObject({ value: "8", derived: true });
    expect(r.cells["t3.granted.natural"]).toMatchObject({ value: "5", source: { row: "三、本年度办理结果 / （一）予以公开" } });
    expect(r.cells["t3.denied.secret.natural"]).toMatchObject({ value: "0" });
    expect(r.cells["b1.normative.made"]).toMatchObject({ value: null, source: { raw: "" } });
    expect(r.unmapped).toEqual([]);
  });

  it("decodes a page by its declared GB2312 charset", () => {
    // "<meta charset=gb2312>宁波" in GBK bytes.
    const bytes = new Uint8Array([...new TextEncoder().encode("<meta charset=gb2312>"), 0xc4, 0xfe, 0xb2, 0xa8]);
    expect(decodeText(bytes)).toEqual({ text: "<meta charset=gb2312>宁波", encoding: "gb18030" });
    expect(decodeText(new Uint8Array([0xc4, 0xfe, 0xb2, 0xa8]))).toEqual({ text: "宁波", encoding: "gb18030", inferred: true });
    expect(decodeText(new TextEncoder().encode("宁波"))).toEqual({ text: "宁波", encoding: "utf-8" });
  });
});

const cell = (text: string, opts: { columnSpan?: number; rowSpan?: number } = {}) => new TableCell({ children: [new Paragraph(text)], ...opts });
const row = (...cells: TableCell[]) => new TableRow({ children: cells });

describe("readDocx", () => {
  it("reads Word's merged cells and a table 三 split in two at a page break", async () => {
    const header = [
      row(cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", { columnSpan: 3, rowSpan: 3 }), cell("申请人情况", { columnSpan: 7 })),
      row(cell("自然人", { rowSpan: 2 }), cell("法人或其他组织", { columnSpan: 5 }), cell("总计", { rowSpan: 2 })),
      row(cell("商业企业"), cell("科研机构"), cell("社会公益组织"), cell("法律服务机构"), cell("其他")),
    ];
    const values = (label: string, ...v: string[]) => row(cell(label, { columnSpan: 3 }), ...v.map((x) => cell(x)));
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph("区某某局2021年政府信息公开工作年度报告"),
            new Paragraph("三、收到和处理政府信息公开申请情况"),
            new Table({ rows: [...header, values("一、本年新收政府信息公开申请数量", "3", "1", "0", "0", "0", "0", "4")] }),
            new Paragraph({ children: [new PageBreak()] }),
            new Table({ rows: [values("二、上年结转政府信息公开申请数量", "1", "0", "0", "0", "0", "0", "1")] }),
          ],
        },
      ],
    });
    const read = await readDocx(new Uint8Array(await Packer.toBuffer(doc)));
    if (!read.ok) throw new Error(read.problem);
    const r = mapDocument(read.document);
    expect(r.year).toBe(2021);
    expect(r.cells["t3.received.commercial"]).toMatchObject({ value: "1", source: { table: "第 1 个表格", column: "商业企业" } });
    // The second part has no header of its own: its values are placed in order, as the first part's columns.
    expect(r.cells["t3.carriedOver.natural"]).toMatchObject({ value: "1", source: { table: "第 2 个表格" } });
    expect(r.cells["t3.carriedOver.total"]).toMatchObject({ value: "1", derived: true });
  });

  it("refuses a file that is not a Word document", async () => {
    expect(await readDocx(new TextEncoder().encode("not a zip"))).toEqual({ ok: false, problem: "无法读取该文件：不是有效的 Word（.docx）文件。旧版 Word（.doc）请先另存为 .docx。" });
  });
});
