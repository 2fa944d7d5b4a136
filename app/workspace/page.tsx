import type { Metadata } from "next";
import Link from "next/link";
import { DeadlineStatus } from "@/components/ui/deadline-status";
import { StateBadge } from "@/components/ui/state-badge";
import { isOfficeRole } from "@/lib/access/report-access";
import { STATE_LABELS } from "@/lib/domain";
import { listOwnReports } from "@/lib/dal/report-read";
import { awaitingSignoff } from "@/lib/dal/report-handover";
import { listYearOverview } from "@/lib/dal/year-overview";
import { requireUser } from "@/lib/dal/session";
import { formatDate, formatDateTime } from "@/lib/format-date";
import { formatVersions } from "@/lib/report-format";

export const metadata: Metadata = { title: "工作台" };

export default async function WorkspacePage() {
  const user = await requireUser("/workspace");
  if (isOfficeRole(user.role)) {
    const years = listYearOverview(user);
    return (
      <main className="mx-auto max-w-5xl px-4 py-8">
        <h1 className="text-2xl font-bold">各年度报送概况</h1>
        <p className="mt-1 text-sm text-slate-600">点击年度查看各单位的报送进度、检查结果和逾期情况，并发送催报提醒。</p>
        <table className="mt-4 w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="bg-slate-100">
              <th scope="col" className="border border-slate-300 px-3 py-2 text-left">年度</th>
              <th scope="col" className="border border-slate-300 px-3 py-2 text-left">格式</th>
              <th scope="col" className="border border-slate-300 px-3 py-2 text-left">单位报送截止</th>
              <th scope="col" className="border border-slate-300 px-3 py-2">应报单位</th>
              {Object.values(STATE_LABELS).map((l) => (
                <th key={l} scope="col" className="border border-slate-300 px-3 py-2">{l}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y.year}>
                <th scope="row" className="border border-slate-300 px-3 py-2 text-left">
                  <Link href={`/workspace/office/${y.year}`} className="text-blue-800 hover:underline">{y.year}年</Link>
                </th>
                <td className="border border-slate-300 px-3 py-2">{formatVersions[y.formatVersion]?.name}</td>
                <td className="border border-slate-300 px-3 py-2">{formatDate(y.unitDeadline)}</td>
                <td className="border border-slate-300 px-3 py-2 text-center">{y.expected}</td>
                {Object.keys(STATE_LABELS).map((s) => (
                  <td key={s} className="border border-slate-300 px-3 py-2 text-center tabular-nums">{y.byState[s] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </main>
    );
  }

  const reports = listOwnReports(user);
  const waiting = awaitingSignoff(user);
  return (
    <main className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-2xl font-bold">{user.unitName} · 年度报告</h1>
      {waiting.length > 0 && (
        <section aria-labelledby="awaiting-signoff" className="mt-4 rounded border border-blue-300 bg-blue-50 p-4">
          <h2 id="awaiting-signoff" className="font-semibold text-blue-950">待您签发（{waiting.length}）</h2>
          <ul className="mt-2 space-y-1 text-sm">
            {waiting.map((w) => (
              <li key={w.reportId}>
                <Link href={`/workspace/reports/${w.reportId}`} className="font-medium text-blue-800 underline">
                  {w.unitName}{w.year}年政府信息公开工作年度报告
                </Link>
                ：{w.byName ?? "填报员"}于 {formatDateTime(w.handoverAt)} 送签发
              </li>
            ))}
          </ul>
        </section>
      )}
      {reports.length === 0 && <p className="mt-4 text-slate-600">本单位暂无需要填报的年度报告。</p>}
      <ul className="mt-4 space-y-3">
        {reports.map((r) => (
          <li key={r.id} className="flex flex-wrap items-center justify-between gap-3 rounded border border-slate-200 bg-white p-4">
            <div>
              <div className="flex items-center gap-2">
                <Link href={`/workspace/reports/${r.id}`} className="text-lg font-semibold text-blue-800 hover:underline">
                  {r.mergedUnitName ?? ""}
                  {r.year}年政府信息公开工作年度报告
                </Link>
                {r.mergedUnitName && <span className="text-sm text-slate-600">（已并入本单位，只读）</span>}
                <StateBadge state={r.state} />
              </div>
              <p className="mt-1 text-sm text-slate-600">
                {formatVersions[r.formatVersion]?.name}格式 · 报送截止 {formatDate(r.unitDeadline)}
                {!r.mergedUnitName && <DeadlineStatus daysLeft={r.daysLeft} state={r.state} />}
                {r.updatedAt ? ` · 最近修改 ${formatDateTime(r.updatedAt)}` : ""}
              </p>
            </div>
            <div className="w-48">
              <div className="text-right text-sm text-slate-700">表格已填 {r.filled}/{r.total} 格</div>
              <div className="mt-1 h-2 rounded bg-slate-200" aria-hidden="true">
                <div className="h-2 rounded bg-brand-600" style={{ width: `${r.total ? Math.round((r.filled / r.total) * 100) : 0}%` }} />
              </div>
            </div>
          </li>
        ))}
      </ul>
    </main>
  );
}
