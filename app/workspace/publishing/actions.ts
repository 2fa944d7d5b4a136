"use server";

import { revalidatePath, revalidateTag } from "next/cache";
import { after } from "next/server";
import { PUBLISHED_REPORTS_TAG } from "@/lib/publishing/published-data";
import { runAction, WORKSPACE } from "@/lib/actions";
import { publishConsolidated, publishUnitReport, reopenForCorrection, type Published } from "@/lib/dal/publishing";
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

/** Public pages are cached: a new version refreshes the list and the report's pages. */
function refreshPublic() {
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
  return runAction(publishSchema, input, (user, data) => publishUnitReport(user, data.reportId, data.correctionNote || null), { revalidate: refreshPublic });
}

export async function publishConsolidatedAction(input: PublishConsolidatedInput): Promise<ActionResult<Published>> {
  return runAction(publishConsolidatedSchema, input, (user, data) => publishConsolidated(user, data.year, data.correctionNote || null), { revalidate: refreshPublic });
}

export async function reopenForCorrectionAction(input: CorrectionInput): Promise<ActionResult> {
  return runAction(correctionSchema, input, (user, data) => reopenForCorrection(user, data.reportId, data.reason), { revalidate: [WORKSPACE] });
}
