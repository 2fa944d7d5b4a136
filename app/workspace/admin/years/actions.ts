"use server";

import { revalidatePath } from "next/cache";
import { addExpectedUnit, createNextYear, removeExpectedUnit, updateYear } from "@/lib/dal/admin-years";
import { getCurrentUser } from "@/lib/dal/session";
import type { ActionResult } from "@/lib/dal/types";
import {
  createNextYearSchema,
  expectedUnitSchema,
  parseInput,
  updateYearSchema,
  type CreateNextYearInput,
  type ExpectedUnitInput,
  type UpdateYearInput,
} from "@/lib/validation/admin-input";

const SIGNED_OUT = { ok: false as const, error: "登录已过期，请重新登录。", code: "auth" as const };

// Reachable by a direct POST from anyone: the data layer refuses everyone but an administrator.
// Years show on every office page and in units' report lists: revalidate the whole workspace.
export async function createNextYearAction(input: CreateNextYearInput): Promise<ActionResult<{ year: number; reports: number }>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = parseInput(createNextYearSchema, input);
  if (!parsed.ok) return parsed;
  const result = createNextYear(user, parsed.data);
  if (result.ok) revalidatePath("/workspace", "layout");
  return result;
}

export async function updateYearAction(input: UpdateYearInput): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = parseInput(updateYearSchema, input);
  if (!parsed.ok) return parsed;
  const result = updateYear(user, parsed.data);
  if (result.ok) revalidatePath("/workspace", "layout");
  return result;
}

export async function addExpectedUnitAction(input: ExpectedUnitInput): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = parseInput(expectedUnitSchema, input);
  if (!parsed.ok) return parsed;
  const result = addExpectedUnit(user, parsed.data);
  if (result.ok) revalidatePath("/workspace", "layout");
  return result;
}

export async function removeExpectedUnitAction(input: ExpectedUnitInput): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = parseInput(expectedUnitSchema, input);
  if (!parsed.ok) return parsed;
  const result = removeExpectedUnit(user, parsed.data);
  if (result.ok) revalidatePath("/workspace", "layout");
  return result;
}
