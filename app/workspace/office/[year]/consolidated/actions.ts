"use server";

import { firstIssue, malformed, runAction, signedOutAnswer, type ActionOptions } from "@/lib/actions";
import { removeOverride, saveOfficeEntries, saveOfficeNarrative, saveOverride, type SaveOfficeEntriesOutcome, type SaveOfficeNarrativeOutcome } from "@/lib/dal/consolidated-save";
import type { ActionResult } from "@/lib/dal/types";
import { MALFORMED, SIGNED_OUT_THEN_CONTINUE } from "@/lib/domain/refusals";
import {
  officeEntriesSchema,
  officeNarrativeSchema,
  overrideSchema,
  removeOverrideSchema,
  type OfficeEntriesInput,
  type OfficeNarrativeInput,
  type OverrideInputData,
  type RemoveOverrideInput,
} from "@/lib/validation/consolidated-input";

// Reachable by a direct POST: each action checks the caller; the data layer checks the role and the year.
const options = {
  signedOut: signedOutAnswer(SIGNED_OUT_THEN_CONTINUE),
  invalid: malformed,
  revalidate: ({ year }: { year: number }) => [{ layout: `/workspace/office/${year}/consolidated` }],
} satisfies ActionOptions<{ year: number }, ActionResult>;

export async function saveOverrideAction(input: OverrideInputData): Promise<ActionResult> {
  // A refused reason is marked beside its field.
  return runAction(overrideSchema, input, saveOverride, { ...options, invalid: firstIssue(MALFORMED, { field: "reason" }) });
}

export async function removeOverrideAction(input: RemoveOverrideInput): Promise<ActionResult> {
  return runAction(removeOverrideSchema, input, removeOverride, options);
}

export async function saveOfficeEntriesAction(input: OfficeEntriesInput): Promise<ActionResult<SaveOfficeEntriesOutcome>> {
  return runAction(officeEntriesSchema, input, saveOfficeEntries, options);
}

export async function saveOfficeNarrativeAction(input: OfficeNarrativeInput): Promise<ActionResult<SaveOfficeNarrativeOutcome>> {
  return runAction(officeNarrativeSchema, input, saveOfficeNarrative, { ...options, invalid: firstIssue(MALFORMED) });
}
