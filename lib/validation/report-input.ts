import { z } from "zod";
import { MALFORMED } from "@/lib/domain/refusals";

/** Shapes of what the report editor sends; parsed by the server actions before anything else happens. */

export const cellChangeSchema = z.object({
  key: z.string().min(1).max(100),
  /** The text as the person typed it; "" clears the cell. Parsed against the cell's kind by the data layer. */
  value: z.string().max(40),
  unit: z.enum(["元", "万元"]).optional(),
  /** The rev of the cell the person's change is based on (0: never saved). */
  baseRev: z.number().int().min(0),
});

export const saveCellsSchema = z.object({
  reportId: z.number().int().positive(),
  /** The report version the editor last heard of: the answer carries others' changes since then. */
  sinceVersion: z.number().int().min(0),
  changes: z.array(cellChangeSchema).min(1).max(500).superRefine(refuseRepeatedKeys),
});

/**
 * One change per cell and batch: a key sent twice would be acknowledged twice and write two history rows
 * from the same old value, breaking the history chain. The editor never sends that; a crafted request might.
 */
function refuseRepeatedKeys(changes: readonly { key: string }[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  for (const [i, { key }] of changes.entries()) {
    if (seen.has(key)) {
      ctx.addIssue({ code: "custom", path: [i, "key"], message: `同一次保存中单元格“${key}”出现了不止一次，未保存。请刷新页面后重试。` });
      return;
    }
    seen.add(key);
  }
}

export type CellChange = z.infer<typeof cellChangeSchema>;
export type SaveCellsInput = z.infer<typeof saveCellsSchema>;

export const NARRATIVE_MAX_CHARS = 30000;

export const saveNarrativeSchema = z.object({
  reportId: z.number().int().positive(),
  sectionKey: z.string().min(1).max(40),
  text: z.string().max(NARRATIVE_MAX_CHARS, `正文不能超过 ${NARRATIVE_MAX_CHARS} 字`),
  baseRev: z.number().int().min(0),
});

export type SaveNarrativeInput = z.infer<typeof saveNarrativeSchema>;

const HTML_TAG = /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>/i;
/** C0 controls except tab and line ends, DEL, and the C1 controls: invisible, and break the Word download. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Bidi embeddings, overrides and isolates: they make text read differently from what is stored ("Trojan Source"). */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True when the text is valid Unicode: a lone surrogate would be stored as U+FFFD, not as sent. */
function wellFormed(text: string): boolean {
  const s = text as string & { isWellFormed?: () => boolean };
  return typeof s.isWellFormed === "function" ? s.isWellFormed() : !LONE_SURROGATE.test(text);
}

/** Characters a person cannot see or that would not be stored as sent; `what` names the text in the message. */
export function hiddenCharacterProblem(text: string, what: "正文" | "说明"): string | null {
  if (!wellFormed(text)) return `${what}含有无法识别的字符（编码不完整），请删除后再保存。`;
  if (CONTROL.test(text)) return `${what}含有无法识别的控制字符，请删除后再保存。`;
  if (BIDI.test(text)) return `${what}含有改变文字方向的隐藏控制字符，请删除后再保存。`;
  return null;
}

/** Narratives are plain text: markup pasted from web pages or editors is refused, never stored. */
export function narrativeProblem(text: string): string | null {
  if (HTML_TAG.test(text)) return "正文为纯文本，不能包含 HTML 标记（如 <p>、<br>），请删除后再保存。";
  return hiddenCharacterProblem(text, "正文");
}

export function normalizeNarrative(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

export const saveExplanationSchema = z.object({
  reportId: z.number().int().positive(),
  findingKey: z.string().min(1).max(2000),
  checkId: z.string().min(1).max(40),
  text: z
    .string()
    .max(2000, "说明不能超过 2000 字")
    .superRefine((text, ctx) => {
      const problem = hiddenCharacterProblem(text, "说明");
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
});

export type SaveExplanationInput = z.infer<typeof saveExplanationSchema>;

export const reportIdSchema = z.number().int().positive();

/** 签发提交: the report and the version its approver previewed and signed. */
export const signOffSchema = z.object({ reportId: z.number().int().positive(), version: z.number().int().min(0) });

/** The approver's 退回填报员, with the note the editor will read at the top of the report. */
export const handBackSchema = z.object({
  reportId: z.number().int().positive(),
  note: z.string().trim().min(1, "请写明退回的原因，填报员将在报告顶部看到。").max(1000, "退回说明不能超过 1000 字"),
});

/** A file offered for import into a report (read, not saved: see lib/dal/report-import.ts). */
export const importFileSchema = z.object({
  reportId: z.coerce.number().int().positive(),
  file: z.instanceof(File, { message: "请选择要导入的文件。" }),
});


/**
 * The import action's argument, read safely: a direct POST can send anything (a string, an object with its own
 * `get`), and only a real FormData holds a file.
 */
export function parseImportForm(form: unknown): { ok: true; reportId: number; file: File } | { ok: false; error: string } {
  if (!(form instanceof FormData)) return { ok: false, error: MALFORMED };
  const parsed = importFileSchema.safeParse({ reportId: form.get("reportId"), file: form.get("file") });
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? MALFORMED };
  return { ok: true, ...parsed.data };
}
