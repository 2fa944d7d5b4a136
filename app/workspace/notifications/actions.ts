"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { markNotificationsRead, openNotification } from "@/lib/dal/notifications";
import { getCurrentUser } from "@/lib/dal/session";
import { notificationIdSchema } from "@/lib/validation/dashboard-input";

// Reachable by a direct POST: every query in the data layer is limited to the caller's own notices.

/** Form field "id" (one notice) or "all". */
export async function markReadAction(formData: FormData): Promise<void> {
  const user = await getCurrentUser();
  if (!user) redirect("/login?callbackUrl=%2Fworkspace%2Fnotifications");
  if (formData.get("id") === "all") {
    markNotificationsRead(user, "all");
  } else {
    const id = notificationIdSchema.safeParse(formData.get("id"));
    if (!id.success) return;
    markNotificationsRead(user, [id.data]);
  }
  // The bell in the layout shows the count: refresh every workspace page.
  revalidatePath("/workspace", "layout");
}

/** Opens a notice: marks it read and goes where it points (only paths inside the app). */
export async function openNotificationAction(formData: FormData): Promise<void> {
  const user = await getCurrentUser();
  if (!user) redirect("/login?callbackUrl=%2Fworkspace%2Fnotifications");
  const id = notificationIdSchema.safeParse(formData.get("id"));
  const target = id.success ? openNotification(user, id.data) : null;
  revalidatePath("/workspace", "layout");
  redirect(target?.link ?? "/workspace/notifications");
}
