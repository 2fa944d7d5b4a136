import { z } from "zod";

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
  changes: z.array(cellChangeSchema).min(1).max(500),
});

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

/** Narratives are plain text: markup pasted from web pages or editors is refused, never stored. */
export function narrativeProblem(text: string): string | null {
  if (/<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>/i.test(text)) return "正文为纯文本，不能包含 HTML 标记（如 <p>、<br>），请删除后再保存。";
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text)) return "正文含有无法识别的控制字符，请删除后再保存。";
  return null;
}

export function normalizeNarrative(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

export const saveExplanationSchema = z.object({
  reportId: z.number().int().positive(),
  findingKey: z.string().min(1).max(2000),
  checkId: z.string().min(1).max(40),
  text: z.string().max(2000, "说明不能超过 2000 字"),
});

export type SaveExplanationInput = z.infer<typeof saveExplanationSchema>;

export const reportIdSchema = z.number().int().positive();

/** A file offered for import into a report (read, not saved: see lib/dal/report-import.ts). */
export const importFileSchema = z.object({
  reportId: z.coerce.number().int().positive(),
  file: z.instanceof(File, { message: "请选择要导入的文件。" }),
});
