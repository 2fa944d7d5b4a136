"use server";

import { z } from "zod";
import { firstIssue, runAction, WORKSPACE } from "@/lib/actions";
import { refreshPublic } from "@/lib/publishing/refresh-public";
import { createPastYear, importPastReport, previewPastImport, type PastImportPreview } from "@/lib/dal/past-import";
import type { ActionResult } from "@/lib/dal/types";
import { MALFORMED } from "@/lib/domain/refusals";

// Reachable by a direct POST: only a real FormData with a file passes; the data layer checks who may import what.
const fileOf = (form: unknown) => (form instanceof FormData ? form.get("file") : null);

const previewSchema = z.unknown().transform((form, ctx) => {
  const file = fileOf(form);
  if (file instanceof File) return { file };
  ctx.addIssue({ code: "custom", message: form instanceof FormData ? "请选择要导入的报告文件。" : MALFORMED });
  return z.NEVER;
});

const importSchema = z.unknown().transform((form, ctx) => {
  const file = fileOf(form);
  const fields = form instanceof FormData ? z.object({ unitId: z.coerce.number().int().positive(), year: z.coerce.number().int().min(2008).max(2100) }).safeParse({ unitId: form.get("unitId"), year: form.get("year") }) : null;
  if (file instanceof File && fields?.success) return { file, ...fields.data };
  ctx.addIssue({ code: "custom", message: fields && !fields.success ? "请为该文件选择单位和年度。" : MALFORMED });
  return z.NEVER;
});

const pastYearSchema = z.object({
  year: z.number().int(),
  formatVersion: z.string().min(1).max(20),
  localTables: z.array(z.string().min(1).max(20)).max(10),
});

const bytesOf = async (file: File) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });

/** Reads one published report and says what importing it would store; stores nothing. */
export async function previewPastImportAction(form: FormData): Promise<ActionResult<PastImportPreview>> {
  return runAction(previewSchema, form, async (user, { file }) => previewPastImport(user, await bytesOf(file)), { invalid: firstIssue(MALFORMED) });
}

/** Stores one published report as a unit's past-year report. */
export async function importPastReportAction(form: FormData): Promise<ActionResult<{ reportId: number; cells: number }>> {
  return runAction(importSchema, form, async (user, { file, unitId, year }) => importPastReport(user, { unitId, year, file: await bytesOf(file) }), {
    invalid: firstIssue(MALFORMED),
    // The unit's public page compares its years: an imported year joins the comparison.
    revalidate: () => refreshPublic(),
  });
}

export async function createPastYearAction(input: z.infer<typeof pastYearSchema>): Promise<ActionResult<{ year: number }>> {
  return runAction(pastYearSchema, input, createPastYear, { invalid: firstIssue(MALFORMED), revalidate: ["/workspace/import", WORKSPACE] });
}
