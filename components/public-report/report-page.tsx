import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DownloadLinks } from "./download-links";
import { PublicShell } from "./public-shell";
import { cachedSeries, loadPublished, parseAddress } from "@/lib/publishing/published-data";
import { ReportCharts } from "./report-charts";
import { ReportDocument } from "./report-document";
import { chineseDate } from "@/lib/format-date";
import { reportsIndexPath, versionPath } from "@/lib/publishing/report-paths";
import { VersionNotice, versionLine } from "./version-notice";
import { YearOnYear } from "./year-on-year";

export interface ReportRouteParams {
  year: string;
  slug: string;
  version?: string;
}

/** The published version a URL names, or a 404 (never-published reports and unknown versions alike). */
export function findPublished(params: ReportRouteParams) {
  const address = parseAddress(params.year, params.slug, params.version);
  const found = address && loadPublished(address.year, address.slug, address.version);
  if (!address || !found) notFound();
  return { address, found };
}

export function reportMetadata(params: ReportRouteParams, suffix = ""): Metadata {
  const address = parseAddress(params.year, params.slug, params.version);
  const found = address && loadPublished(address.year, address.slug, address.version);
  if (!address || !found) return { title: { absolute: "页面不存在" } };
  const isOld = found.version !== found.versions[found.versions.length - 1].version;
  return {
    title: { absolute: `${found.report.title}${isOld ? `（第 ${found.version} 版）` : ""}${suffix}` },
    description: `${found.report.organisation}${found.report.year}年政府信息公开工作年度报告，${chineseDate(found.report.publishedOn)}发布。`,
  };
}

const crumb = "text-blue-800 underline underline-offset-2 hover:text-blue-950";

/** A published report's public page: version notice, downloads, the official layout, and for 本级 the charts. */
export async function ReportPage({ params }: { params: ReportRouteParams }) {
  const { address, found } = findPublished(params);
  const { report, versions } = found;
  const current = versions.find((v) => v.version === found.version)!;
  // Year-on-year: every published year of this address, with this page's own version standing for its year.
  const series = [...(await cachedSeries(address.slug)).filter((r) => r.year !== report.year), report].sort((a, b) => a.year - b.year);
  return (
    <PublicShell>
      <nav aria-label="当前位置" className="text-sm text-slate-700">
        <ol className="flex flex-wrap gap-1">
          <li><a href={reportsIndexPath} className={crumb}>年度报告</a> ›</li>
          <li><a href={`${reportsIndexPath}?year=${report.year}`} className={crumb}>{report.year}年度</a> ›</li>
          <li aria-current="page">{report.organisation}</li>
        </ol>
      </nav>
      <div className="mt-4 space-y-3">
        <VersionNotice address={address} current={current} versions={versions} />
        <DownloadLinks address={address} version={found.version} />
      </div>
      <div className="mt-4">
        <ReportDocument report={report} versionLine={versionLine(current, versions)} />
      </div>
      {report.kind === "consolidated" && <ReportCharts report={report} />}
      {(report.kind === "consolidated" || series.length > 1) && <YearOnYear series={series} slug={address.slug} />}
      {versions.length > 1 && (
        <section aria-labelledby="versions-heading" className="mt-10 print:hidden">
          <h2 id="versions-heading" className="text-lg font-bold">版本记录</h2>
          <ol className="mt-2 space-y-1 text-sm leading-7">
            {versions.map((v) => (
              <li key={v.version}>
                {v.version === found.version ? <strong>第 {v.version} 版（本页）</strong> : <a href={versionPath(address, v.version)} className={crumb}>第 {v.version} 版</a>}
                ：{chineseDate(v.publishedOn)}发布{v.version > 1 ? "（更正版）" : ""}
              </li>
            ))}
          </ol>
        </section>
      )}
    </PublicShell>
  );
}
