"use server";

import { refreshPublic } from "@/lib/publishing/refresh-public";
import { runAction, WORKSPACE } from "@/lib/actions";
import { publishConsolidated, publishUnitReport, reopenForCorrection, type Published } from "@/lib/dal/publishing";
import type { ActionResult } from "@/lib/dal/types";
import {
  correctionSchema,
  publishConsolidatedSchema,
  publishSchema,
  type CorrectionInput,
  type PublishConsolidatedInput,
  type PublishInput,
} from "@/lib/validation/publishing-input";


export async function publishReportAction(input: PublishInput): Promise<ActionResult<Published>> {
  return runAction(publishSchema, input, (user, data) => publishUnitReport(user, data.reportId, data.correctionNote || null), { revalidate: refreshPublic });
}

export async function publishConsolidatedAction(input: PublishConsolidatedInput): Promise<ActionResult<Published>> {
  return runAction(publishConsolidatedSchema, input, (user, data) => publishConsolidated(user, data.year, data.correctionNote || null), { revalidate: refreshPublic });
}

export async function reopenForCorrectionAction(input: CorrectionInput): Promise<ActionResult> {
  return runAction(correctionSchema, input, (user, data) => reopenForCorrection(user, data.reportId, data.reason), { revalidate: [WORKSPACE] });
}
