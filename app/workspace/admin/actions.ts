"use server";

import { runAction, WORKSPACE } from "@/lib/actions";
import { setGovernmentName } from "@/lib/dal/settings";
import type { ActionResult } from "@/lib/dal/types";
import { governmentNameSchema } from "@/lib/validation/settings-input";

export async function setGovernmentNameAction(input: { name: string }): Promise<ActionResult> {
  return runAction(governmentNameSchema, input, (user, data) => setGovernmentName(user, data.name), { revalidate: [WORKSPACE] });
}
