import { getDashboard } from "@/lib/dal/dashboard";
import { getCurrentUser } from "@/lib/dal/session";
import { buildProgressWorkbook, filterNote } from "@/lib/dashboard/progress-xlsx";
import { contentDisposition } from "@/lib/publishing/export-files";
import { parseDashboardQuery, reportYearSchema } from "@/lib/validation/dashboard-input";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** The dashboard's rows, with the filters and order of the page that links here, as an Excel file. */
export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return text("请先登录。", 401);
  const year = reportYearSchema.safeParse((await params).year);
  if (!year.success) return text("未找到该年度。", 404);
  const query = parseDashboardQuery(Object.fromEntries(new URL(request.url).searchParams));
  const now = Date.now();
  // getDashboard answers only office roles: anyone else gets the same "not found" as for the page.
  const dashboard = getDashboard(user, year.data, query, now);
  if (!dashboard) return text("未找到该年度。", 404);
  const bytes = new Uint8Array(await buildProgressWorkbook(dashboard, now, filterNote(query)).xlsx.writeBuffer());
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": contentDisposition(`${dashboard.year}年度各单位报送进度.xlsx`),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
