import { z } from "zod";

const reportId = z.number().int().positive();
const reason = z.string().trim().min(1, "请填写理由").max(2000, "理由不能超过 2000 字");

export const commentSchema = z.object({
  reportId,
  target: z.enum(["cell", "section", "report"]),
  targetKey: z.string().max(100),
  text: z.string().trim().min(1, "请填写批注内容").max(2000, "批注不能超过 2000 字"),
});

export const explanationVerdictSchema = z.object({
  reportId,
  findingKey: z.string().min(1).max(2000),
  verdict: z.enum(["accepted", "rejected"]),
  note: z.string().trim().max(2000).optional(),
});

export const returnSchema = z.object({ reportId, reason });
export const reopenSchema = z.object({ reportId, reason });
export const approveSchema = z.object({ reportId });

export type CommentInput = z.infer<typeof commentSchema>;
export type ExplanationVerdictInput = z.infer<typeof explanationVerdictSchema>;
export type ReturnInput = z.infer<typeof returnSchema>;
export type ReopenInput = z.infer<typeof reopenSchema>;
