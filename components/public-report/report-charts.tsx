import type { ReactNode } from "react";
import type { PublishedReport } from "@/lib/publishing/snapshot";
import { GroupedBarChart, HorizontalBarChart } from "./charts";
import { applicationResults, disclosureChannels, reviewOutcomes, type Datum } from "@/lib/publishing/figures";

/** The consolidated report's charts of its main figures, each with the same numbers as a table for screen readers. */
export function ReportCharts({ report }: { report: PublishedReport }) {
  const results = applicationResults(report);
  const channels = disclosureChannels(report);
  const { outcomes, groups } = reviewOutcomes(report);
  return (
    <section aria-labelledby="charts-heading" className="mt-10 print:break-before-page">
      <h2 id="charts-heading" className="text-lg font-bold">主要数据图表</h2>
      <p className="mt-1 text-sm text-slate-700">以下图表根据本报告所列数据绘制，图表下方的数据与报告表格一致。</p>
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        {results.length > 0 && (
          <ChartFigure caption={`${report.year}年政府信息公开申请办理结果（件）`} data={results}>
            <HorizontalBarChart data={results} />
          </ChartFigure>
        )}
        {channels.length > 0 && (
          <ChartFigure caption={`${report.year}年不同渠道主动公开政府信息数（条）`} data={channels}>
            <HorizontalBarChart data={channels} colour="#1d4ed8" />
          </ChartFigure>
        )}
        {groups.length > 0 && (
          <figure className="rounded border border-slate-300 bg-white p-4 lg:col-span-2">
            <figcaption className="font-semibold">{report.year}年因政府信息公开工作被申请行政复议、提起行政诉讼的结果（件）</figcaption>
            <div className="mt-3">
              <GroupedBarChart groups={groups} outcomes={outcomes} />
            </div>
            {/* sr-only on the wrapper, not the table: a table ignores the 1px width and would widen the page. */}
            <div className="sr-only">
            <table>
              <thead>
                <tr>
                  <th scope="col">类别</th>
                  {outcomes.map((o) => <th key={o.key} scope="col">{o.label}</th>)}
                </tr>
              </thead>
              <tbody>
                {groups.map((g) => (
                  <tr key={g.label}>
                    <th scope="row">{g.label}</th>
                    {outcomes.map((o) => <td key={o.key}>{g.values[o.key]}</td>)}
                  </tr>
                ))}
              </tbody>
            </table>
            </div>
          </figure>
        )}
      </div>
    </section>
  );
}

function ChartFigure({ caption, data, children }: { caption: string; data: Datum[]; children: ReactNode }) {
  return (
    <figure className="rounded border border-slate-300 bg-white p-4">
      <figcaption className="font-semibold">{caption}</figcaption>
      <div className="mt-3">{children}</div>
      <div className="sr-only">
      <table>
        <thead>
          <tr>
            <th scope="col">项目</th>
            <th scope="col">数量</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.label}>
              <th scope="row">{d.label}</th>
              <td>{d.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </figure>
  );
}
