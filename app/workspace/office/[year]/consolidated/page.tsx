import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { worstByCell } from "@/lib/checks";
import { getConsolidatedReport } from "@/lib/dal/consolidated";
import { requireUser } from "@/lib/dal/session";
import { formatDate } from "@/lib/format-date";
import { PublishPanel } from "@/app/workspace/publishing/_components/publish-panel";
import { getPublicationInfo } from "@/lib/dal/publishing";
import { getGovernmentName } from "@/lib/dal/settings";
import { formatVersions, reportTitle } from "@/lib/report-format";
import { ConsolidatedBody } from "./_components/consolidated-body";
import { FindingsList } from "./_components/findings-list";
import { consolidatedPath, entriesPath, parseYear } from "./_components/paths";

export const metadata: Metadata = { title: "本级汇总报告" };

export default async function ConsolidatedPage({ params }: { params: Promise<{ year: string }> }) {
  const { year: raw } = await params;
  const user = await requireUser(`/workspace/office/${raw}/consolidated`);
  const year = parseYear(raw);
  // Unit people get the same 404 as a year that does not exist.
  const view = year === null ? null : getConsolidatedReport(user, year);
  if (!view || year === null) notFound();
  const { inputs, consolidation: c } = view;
  const publication = getPublicationInfo(user, inputs.officeReport?.id ?? null);
  const expected = inputs.expected.length;
  const overrides = Object.values(c.cells).filter((x) => x.override).length;

  return (
    <main className="mx-auto max-w-7xl px-4 py-6">
      <nav className="text-sm text-slate-600">
        <Link href="/workspace" className="text-blue-800 hover:underline">工作台</Link> / {year}年度 / 本级汇总报告
      </nav>
      <h1 className="mt-2 text-2xl font-bold">{year}年度本级政府信息公开工作年度报告（汇总）</h1>
      <p className="mt-1 text-sm text-slate-600">
        {formatVersions[inputs.year.formatVersion]?.name}格式 · 汇总报告截止 {formatDate(inputs.year.consolidatedDeadline)} ·
        已计入 <strong data-testid="included-count">{c.unitCount}</strong> 个审核通过的单位（应报 {expected} 个），另加本级自有数据
        {overrides > 0 && ` · ${overrides} 个数已调整`}
      </p>
      <p className="mt-1 flex flex-wrap gap-4 text-sm">
        <Link href={entriesPath(year)} className="text-blue-800 hover:underline">本级自有数据{view.canEdit ? "（填写）" : ""}</Link>
        {inputs.officeReport && (
          <Link href={`/workspace/reports/${inputs.officeReport.id}/history`} className="text-blue-800 hover:underline">修改记录</Link>
        )}
        {view.hasPrevious && (
          <Link href={consolidatedPath(year - 1)} className="text-blue-800 hover:underline">上一年度汇总</Link>
        )}
        <a href={`/workspace/office/${year}/consolidated/draft/report.docx`} download className="text-blue-800 underline">下载送审稿（Word）</a>
        <a href={`/workspace/office/${year}/consolidated/draft/report.xlsx`} download className="text-blue-800 underline">下载送审稿（Excel）</a>
        <a href={`/workspace/office/${year}/consolidated/units.xlsx`} download className="text-blue-800 underline">下载各单位数据（Excel）</a>
      </p>
      <p className="mt-2 text-sm text-slate-600">每个数均为审核通过的各单位报告之和加本级自有数据；点击任一数字可查看各单位的数据及其来源，并可在说明理由后调整。</p>

      {c.missing.length > 0 && (
        <section aria-labelledby="missing-units" className="mt-4 rounded border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
          <h2 id="missing-units" className="font-semibold">
            ⚠ 尚未审核通过、未计入汇总的应报单位（{c.missing.length} 个）
          </h2>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1" data-testid="missing-units">
            {c.missing.map((u) => (
              <li key={u.unitId}>{u.unitName}</li>
            ))}
          </ul>
        </section>
      )}

      <FindingsList year={year} format={inputs.format} findings={view.findings} />

      <ConsolidatedBody
        year={year}
        title={reportTitle(getGovernmentName(), year)}
        format={inputs.format}
        shown={view.shown}
        cells={c.cells}
        narratives={inputs.officeNarratives}
        worst={worstByCell(view.findings)}
        canEdit={view.canEdit}
      />
      <PublishPanel
        target={{ year, reportId: inputs.officeReport?.id ?? null }}
        state={inputs.officeReport?.state ?? "not_started"}
        publishedVersions={publication.versions}
        publicPath={publication.path}
      />
    </main>
  );
}
