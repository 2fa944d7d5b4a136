import { versionPath } from "@/lib/publishing/report-paths";
import { PrintButton } from "./print-button";
import { ReportCharts } from "./report-charts";
import { ReportDocument } from "./report-document";
import { findPublished, type ReportRouteParams } from "./report-page";
import { versionLine } from "./version-notice";

/** A version laid out for A4 (see app/reports/print.css): no site frame; a print button is the only script. */
export function PrintView({ params }: { params: ReportRouteParams }) {
  const { address, found } = findPublished(params);
  const current = found.versions.find((v) => v.version === found.version)!;
  return (
    <main className="print-view mx-auto max-w-[210mm] bg-white px-4 py-6 print:max-w-none print:px-0 print:py-0">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3 print:hidden">
        <a href={versionPath(address, found.version)} className="text-sm text-blue-800 underline underline-offset-2">返回报告页面</a>
        <div className="flex items-center gap-3">
          <span className="text-sm text-slate-700">在打印对话框中选择“另存为 PDF”即可保存 PDF 文件。</span>
          <PrintButton />
        </div>
      </div>
      <ReportDocument report={found.report} versionLine={versionLine(current, found.versions) || `第 ${found.version} 版`} />
      {found.version > 1 && current.correctionNote && <p className="mt-4 text-sm">更正说明：{current.correctionNote}</p>}
      {found.report.kind === "consolidated" && <ReportCharts report={found.report} />}
    </main>
  );
}
