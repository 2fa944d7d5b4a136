import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportCharts } from "@/components/public-report/report-charts";
import { ReportDocument } from "@/components/public-report/report-document";
import { consolidatedPublicationPreview, unitPublicationPreview } from "@/lib/dal/publication-preview";
import { requireUser } from "@/lib/dal/session";

export const metadata: Metadata = { title: "发布预览" };

const positiveInt = (s: string | string[] | undefined) => (typeof s === "string" && /^[1-9]\d{0,8}$/.test(s) ? Number(s) : null);

/**
 * The public page as publishing now would freeze it, opened from the publish confirmation:
 * ?report=<id> for a unit's report, ?year=<year> for the consolidated report.
 */
export default async function PublicationPreviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const user = await requireUser("/workspace/publishing/preview");
  const reportId = positiveInt(params.report);
  const year = positiveInt(params.year);
  const preview = reportId ? unitPublicationPreview(user, reportId) : year ? consolidatedPublicationPreview(user, year) : null;
  if (!preview) notFound();
  const { report, nextVersion } = preview;
  return (
    <main className="mx-auto max-w-5xl px-4 py-6">
      <div role="note" className="rounded border-2 border-dashed border-emerald-600 bg-emerald-50 px-4 py-3 text-sm text-emerald-950">
        <p className="font-semibold">发布预览（尚未发布）</p>
        <p className="mt-1">确认发布后，公开网站将显示以下内容，作为第 {nextVersion} 版；发布日期为发布当天。关闭本页后回到原页面确认或取消发布。</p>
      </div>
      <div className="mt-4">
        <ReportDocument report={report} undated />
      </div>
      {report.kind === "consolidated" && <ReportCharts report={report} />}
    </main>
  );
}
