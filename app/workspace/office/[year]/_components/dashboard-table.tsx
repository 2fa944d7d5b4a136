import Link from "next/link";
import { StateBadge } from "@/components/ui/state-badge";
import { completeness, deadlineText, isHandedIn, type DashboardRow } from "@/lib/dashboard/dashboard-rows";
import { formatDateTime } from "@/lib/format-date";
import { dashboardSearch, type DashboardQuery, type DashboardSortKey } from "@/lib/validation/dashboard-input";
import { UNIT_KIND_SHORT_LABELS } from "@/lib/domain";
import { SelectAllCheckbox } from "./select-all-checkbox";

const COLUMNS: { key: DashboardSortKey; label: string; className?: string }[] = [
  { key: "unit", label: "单位" },
  { key: "kind", label: "类型" },
  { key: "state", label: "状态" },
  { key: "completeness", label: "完成度", className: "w-40" },
  { key: "errors", label: "错误" },
  { key: "warnings", label: "警告" },
  { key: "lastChange", label: "最近修改" },
  { key: "deadline", label: "报送期限" },
];

const cell = "border border-slate-300 px-3 py-2";

function SortHeader({ column, basePath, query }: { column: (typeof COLUMNS)[number]; basePath: string; query: DashboardQuery }) {
  const active = query.sort === column.key;
  const next = active && query.dir === "asc" ? "desc" : "asc";
  return (
    <th scope="col" aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined} className={`${cell} text-left ${column.className ?? ""}`}>
      <Link href={basePath + dashboardSearch(query, { sort: column.key, dir: next })} className="inline-flex items-center gap-1 hover:underline">
        {column.label}
        <span aria-hidden="true" className={active ? "text-slate-900" : "text-slate-400"}>
          {active ? (query.dir === "asc" ? "▲" : "▼") : "↕"}
        </span>
        <span className="sr-only">（按{column.label}{next === "asc" ? "升序" : "降序"}排列）</span>
      </Link>
    </th>
  );
}

function DeadlineCell({ row }: { row: DashboardRow }) {
  const words = deadlineText(row);
  if (isHandedIn(row.state)) return <span className="text-slate-600">{words}</span>;
  if (row.late) {
    return (
      <strong className="inline-flex items-center gap-1 font-semibold text-red-800">
        <span aria-hidden="true">⚠</span>
        {words}
      </strong>
    );
  }
  return <span>{words}</span>;
}

/** Every unit in the dashboard, one row each; late units stand out by colour, a mark and the words 已逾期. */
export function DashboardTable({ rows, basePath, query }: { rows: DashboardRow[]; basePath: string; query: DashboardQuery }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-sm">
        <caption className="mb-2 text-left text-sm text-slate-600">
          共 {rows.length} 个单位。错误和警告按已保存的内容检查，不含未填写的单元格（见完成度）。
        </caption>
        <thead>
          <tr className="bg-slate-100">
            <th scope="col" className={`${cell} w-10`}>
              <SelectAllCheckbox />
            </th>
            {COLUMNS.map((c) => (
              <SortHeader key={c.key} column={c} basePath={basePath} query={query} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const pct = Math.round(completeness(r) * 100);
            return (
              <tr key={r.unitId} className={r.late ? "bg-red-50" : undefined} data-testid="dashboard-row">
                <td className={`${cell} text-center ${r.late ? "border-l-4 border-l-red-600" : ""}`}>
                  <input type="checkbox" name="unitId" value={r.unitId} aria-label={`选择${r.unitName}`} className="h-4 w-4" />
                </td>
                <th scope="row" className={`${cell} text-left font-medium`}>
                  {r.reviewable ? (
                    <Link href={`/workspace/review/${r.reportId}`} className="text-blue-800 hover:underline">{r.unitName}</Link>
                  ) : (
                    r.unitName
                  )}
                </th>
                <td className={cell}>{UNIT_KIND_SHORT_LABELS[r.unitKind]}</td>
                <td className={cell}><StateBadge state={r.state} /></td>
                <td className={cell}>
                  <div className="flex items-center gap-2">
                    <div className="h-2 flex-1 rounded bg-slate-200" aria-hidden="true">
                      <div className="h-2 rounded bg-brand-600" style={{ width: `${pct}%` }} />
                    </div>
                    <span className="tabular-nums">{pct}%</span>
                    <span className="sr-only">（已填 {r.filled}/{r.total} 格）</span>
                  </div>
                  {/* How far a draft is, section by section, without opening it (a draft stays the unit's to read). */}
                  {r.filled > 0 && r.filled < r.total && (
                    <p className="mt-0.5 text-xs whitespace-nowrap text-slate-600" data-testid="section-progress">
                      {r.bySection.map((s) => `${s.number} ${s.filled}/${s.total}`).join(" · ")}
                    </p>
                  )}
                </td>
                <td className={`${cell} text-right tabular-nums ${r.errors ? "font-semibold text-red-800" : "text-slate-500"}`}>{r.errors}</td>
                <td className={`${cell} text-right tabular-nums ${r.warnings ? "font-semibold text-amber-800" : "text-slate-500"}`}>{r.warnings}</td>
                <td className={cell}>
                  {r.lastChangeAt ? (
                    <>
                      <span className="tabular-nums">{formatDateTime(r.lastChangeAt)}</span>
                      {r.lastChangeBy && <span className="block text-xs text-slate-600">{r.lastChangeBy}</span>}
                    </>
                  ) : (
                    <span className="text-slate-500">—</span>
                  )}
                </td>
                <td className={cell}><DeadlineCell row={r} /></td>
              </tr>
            );
          })}
          {rows.length === 0 && (
            <tr>
              <td colSpan={COLUMNS.length + 1} className={`${cell} py-6 text-center text-slate-600`}>没有符合筛选条件的单位。</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
