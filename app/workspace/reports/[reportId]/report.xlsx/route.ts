import { workingCopy } from "@/lib/dal/report-import";
import { getCurrentUser } from "@/lib/dal/session";
import { contentDisposition } from "@/lib/publishing/export-files";
import { exportXlsx } from "@/lib/publishing/export-xlsx";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** The report as saved now, as an Excel workbook to fill in offline and import again. */
export async function GET(_request: Request, { params }: { params: Promise<{ reportId: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return text("请先登录。", 401);
  const id = Number((await params).reportId);
  const report = Number.isSafeInteger(id) && id > 0 ? workingCopy(user, id) : null;
  if (!report) return text("未找到该报告，或您无权访问。", 404);
  const bytes = await exportXlsx(report, { version: 0 });
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": contentDisposition(`${report.title}（填报稿）.xlsx`),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
