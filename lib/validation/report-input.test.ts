import { describe, expect, it } from "vitest";
import { narrativeProblem, parseImportForm, saveCellsSchema, saveExplanationSchema } from "./report-input";

describe("saveCellsSchema", () => {
  const change = (key: string, value: string) => ({ key, value, baseRev: 0 });

  it("accepts a batch of distinct cells", () => {
    const r = saveCellsSchema.safeParse({ reportId: 1, sinceVersion: 0, changes: [change("t3.a.b", "1"), change("t3.a.c", "2")] });
    expect(r.success).toBe(true);
  });

  it("refuses a batch that names the same cell twice, saying which", () => {
    const r = saveCellsSchema.safeParse({
      reportId: 1,
      sinceVersion: 0,
      changes: [change("t3.a.b", "1"), change("t3.a.c", "2"), change("t3.a.b", "3")],
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues).toHaveLength(1);
    expect(r.error.issues[0].message).toBe("同一次保存中单元格“t3.a.b”出现了不止一次，未保存。请刷新页面后重试。");
  });
});

describe("narrativeProblem", () => {
  it.each([
    ["plain Chinese with paragraphs and a tab", "（一）主动公开情况\n\t本年度主动公开信息 1,234 条。"],
    ["characters beyond the BMP (a surrogate pair)", "𠀀字与表情😀"],
    ["a zero-width joiner and a no-break space", "a\u200db\u00a0c"],
  ])("accepts %s", (_, text) => {
    expect(narrativeProblem(text)).toBeNull();
  });

  it.each([
    ["NUL", "a\u0000b"],
    ["DEL", "a\u007fb"],
    ["a C1 control (U+0080)", "a\u0080b"],
    ["a C1 control (U+009F)", "a\u009fb"],
  ])("refuses %s as a control character", (_, text) => {
    expect(narrativeProblem(text)).toBe("正文含有无法识别的控制字符，请删除后再保存。");
  });

  it.each(["202A", "202B", "202C", "202D", "202E", "2066", "2067", "2068", "2069"])("refuses the bidi control U+%s", (hex) => {
    const ch = String.fromCharCode(parseInt(hex, 16));
    expect(narrativeProblem(`金额${ch}0001`)).toBe("正文含有改变文字方向的隐藏控制字符，请删除后再保存。");
  });

  it.each([
    ["a lone high surrogate", "a\ud800b"],
    ["a lone low surrogate", "a\udc00b"],
    ["a high surrogate at the end", "结尾\ud83d"],
  ])("refuses %s: not well-formed Unicode", (_, text) => {
    expect(narrativeProblem(text)).toBe("正文含有无法识别的字符（编码不完整），请删除后再保存。");
  });
});

describe("saveExplanationSchema", () => {
  const input = (text: string) => ({ reportId: 1, findingKey: "k", checkId: "C-1", text });

  it("accepts plain text", () => {
    expect(saveExplanationSchema.safeParse(input("因机构改革，数据口径调整。")).success).toBe(true);
  });

  it.each(["a\u0000b", "a\u007fb", "a\u0085b", "a\u202eb", "a\ud800b"])("refuses %j like a narrative", (text) => {
    const r = saveExplanationSchema.safeParse(input(text));
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0].message).toMatch(/^说明含有/);
  });
});

describe("parseImportForm", () => {
  const MALFORMED = { ok: false, error: "提交的数据格式不正确。" };

  it.each([
    ["null", null],
    ["undefined", undefined],
    ["a string", "reportId=1"],
    ["a number", 1],
    ["an array", [1, 2]],
    ["a plain object", { reportId: 1, file: "x" }],
    ["an object with a get that is not FormData's", { get: () => "1" }],
  ])("answers %s without throwing", (_, value) => {
    expect(parseImportForm(value)).toEqual(MALFORMED);
  });

  it("reads a FormData with a report id and a file", () => {
    const form = new FormData();
    form.set("reportId", "7");
    form.set("file", new File([new Uint8Array([1, 2, 3])], "报告.xlsx"));
    const r = parseImportForm(form);
    expect(r.ok).toBe(true);
    if (r.ok) expect([r.reportId, r.file.name, r.file.size]).toEqual([7, "报告.xlsx", 3]);
  });

  it("asks for a file when the FormData has none", () => {
    const form = new FormData();
    form.set("reportId", "7");
    expect(parseImportForm(form)).toEqual({ ok: false, error: "请选择要导入的文件。" });
  });
});
