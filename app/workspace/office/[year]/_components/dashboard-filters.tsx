import Link from "next/link";
import { REPORT_STATES, STATE_LABELS, UNIT_KIND_SHORT_LABELS } from "@/lib/domain";
import type { DashboardQuery } from "@/lib/validation/dashboard-input";

/** Filter by kind, state and late: a plain GET form, so the filtered list is a URL one can share. */
export function DashboardFilters({ basePath, query }: { basePath: string; query: DashboardQuery }) {
  const field = "rounded border border-slate-300 bg-white px-2 py-1.5 text-sm";
  return (
    <form method="get" action={basePath} role="search" aria-label="筛选单位" className="mt-6 flex flex-wrap items-end gap-4">
      <label className="text-sm">
        <span className="block text-slate-700">单位类型</span>
        <select name="kind" defaultValue={query.kind ?? ""} className={field}>
          <option value="">全部</option>
          <option value="agency">{UNIT_KIND_SHORT_LABELS.agency}</option>
          <option value="subdistrict">{UNIT_KIND_SHORT_LABELS.subdistrict}</option>
        </select>
      </label>
      <label className="text-sm">
        <span className="block text-slate-700">状态</span>
        <select name="state" defaultValue={query.state ?? ""} className={field}>
          <option value="">全部</option>
          {REPORT_STATES.map((s) => (
            <option key={s} value={s}>{STATE_LABELS[s]}</option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-2 py-1.5 text-sm">
        <input type="checkbox" name="late" value="1" defaultChecked={query.late} className="h-4 w-4" />
        只看已逾期
      </label>
      {query.sort !== "unit" && <input type="hidden" name="sort" value={query.sort} />}
      {query.dir !== "asc" && <input type="hidden" name="dir" value={query.dir} />}
      <button type="submit" className="rounded border border-slate-400 bg-white px-4 py-1.5 text-sm font-medium hover:bg-slate-100">
        筛选
      </button>
      {(query.kind || query.state || query.late) && (
        <Link href={basePath} className="py-1.5 text-sm text-blue-800 hover:underline">清除筛选</Link>
      )}
    </form>
  );
}
