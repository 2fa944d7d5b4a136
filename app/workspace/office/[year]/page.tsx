import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isOfficeRole } from "@/lib/access/report-access";
import { listApprovable } from "@/lib/dal/batch-approval";
import { getDashboard } from "@/lib/dal/dashboard";
import { requireUser } from "@/lib/dal/session";
import { deadlineWords } from "@/lib/deadlines";
import { formatDate } from "@/lib/format-date";
import { isMailEnabled } from "@/lib/mail/mailer";
import { formatVersions } from "@/lib/report-format";
import { dashboardSearch, parseDashboardQuery, reportYearSchema } from "@/lib/validation/dashboard-input";
import { BatchApproval } from "./_components/batch-approval";
import { DashboardFilters } from "./_components/dashboard-filters";
import { DashboardTable } from "./_components/dashboard-table";
import { ReminderForm } from "./_components/reminder-form";
import { StateCounts } from "./_components/state-counts";

export const metadata: Metadata = { title: "报送进度" };

export default async function OfficeDashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ year: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { year: yearParam } = await params;
  const basePath = `/workspace/office/${encodeURIComponent(yearParam)}`;
  const user = await requireUser(basePath);
  // The dashboard is the office's: anyone else sees "not found", as for any page they may not open.
  if (!isOfficeRole(user.role)) notFound();
  const year = reportYearSchema.safeParse(yearParam);
  if (!year.success) notFound();
  const query = parseDashboardQuery(await searchParams);
  const dashboard = getDashboard(user, year.data, query);
  if (!dashboard) notFound();

  return (
    <main className="mx-auto max-w-7xl px-4 py-6">
      <nav aria-label="位置" className="text-sm text-slate-600">
        <Link href="/workspace" className="text-blue-800 hover:underline">各年度报送概况</Link> / {dashboard.year}年度
      </nav>
      <div className="mt-2 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{dashboard.year}年度 各单位报送进度</h1>
        <Link href={`/workspace/office/${dashboard.year}/consolidated`} className="rounded border border-brand-600 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50">
          {dashboard.year}年度汇总报告（本级政府）
        </Link>
      </div>
      <p className="mt-1 text-sm text-slate-700">
        {formatVersions[dashboard.formatVersion]?.name}格式 · 单位报送截止 {formatDate(dashboard.unitDeadline)}（{deadlineWords(dashboard.daysLeft)}）·
        今天 {formatDate(dashboard.today)}
      </p>
      <StateCounts basePath={basePath} query={query} expected={dashboard.expected} counts={dashboard.counts} late={dashboard.late} />
      <BatchApproval year={dashboard.year} reports={listApprovable(user, dashboard.year)} />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <DashboardFilters basePath={basePath} query={query} />
        <a href={`${basePath}/progress.xlsx${dashboardSearch(query)}`} download className="mt-4 text-sm text-blue-800 underline">
          导出 Excel（当前筛选的 {dashboard.rows.length} 个单位）
        </a>
      </div>
      <div className="mt-6">
        <ReminderForm year={dashboard.year} mailEnabled={isMailEnabled()}>
          <DashboardTable rows={dashboard.rows} basePath={basePath} query={query} />
        </ReminderForm>
      </div>
    </main>
  );
}
