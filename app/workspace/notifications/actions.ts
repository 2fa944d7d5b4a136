"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { runAction, WORKSPACE } from "@/lib/actions";
import { markNotificationsRead, openNotification } from "@/lib/dal/notifications";
import { notificationIdSchema } from "@/lib/validation/dashboard-input";

// Reachable by a direct POST: every query in the data layer is limited to the caller's own notices.
// These are plain form posts: a signed-out caller is sent to sign in, and the page is the answer.
const toLogin = () => redirect("/login?callbackUrl=%2Fworkspace%2Fnotifications");

/** Form field "id" (one notice) or "all". */
export async function markReadAction(formData: FormData): Promise<void> {
  await runAction(z.union([z.literal("all"), notificationIdSchema]), formData.get("id"), (user, id) => markNotificationsRead(user, id === "all" ? "all" : [id]), {
    signedOut: toLogin,
    // The bell in the layout shows the count: refresh every workspace page.
    revalidate: [WORKSPACE],
  });
}

/** Opens a notice: marks it read and goes where it points (only paths inside the app). */
export async function openNotificationAction(formData: FormData): Promise<void> {
  // An id that is not one opens nothing and lands on the list.
  const result = await runAction(notificationIdSchema.nullable().catch(null), formData.get("id"), (user, id) => ({ ok: true, data: id === null ? null : openNotification(user, id) }) as const, {
    signedOut: toLogin,
    revalidate: [WORKSPACE],
  });
  redirect((result.ok ? result.data?.link : undefined) ?? "/workspace/notifications");
}
