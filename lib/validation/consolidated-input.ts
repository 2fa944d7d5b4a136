import { z } from "zod";
import { NARRATIVE_MAX_CHARS, cellChangeSchema } from "./report-input";

/** Shapes of what the consolidated report's forms send; parsed by the server actions before anything else happens. */

export const yearSchema = z.number().int().min(1990).max(2999);

const cellKeySchema = z.string().min(1).max(100);

export const officeEntriesSchema = z.object({
  year: yearSchema,
  changes: z.array(cellChangeSchema).min(1).max(500),
});

export const officeNarrativeSchema = z.object({
  year: yearSchema,
  sectionKey: z.string().min(1).max(40),
  text: z.string().max(NARRATIVE_MAX_CHARS, `正文不能超过 ${NARRATIVE_MAX_CHARS} 字`),
  baseRev: z.number().int().min(0),
});

export const OVERRIDE_REASON_MAX = 1000;

export const overrideSchema = z.object({
  year: yearSchema,
  key: cellKeySchema,
  /** As typed; parsed against the cell's kind by the data layer. */
  value: z.string().max(40),
  unit: z.enum(["元", "万元"]).optional(),
  reason: z
    .string()
    .trim()
    .min(1, "请填写调整理由：调整后的数与各单位合计不同，理由将随汇总报告保存")
    .max(OVERRIDE_REASON_MAX, `理由不能超过 ${OVERRIDE_REASON_MAX} 字`),
});

export const removeOverrideSchema = z.object({ year: yearSchema, key: cellKeySchema });

export type OfficeEntriesInput = z.infer<typeof officeEntriesSchema>;
export type OfficeNarrativeInput = z.infer<typeof officeNarrativeSchema>;
export type OverrideInputData = z.infer<typeof overrideSchema>;
export type RemoveOverrideInput = z.infer<typeof removeOverrideSchema>;
