"use server";

import { z } from "zod";
import { firstIssue, runAction } from "@/lib/actions";
import { checkUploadedReport, type CheckedUpload } from "@/lib/dal/report-check";
import type { ActionResult } from "@/lib/dal/types";
import { MALFORMED } from "@/lib/domain/refusals";

// Typed as FormData, but a direct POST can send anything: only a real FormData with a file passes.
const checkFormSchema = z.unknown().transform((form, ctx) => {
  const file = form instanceof FormData ? form.get("file") : null;
  if (file instanceof File) return { file };
  ctx.addIssue({ code: "custom", message: form instanceof FormData ? "请选择要检查的报告文件。" : MALFORMED });
  return z.NEVER;
});

/** 检查一份报告: reads the file and returns every finding; stores nothing. */
export async function checkReportFileAction(form: FormData): Promise<ActionResult<CheckedUpload>> {
  return runAction(checkFormSchema, form, async (user, { file }) => checkUploadedReport(user, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }), {
    invalid: firstIssue(MALFORMED),
  });
}
