import { latestPath } from "@/lib/publishing/report-paths";
import { listYearReports } from "@/lib/dal/publishing";
import { contentDisposition } from "@/lib/publishing/export-files";
import { yearDataCsv } from "@/lib/publishing/year-data-csv";

/** GET /reports/<year>/data.csv: every report published for the year, one row each (open data in bulk). */
export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }): Promise<Response> {
  const { year } = await params;
  const items = /^\d{4}$/.test(year) ? listYearReports(Number(year)) : [];
  if (items.length === 0) return new Response("该年度尚未发布报告。", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const csv = yearDataCsv(items.map((i) => ({ report: i.report, version: i.version, path: latestPath({ year: i.report.year, slug: i.slug }) })));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition(`${year}年度政府信息公开工作年度报告数据.csv`),
      // New publications show within minutes; the data itself never changes for a published version.
      "Cache-Control": "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
