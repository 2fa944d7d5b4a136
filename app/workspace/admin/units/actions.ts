"use server";

import { issuesByField, runAction, WORKSPACE } from "@/lib/actions";
import { mergeUnit, type MergeOutcome } from "@/lib/dal/admin-unit-merge";
import { createUnit, setUnitActive, updateUnit } from "@/lib/dal/admin-units";
import type { ActionResult } from "@/lib/dal/types";
import { refreshPublic } from "@/lib/publishing/refresh-public";
import {
  createUnitSchema,
  mergeUnitSchema,
  setUnitActiveSchema,
  updateUnitSchema,
  type CreateUnitInput,
  type MergeUnitInput,
  type SetUnitActiveInput,
  type UpdateUnitInput,
} from "@/lib/validation/admin-input";

// Reachable by a direct POST from anyone: the data layer refuses everyone but an administrator.
const options = { invalid: issuesByField, revalidate: [WORKSPACE] };

export async function createUnitAction(input: CreateUnitInput): Promise<ActionResult<{ id: number }>> {
  return runAction(createUnitSchema, input, createUnit, options);
}

// The public list orders and groups units by their 机构序列 and kind: it is refreshed with them.
export async function updateUnitAction(input: UpdateUnitInput): Promise<ActionResult> {
  return runAction(updateUnitSchema, input, updateUnit, { ...options, revalidate: () => refreshPublic() });
}

export async function setUnitActiveAction(input: SetUnitActiveInput): Promise<ActionResult> {
  return runAction(setUnitActiveSchema, input, setUnitActive, options);
}

export async function mergeUnitAction(input: MergeUnitInput): Promise<ActionResult<MergeOutcome>> {
  return runAction(mergeUnitSchema, input, mergeUnit, options);
}
