"use server";

import { revalidatePath } from "next/cache";
import { mergeUnit, type MergeOutcome } from "@/lib/dal/admin-unit-merge";
import { createUnit, setUnitActive, updateUnit } from "@/lib/dal/admin-units";
import { getCurrentUser } from "@/lib/dal/session";
import type { ActionResult } from "@/lib/dal/types";
import {
  createUnitSchema,
  mergeUnitSchema,
  parseInput,
  setUnitActiveSchema,
  updateUnitSchema,
  type CreateUnitInput,
  type MergeUnitInput,
  type SetUnitActiveInput,
  type UpdateUnitInput,
} from "@/lib/validation/admin-input";

const SIGNED_OUT = { ok: false as const, error: "登录已过期，请重新登录。", code: "auth" as const };

// Reachable by a direct POST from anyone: the data layer refuses everyone but an administrator.
export async function createUnitAction(input: CreateUnitInput): Promise<ActionResult<{ id: number }>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = parseInput(createUnitSchema, input);
  if (!parsed.ok) return parsed;
  const result = createUnit(user, parsed.data);
  if (result.ok) revalidatePath("/workspace", "layout");
  return result;
}

export async function updateUnitAction(input: UpdateUnitInput): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = parseInput(updateUnitSchema, input);
  if (!parsed.ok) return parsed;
  const result = updateUnit(user, parsed.data);
  if (result.ok) revalidatePath("/workspace", "layout");
  return result;
}

export async function setUnitActiveAction(input: SetUnitActiveInput): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = parseInput(setUnitActiveSchema, input);
  if (!parsed.ok) return parsed;
  const result = setUnitActive(user, parsed.data);
  if (result.ok) revalidatePath("/workspace", "layout");
  return result;
}

export async function mergeUnitAction(input: MergeUnitInput): Promise<ActionResult<MergeOutcome>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = parseInput(mergeUnitSchema, input);
  if (!parsed.ok) return parsed;
  const result = mergeUnit(user, parsed.data);
  if (result.ok) revalidatePath("/workspace", "layout");
  return result;
}
