"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/dal/session";
import { setGovernmentName } from "@/lib/dal/settings";
import type { ActionResult } from "@/lib/dal/types";
import { governmentNameSchema } from "@/lib/validation/settings-input";

export async function setGovernmentNameAction(input: { name: string }): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "登录已过期，请重新登录。", code: "auth" };
  const parsed = governmentNameSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "输入有误", code: "invalid" };
  const result = setGovernmentName(user, parsed.data.name);
  if (result.ok) revalidatePath("/workspace", "layout");
  return result;
}
