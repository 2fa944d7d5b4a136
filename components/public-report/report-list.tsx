import type { PublicationSummary } from "@/lib/dal/publishing";
import { chineseDate } from "@/lib/format-date";
import { latestPath, reportsIndexPath } from "@/lib/publishing/report-paths";

const collator = new Intl.Collator("zh-CN");
const linkClass = "text-blue-800 underline underline-offset-2 hover:text-blue-950";

/** The search form: a plain GET form (?q=&year=), filtered on the server; works without JavaScript. */
export function ReportSearch({ q, year, years }: { q: string; year: number | null; years: number[] }) {
  return (
    <form role="search" aria-label="查找年度报告" action={reportsIndexPath} method="get" className="flex flex-wrap items-end gap-3 rounded border border-slate-300 bg-white p-4">
      <div className="flex min-w-56 flex-1 flex-col gap-1">
        <label htmlFor="q" className="text-sm font-medium">单位名称</label>
        <input id="q" name="q" type="search" defaultValue={q} maxLength={50} placeholder="如：教育局、新碶街道" className="rounded border border-slate-500 px-3 py-2" />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="year" className="text-sm font-medium">年度</label>
        <select id="year" name="year" defaultValue={year ? String(year) : ""} className="rounded border border-slate-500 bg-white px-3 py-2">
          <option value="">全部年度</option>
          {years.map((y) => <option key={y} value={y}>{y}年</option>)}
        </select>
      </div>
      <button type="submit" className="rounded bg-brand-600 px-5 py-2 font-medium text-white hover:bg-brand-700">搜索</button>
      {(q || year) && <a href={reportsIndexPath} className={`${linkClass} py-2 text-sm`}>清除条件</a>}
    </form>
  );
}

/** The government's own groups, in the order its site lists them: departments, then subdistricts. */
const GROUPS: { kind: PublicationSummary["unitKind"]; heading: string }[] = [
  { kind: "agency", heading: "政府部门" },
  { kind: "subdistrict", heading: "街道" },
];

/** Published reports grouped by year (newest first): the consolidated report, then each group in the official sequence (机构序列). */
export function ReportList({ reports }: { reports: PublicationSummary[] }) {
  const years = [...new Set(reports.map((r) => r.year))].sort((a, b) => b - a);
  return (
    <div className="mt-6 space-y-8">
      {/* Many years make a long page: each is one step away, with its count. */}
      {years.length > 1 && (
        <nav aria-label="按年度查看" className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
          {years.map((year) => (
            <a key={year} href={`#year-${year}`} className={linkClass}>
              {year}年度（{reports.filter((r) => r.year === year).length} 份）
            </a>
          ))}
        </nav>
      )}
      {years.map((year) => {
        const ofYear = reports.filter((r) => r.year === year);
        const consolidated = ofYear.filter((r) => r.kind === "consolidated");
        const units = ofYear.filter((r) => r.kind === "unit").sort((a, b) => a.sortOrder - b.sortOrder || collator.compare(a.organisation, b.organisation));
        return (
          <section key={year} aria-labelledby={`year-${year}`} className="rounded border border-slate-300 bg-white p-4 sm:p-6">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id={`year-${year}`} className="text-xl font-bold">{year}年度</h2>
              <a href={`${reportsIndexPath}/${year}/data.csv`} download className={`${linkClass} text-sm`}>
                下载本年度全部报告数据（CSV，开放数据）
              </a>
            </div>
            {consolidated.length > 0 && (
              <>
                <h3 className="mt-4 font-semibold text-slate-800">本级政府报告</h3>
                <ul className="mt-2 space-y-1">
                  {consolidated.map((r) => (
                    <li key={r.slug}>
                      <a href={latestPath(r)} className={`${linkClass} text-lg font-medium`}>{r.title}</a>
                      <Meta report={r} />
                    </li>
                  ))}
                </ul>
              </>
            )}
            {GROUPS.map((group) => {
              const ofGroup = units.filter((r) => r.unitKind === group.kind);
              if (ofGroup.length === 0) return null;
              return (
                <div key={group.kind}>
                  <h3 className="mt-5 font-semibold text-slate-800">{group.heading}（{ofGroup.length} 份）</h3>
                  <ul className="mt-2 grid gap-x-6 gap-y-1.5 sm:grid-cols-2 lg:grid-cols-3">
                    {ofGroup.map((r) => (
                      <li key={r.slug}>
                        <a href={latestPath(r)} className={linkClass}>{r.organisation}</a>
                        {r.version > 1 && <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-900">更正版</span>}
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}

function Meta({ report }: { report: PublicationSummary }) {
  return (
    <span className="ml-2 text-sm text-slate-700">
      {chineseDate(report.publishedOn)}发布{report.version > 1 ? `（更正版，第 ${report.version} 版）` : ""}
    </span>
  );
}
