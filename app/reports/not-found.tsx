import { PublicShell } from "@/components/public-report/public-shell";
import { reportsIndexPath } from "@/lib/publishing/report-paths";

export default function ReportNotFound() {
  return (
    <PublicShell>
      <h1 className="text-2xl font-bold">未找到该报告</h1>
      <p className="mt-3 leading-7 text-slate-700">该年度报告不存在或尚未发布，或该版本号不存在。</p>
      <p className="mt-6">
        <a href={reportsIndexPath} className="text-blue-800 underline underline-offset-2">查看全部已发布的年度报告</a>
      </p>
    </PublicShell>
  );
}
