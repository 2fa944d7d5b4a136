import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { after } from "next/server";
import { invalidatePublicPageCache } from "@/lib/page-cache/invalidate";
import { PUBLISHED_REPORTS_TAG } from "./published-data";

/**
 * Public pages are cached: anything they show that changed (a new version, a past year read in for the
 * comparison) refreshes the list and the reports' pages.
 */
export function refreshPublic() {
  // Every public page: older versions now say they were replaced, the comparisons grow.
  revalidatePath("/reports", "layout");
  revalidateTag(PUBLISHED_REPORTS_TAG, { expire: 0 });
  revalidatePath("/workspace", "layout");
  // The server's whole-page cache: cleared now, and again once Next has applied the revalidation above
  // (it does so as the action finishes), so that no page rendered in between outlives the change.
  invalidatePublicPageCache();
  after(invalidatePublicPageCache);
}
