"use server";

import { revalidatePath, revalidateTag } from "next/cache";
import { after } from "next/server";
import { PUBLISHED_REPORTS_TAG } from "@/components/public-report/published-data";
import { publishConsolidated, publishUnitReport, reopenForCorrection, type Published } from "@/lib/dal/publishing";
import { getCurrentUser } from "@/lib/dal/session";
import { invalidatePublicPageCache } from "@/lib/page-cache/invalidate";
import type { ActionResult } from "@/lib/dal/types";
import {
  correctionSchema,
  publishConsolidatedSchema,
  publishSchema,
  type CorrectionInput,
  type PublishConsolidatedInput,
  type PublishInput,
} from "@/lib/validation/publishing-input";

const SIGNED_OUT = { ok: false as const, error: "登录已过期，请重新登录。", code: "auth" as const };

/** Public pages are cached: a new version refreshes the list and the report's pages. */
function refreshPublic(_p: Published) {
  // Every public page: older versions now say they were replaced, the consolidated page's comparison grows.
  revalidatePath("/reports", "layout");
  revalidateTag(PUBLISHED_REPORTS_TAG, { expire: 0 });
  revalidatePath("/workspace", "layout");
  // The server's whole-page cache: cleared now, and again once Next has applied the revalidation above
  // (it does so as the action finishes), so that no page rendered in between outlives this publication.
  invalidatePublicPageCache();
  after(invalidatePublicPageCache);
}

export async function publishReportAction(input: PublishInput): Promise<ActionResult<Published>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = publishSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "输入有误", code: "invalid" };
  const result = publishUnitReport(user, parsed.data.reportId, parsed.data.correctionNote || null);
  if (result.ok) refreshPublic(result.data);
  return result;
}

export async function publishConsolidatedAction(input: PublishConsolidatedInput): Promise<ActionResult<Published>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = publishConsolidatedSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "输入有误", code: "invalid" };
  const result = publishConsolidated(user, parsed.data.year, parsed.data.correctionNote || null);
  if (result.ok) refreshPublic(result.data);
  return result;
}

export async function reopenForCorrectionAction(input: CorrectionInput): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = correctionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "输入有误", code: "invalid" };
  const result = reopenForCorrection(user, parsed.data.reportId, parsed.data.reason);
  if (result.ok) revalidatePath("/workspace", "layout");
  return result;
}
