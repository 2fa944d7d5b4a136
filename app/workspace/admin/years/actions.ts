"use server";

import { issuesByField, runAction, WORKSPACE } from "@/lib/actions";
import { addExpectedUnit, createNextYear, removeExpectedUnit, updateYear } from "@/lib/dal/admin-years";
import type { ActionResult } from "@/lib/dal/types";
import {
  createNextYearSchema,
  expectedUnitSchema,
  updateYearSchema,
  type CreateNextYearInput,
  type ExpectedUnitInput,
  type UpdateYearInput,
} from "@/lib/validation/admin-input";

// Reachable by a direct POST from anyone: the data layer refuses everyone but an administrator.
// Years show on every office page and in units' report lists: revalidate the whole workspace.
const options = { invalid: issuesByField, revalidate: [WORKSPACE] };

export async function createNextYearAction(input: CreateNextYearInput): Promise<ActionResult<{ year: number; reports: number }>> {
  return runAction(createNextYearSchema, input, createNextYear, options);
}

export async function updateYearAction(input: UpdateYearInput): Promise<ActionResult> {
  return runAction(updateYearSchema, input, updateYear, options);
}

export async function addExpectedUnitAction(input: ExpectedUnitInput): Promise<ActionResult> {
  return runAction(expectedUnitSchema, input, addExpectedUnit, options);
}

export async function removeExpectedUnitAction(input: ExpectedUnitInput): Promise<ActionResult> {
  return runAction(expectedUnitSchema, input, removeExpectedUnit, options);
}
