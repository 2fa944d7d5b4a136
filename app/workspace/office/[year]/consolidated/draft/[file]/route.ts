import { consolidatedDraft } from "@/lib/dal/publishing";
import { getCurrentUser } from "@/lib/dal/session";
import { draftFileResponse, textResponse } from "@/lib/publishing/draft-download";
import { reportYearSchema } from "@/lib/validation/dashboard-input";

/** The consolidated report as it would be published now, for the leaders' sign-off before publishing. */
export async function GET(_request: Request, { params }: { params: Promise<{ year: string; file: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return textResponse("请先登录。", 401);
  const { year, file } = await params;
  const parsed = reportYearSchema.safeParse(year);
  return draftFileResponse(parsed.success ? consolidatedDraft(user, parsed.data) : null, file);
}
