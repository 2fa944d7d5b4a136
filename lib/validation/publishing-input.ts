import { z } from "zod";

export const publishSchema = z.object({
  reportId: z.number().int().positive(),
  correctionNote: z.string().trim().max(2000, "更正说明不能超过 2000 字").optional(),
});

export const publishConsolidatedSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  correctionNote: z.string().trim().max(2000, "更正说明不能超过 2000 字").optional(),
});

export const correctionSchema = z.object({
  reportId: z.number().int().positive(),
  reason: z.string().trim().min(1, "请填写更正理由").max(2000, "理由不能超过 2000 字"),
});

export type PublishInput = z.infer<typeof publishSchema>;
export type PublishConsolidatedInput = z.infer<typeof publishConsolidatedSchema>;
export type CorrectionInput = z.infer<typeof correctionSchema>;
