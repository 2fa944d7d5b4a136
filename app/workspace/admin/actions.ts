"use server";

import { runAction } from "@/lib/actions";
import { setGovernmentName, setSiteInfo } from "@/lib/dal/settings";
import { refreshPublic } from "@/lib/publishing/refresh-public";
import type { ActionResult } from "@/lib/dal/types";
import { governmentNameSchema, siteInfoSchema, type SiteInfoInput } from "@/lib/validation/settings-input";

export async function setGovernmentNameAction(input: { name: string }): Promise<ActionResult> {
  // The public site's header shows the name too.
  return runAction(governmentNameSchema, input, (user, data) => setGovernmentName(user, data.name), { revalidate: () => refreshPublic() });
}

/** The public site's footer: every public page shows it, so they are refreshed. */
export async function setSiteInfoAction(input: SiteInfoInput): Promise<ActionResult> {
  return runAction(siteInfoSchema, input, setSiteInfo, { revalidate: () => refreshPublic() });
}
