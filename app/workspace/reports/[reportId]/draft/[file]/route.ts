import { workingCopy } from "@/lib/dal/report-import";
import { getCurrentUser } from "@/lib/dal/session";
import { draftFileResponse, textResponse } from "@/lib/publishing/draft-download";

/** The report as saved now: Word for internal sign-off, Excel to fill in offline and import again. */
export async function GET(_request: Request, { params }: { params: Promise<{ reportId: string; file: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return textResponse("请先登录。", 401);
  const { reportId, file } = await params;
  const id = Number(reportId);
  const report = Number.isSafeInteger(id) && id > 0 ? workingCopy(user, id) : null;
  return draftFileResponse(report, file, { xlsx: "填报稿" });
}
