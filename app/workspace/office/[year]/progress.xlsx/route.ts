import { getDashboard } from "@/lib/dal/dashboard";
import { getCurrentUser } from "@/lib/dal/session";
import { buildProgressWorkbook, filterNote } from "@/lib/dashboard/progress-xlsx";
import { privateFileResponse, textResponse, XLSX_TYPE } from "@/lib/publishing/draft-download";
import { parseDashboardQuery, reportYearSchema } from "@/lib/validation/dashboard-input";

/** The dashboard's rows, with the filters and order of the page that links here, as an Excel file. */
export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return textResponse("请先登录。", 401);
  const year = reportYearSchema.safeParse((await params).year);
  if (!year.success) return textResponse("未找到该年度。", 404);
  const query = parseDashboardQuery(Object.fromEntries(new URL(request.url).searchParams));
  const now = Date.now();
  // getDashboard answers only office roles: anyone else gets the same "not found" as for the page.
  const dashboard = getDashboard(user, year.data, query, now);
  if (!dashboard) return textResponse("未找到该年度。", 404);
  const bytes = new Uint8Array(await buildProgressWorkbook(dashboard, now, filterNote(query)).xlsx.writeBuffer());
  return privateFileResponse(bytes, `${dashboard.year}年度各单位报送进度.xlsx`, XLSX_TYPE);
}
