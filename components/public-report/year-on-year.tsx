import type { PublishedReport } from "@/lib/publishing/snapshot";
import { MAIN_FIGURES } from "@/lib/publishing/figures";
import { latestPath } from "@/lib/publishing/report-paths";
import { TableRegion } from "./table-region";

const th = "border border-slate-400 bg-slate-100 px-3 py-1.5 text-sm font-medium";
const td = "border border-slate-400 px-3 py-1.5 text-right tabular-nums";

function change(from: number | null, to: number | null): string {
  if (from === null || to === null) return "—";
  const d = to - from;
  const pct = from !== 0 ? `（${d > 0 ? "+" : ""}${((d / from) * 100).toFixed(1)}%）` : "";
  return `${d > 0 ? "+" : ""}${d}${pct}`;
}

/** The main figures of every published year of one report (a unit's, or the consolidated one) side by side, oldest year first. */
export function YearOnYear({ series, slug }: { series: PublishedReport[]; slug: string }) {
  const figures = MAIN_FIGURES.filter((f) => series.some((r) => f.get(r) !== null));
  const caption = "历年主要数据对比";
  const delta = series.length > 1 ? { from: series[series.length - 2], to: series[series.length - 1] } : null;
  return (
    <section aria-labelledby="yoy-heading" className="mt-10">
      <h2 id="yoy-heading" className="text-lg font-bold">{caption}</h2>
      <p className="mt-1 text-sm text-slate-700">
        {series.length > 1
          ? `${series.some((r) => r.imported || r.summedFromUnits) ? "" : "已发布的 "}${series.length} 个年度${series[0].kind === "consolidated" ? "本级政府报告" : `${series[series.length - 1].organisation}报告`}的主要数据。`
          : "目前仅发布了一个年度的报告；发布更多年度后在此对比。"}
        “—”表示该年度报告格式无此项或未填报。
      </p>
      <TableRegion label={`表格：${caption}`}>
        <table className="w-full border-collapse bg-white">
          <thead>
            <tr>
              {/* The figure's name stays in view while the years scroll past it (phones, many years). */}
              <th scope="col" className={`${th} sticky left-0 z-10 text-left`}>指标</th>
              <th scope="col" className={th}>单位</th>
              {series.map((r) => (
                <th key={r.year} scope="col" className={`${th} whitespace-nowrap`}>
                  {r.imported || r.summedFromUnits ? (
                    <>
                      {r.year}年
                      <span className="block text-xs font-normal text-slate-600">
                        {r.imported ? "（据原发布报告导入）" : `（${r.summedFromUnits!.units} 个单位已发布报告之和）`}
                      </span>
                    </>
                  ) : (
                    <a href={latestPath({ year: r.year, slug })} className="text-blue-800 underline underline-offset-2">{r.year}年</a>
                  )}
                </th>
              ))}
              {delta && <th scope="col" className={th}>{delta.to.year}年较{delta.from.year}年增减</th>}
            </tr>
          </thead>
          <tbody>
            {figures.map((f) => (
              <tr key={f.label}>
                <th scope="row" className={`${th} sticky left-0 z-10 min-w-40 bg-white text-left font-normal sm:min-w-56`}>{f.label}</th>
                <td className={`${td} text-center`}>{f.unit}</td>
                {series.map((r) => {
                  const v = f.get(r);
                  return <td key={r.year} className={td}>{v === null ? "—" : v}</td>;
                })}
                {delta && <td className={td}>{change(f.get(delta.from), f.get(delta.to))}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}
