"use server";

import { revalidatePath } from "next/cache";
import { saveCells, saveNarrative, type SaveCellsOutcome, type SaveNarrativeOutcome } from "@/lib/dal/report-save";
import { readImportFile } from "@/lib/dal/report-import";
import { saveExplanation, submitReport } from "@/lib/dal/report-submit";
import type { ImportedReport } from "@/lib/import/imported-report";
import { getCurrentUser } from "@/lib/dal/session";
import type { ActionResult } from "@/lib/dal/types";
import {
  parseImportForm,
  reportIdSchema,
  saveCellsSchema,
  saveExplanationSchema,
  saveNarrativeSchema,
  type SaveCellsInput,
  type SaveExplanationInput,
  type SaveNarrativeInput,
} from "@/lib/validation/report-input";

const SIGNED_OUT = { ok: false as const, error: "登录已过期，请重新登录后继续（已填写的内容仍保留在本页）。", code: "auth" as const };
const MALFORMED = { ok: false as const, error: "提交的数据格式不正确。", code: "invalid" as const };

// Reachable by a direct POST: each action checks the caller itself; the data layer checks the report.
export async function saveCellsAction(input: SaveCellsInput): Promise<ActionResult<SaveCellsOutcome>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = saveCellsSchema.safeParse(input);
  // Only the schema's own Chinese refusals (e.g. a cell named twice) are worth showing; zod's defaults are not.
  if (!parsed.success) return { ...MALFORMED, error: parsed.error.issues.find((i) => i.code === "custom")?.message ?? MALFORMED.error };
  return saveCells(user, parsed.data);
}

export async function saveNarrativeAction(input: SaveNarrativeInput): Promise<ActionResult<SaveNarrativeOutcome>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = saveNarrativeSchema.safeParse(input);
  if (!parsed.success) return { ...MALFORMED, error: parsed.error.issues[0]?.message ?? MALFORMED.error };
  return saveNarrative(user, parsed.data);
}

export async function saveExplanationAction(input: SaveExplanationInput): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = saveExplanationSchema.safeParse(input);
  if (!parsed.success) return { ...MALFORMED, error: parsed.error.issues[0]?.message ?? MALFORMED.error };
  return saveExplanation(user, parsed.data);
}

export async function submitReportAction(reportId: number): Promise<ReturnType<typeof submitReport>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = reportIdSchema.safeParse(reportId);
  if (!parsed.success) return MALFORMED;
  const result = submitReport(user, parsed.data);
  if (result.ok) {
    revalidatePath(`/workspace/reports/${parsed.data}`);
    revalidatePath("/workspace");
  }
  return result;
}

/** Reads a file offered for import and says what it holds; writes nothing. */
export async function readImportFileAction(form: FormData): Promise<ActionResult<ImportedReport>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  // Typed as FormData, but a direct POST can send anything: parseImportForm checks before reading it.
  const parsed = parseImportForm(form);
  if (!parsed.ok) return { ...MALFORMED, error: parsed.error };
  const { reportId, file } = parsed;
  return readImportFile(user, reportId, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
}
