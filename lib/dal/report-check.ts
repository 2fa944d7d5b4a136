import "server-only";
import { getDb } from "@/db/client";
import { readUpload } from "@/lib/import/published/read-upload";
import { checkUpload, type CheckedUpload } from "./internal/uploaded-check";
import type { ActionResult, CurrentUser } from "./types";

export type { CheckedUpload } from "./internal/uploaded-check";

/**
 * 检查一份报告: any signed-in person uploads a report published outside the application (or a draft) and
 * gets every finding the checks raise, without anything being stored.
 */
export async function checkUploadedReport(user: CurrentUser, file: { name: string; bytes: Uint8Array }): Promise<ActionResult<CheckedUpload>> {
  const result = await readUpload(user.id, file);
  if (!result.ok) return { ok: false, error: result.problem, code: "invalid" };
  return { ok: true, data: checkUpload(getDb(), result.read, file.name) };
}
