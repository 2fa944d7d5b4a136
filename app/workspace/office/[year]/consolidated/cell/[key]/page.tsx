import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getConsolidatedCell } from "@/lib/dal/consolidated";
import { requireUser } from "@/lib/dal/session";
import { formatDateTime } from "@/lib/format-date";
import { OverrideForm } from "../../_components/override-form";
import { consolidatedPath, entriesPath, parseYear, reviewPath } from "../../_components/paths";

export const metadata: Metadata = { title: "汇总数来源" };

const td = "border border-slate-300 px-3 py-1.5";

function decode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export default async function ConsolidatedCellPage({ params }: { params: Promise<{ year: string; key: string }> }) {
  const { year: rawYear, key: rawKey } = await params;
  const user = await requireUser(`/workspace/office/${rawYear}/consolidated/cell/${rawKey}`);
  const year = parseYear(rawYear);
  const view = year === null ? null : getConsolidatedCell(user, year, decode(rawKey));
  if (!view || year === null) notFound();
  const { cell, drill, total } = view;
  const unit = drill.unit ? ` ${drill.unit}` : "";
  const override = total?.override;
  const filled = drill.contributions.filter((c) => c.value !== null).length;

  return (
    <main className="mx-auto max-w-5xl px-4 py-6">
      <nav className="text-sm text-slate-600">
        <Link href="/workspace" className="text-blue-800 hover:underline">工作台</Link> /{" "}
        <Link href={consolidatedPath(year)} className="text-blue-800 hover:underline">{year}年度本级汇总报告</Link> / 数据来源
      </nav>
      <h1 className="mt-2 text-2xl font-bold">{cell.name}</h1>
      <dl className="mt-3 grid max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">汇总报告中的数</dt>
        <dd className="font-semibold tabular-nums" data-testid="consolidated-value">{(view.shown ?? "空白") + (view.shown !== null ? unit : "")}</dd>
        <dt className="text-slate-600">各单位合计</dt>
        <dd className="tabular-nums" data-testid="drill-total">{(drill.total ?? "空白") + (drill.total !== null ? unit : "")}</dd>
        {override && (
          <>
            <dt className="text-slate-600">差额（调整后 − 合计）</dt>
            <dd className="font-semibold text-amber-900 tabular-nums" data-testid="override-difference">{override.difference}{unit}</dd>
            <dt className="text-slate-600">调整理由</dt>
            <dd>{override.reason}{override.updatedAt ? `（${override.updatedByName ?? ""} ${formatDateTime(override.updatedAt)}）` : ""}</dd>
          </>
        )}
      </dl>
      {cell.sumOf && <p className="mt-2 text-sm text-slate-600">本格为自动计算的总计，随其各组成部分变化，不能单独调整；各单位的数为其报告中的同一总计。</p>}
      {view.missing > 0 && (
        <p className="mt-2 text-sm text-amber-900">另有 {view.missing} 个应报单位尚未审核通过，未计入。</p>
      )}

      <table className="mt-4 w-full border-collapse bg-white text-sm" data-testid="contributions">
        <caption className="mb-1 text-left font-semibold">各单位数据（{view.unitCount} 个单位及本级，{filled} 个填报了本格，从大到小）</caption>
        <thead>
          <tr className="bg-slate-100">
            <th scope="col" className={`${td} w-12`}>序号</th>
            <th scope="col" className={`${td} text-left`}>单位</th>
            <th scope="col" className={`${td} text-right`}>数值{unit && `（${drill.unit}）`}</th>
            <th scope="col" className={`${td} w-28`}>来源</th>
          </tr>
        </thead>
        <tbody>
          {drill.contributions.map((c, i) => (
            <tr key={`${c.office ? "office" : "unit"}-${c.unitId}`} data-testid="contribution" className={c.value === null ? "text-slate-500" : undefined}>
              <td className={`${td} text-center`}>{i + 1}</td>
              <th scope="row" className={`${td} text-left font-normal`}>{c.office ? `${c.unitName}（本级自有数据）` : c.unitName}</th>
              <td className={`${td} text-right tabular-nums`} data-testid="contribution-value">
                {c.value ?? "未填写"}
                {c.entered && <span className="ml-2 text-xs text-amber-900">（填报为 {c.entered}）</span>}
              </td>
              <td className={`${td} text-center`}>
                {c.office ? (
                  <Link href={entriesPath(year)} className="text-blue-800 hover:underline">本级数据</Link>
                ) : c.reportId ? (
                  <Link href={reviewPath(c.reportId)} className="text-blue-800 hover:underline">查看报告</Link>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="bg-slate-50 font-semibold">
            <td className={td} />
            <th scope="row" className={`${td} text-left`}>合计</th>
            <td className={`${td} text-right tabular-nums`}>{drill.total ?? "—"}</td>
            <td className={td} />
          </tr>
        </tfoot>
      </table>

      {total && view.canEdit && (
        <OverrideForm
          year={year}
          cellKey={cell.key}
          cellName={cell.name}
          units={cell.kind === "amount" ? (cell.units ?? []) : []}
          baseUnit={drill.unit ?? null}
          sum={total.sum}
          current={override ? { value: override.value, unit: override.unit ?? null, reason: override.reason } : null}
        />
      )}
    </main>
  );
}
