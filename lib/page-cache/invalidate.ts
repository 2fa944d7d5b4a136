import { sharedPageCache } from "./page-cache";

/** Called wherever published content changes, beside Next's own revalidatePath. */
export function invalidatePublicPageCache(): void {
  sharedPageCache().clear();
}
