import Link from "next/link";
import { REPORT_STATES, STATE_LABELS } from "@/lib/domain";
import type { StateCounts as Counts } from "@/lib/dashboard/dashboard-rows";
import { dashboardSearch, type DashboardQuery } from "@/lib/validation/dashboard-input";

/** Counts by state of every expected unit, each a link that shows only those units. */
export function StateCounts({ basePath, query, expected, counts, late }: {
  basePath: string;
  query: DashboardQuery;
  expected: number;
  counts: Counts;
  late: number;
}) {
  const tile = "block rounded border px-3 py-2 hover:border-blue-400 hover:bg-blue-50";
  const noFilter = { state: undefined, late: false, kind: undefined } as const;
  return (
    <section aria-labelledby="state-counts-heading" className="mt-4">
      <h2 id="state-counts-heading" className="sr-only">各状态单位数</h2>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-8">
        <li>
          <Link href={basePath + dashboardSearch(query, noFilter)} className={`${tile} border-slate-300 bg-white`} data-testid="count-expected">
            <span className="block text-xs text-slate-600">应报单位</span> <strong className="text-xl tabular-nums">{expected}</strong>
          </Link>
        </li>
        {REPORT_STATES.map((s) => (
          <li key={s}>
            <Link
              href={basePath + dashboardSearch(query, { ...noFilter, state: s })}
              aria-current={query.state === s && !query.late && !query.kind ? "true" : undefined}
              className={`${tile} ${query.state === s ? "border-blue-600 bg-blue-50" : "border-slate-300 bg-white"}`}
              data-testid={`count-${s}`}
            >
              <span className="block text-xs text-slate-600">{STATE_LABELS[s]}</span> <strong className="text-xl tabular-nums">{counts[s]}</strong>
            </Link>
          </li>
        ))}
        <li>
          <Link
            href={basePath + dashboardSearch(query, { ...noFilter, late: true })}
            className={`${tile} ${late > 0 ? "border-red-400 bg-red-50 text-red-900" : "border-slate-300 bg-white"}`}
            data-testid="count-late"
          >
            <span className="block text-xs">已逾期</span> <strong className="text-xl tabular-nums">{late}</strong>
          </Link>
        </li>
      </ul>
    </section>
  );
}
