"use server";

import { z } from "zod";
import { customIssueOrMalformed, firstIssue, malformed, runAction, signedOutAnswer } from "@/lib/actions";
import { saveCells, saveNarrative, type SaveCellsOutcome, type SaveNarrativeOutcome } from "@/lib/dal/report-save";
import { readImportFile } from "@/lib/dal/report-import";
import { saveExplanation, submitReport } from "@/lib/dal/report-submit";
import { handBack, handOver } from "@/lib/dal/report-handover";
import type { ImportedReport } from "@/lib/import/imported-report";
import type { ActionResult } from "@/lib/dal/types";
import { MALFORMED, SIGNED_OUT_DRAFT_KEPT } from "@/lib/domain/refusals";
import {
  handBackSchema,
  parseImportForm,
  signOffSchema,
  reportIdSchema,
  saveCellsSchema,
  saveExplanationSchema,
  saveNarrativeSchema,
  type SaveCellsInput,
  type SaveExplanationInput,
  type SaveNarrativeInput,
} from "@/lib/validation/report-input";

// Reachable by a direct POST: each action checks the caller itself; the data layer checks the report.
// Saves refresh nothing: the editor holds the draft and reads back what each save returns.
const signedOut = signedOutAnswer(SIGNED_OUT_DRAFT_KEPT);

// Typed as FormData, but a direct POST can send anything: parseImportForm checks before reading it.
const importFormSchema = z.unknown().transform((form, ctx) => {
  const parsed = parseImportForm(form);
  if (parsed.ok) return parsed;
  ctx.addIssue({ code: "custom", message: parsed.error });
  return z.NEVER;
});

export async function saveCellsAction(input: SaveCellsInput): Promise<ActionResult<SaveCellsOutcome>> {
  // Only the schema's own Chinese refusals (e.g. a cell named twice) are worth showing; zod's defaults are not.
  return runAction(saveCellsSchema, input, saveCells, { signedOut, invalid: customIssueOrMalformed });
}

export async function saveNarrativeAction(input: SaveNarrativeInput): Promise<ActionResult<SaveNarrativeOutcome>> {
  return runAction(saveNarrativeSchema, input, saveNarrative, { signedOut, invalid: firstIssue(MALFORMED) });
}

export async function saveExplanationAction(input: SaveExplanationInput): Promise<ActionResult> {
  return runAction(saveExplanationSchema, input, saveExplanation, { signedOut, invalid: firstIssue(MALFORMED) });
}

export async function submitReportAction(input: { reportId: number; version: number }): Promise<ReturnType<typeof submitReport>> {
  return runAction(signOffSchema, input, (user, { reportId, version }) => submitReport(user, reportId, version), {
    signedOut,
    invalid: malformed,
    revalidate: ({ reportId }) => [`/workspace/reports/${reportId}`, "/workspace"],
  });
}

/** Reads a file offered for import and says what it holds; writes nothing. */
export async function readImportFileAction(form: FormData): Promise<ActionResult<ImportedReport>> {
  return runAction(importFormSchema, form, async (user, { reportId, file }) => readImportFile(user, reportId, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }), {
    signedOut,
    invalid: firstIssue(MALFORMED),
  });
}

/** 填写完成，送签发: the editor hands the draft to the unit's approver. */
export async function handOverAction(reportId: number): Promise<ActionResult<{ errors: number; warnings: number }>> {
  return runAction(reportIdSchema, reportId, handOver, { invalid: malformed, revalidate: (id) => [`/workspace/reports/${id}`, "/workspace"] });
}

/** 退回填报员: the approver sends the draft back with a note. */
export async function handBackAction(input: { reportId: number; note: string }): Promise<ActionResult> {
  return runAction(handBackSchema, input, handBack, { invalid: firstIssue(MALFORMED), revalidate: (data) => [`/workspace/reports/${data.reportId}`, "/workspace"] });
}
