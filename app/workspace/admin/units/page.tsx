import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { listUnits, type UnitFilter } from "@/lib/dal/admin-units";
import { requireUser } from "@/lib/dal/session";
import { UNIT_KIND_LABELS, UNIT_KINDS } from "@/lib/domain";
import { AdminNav } from "../_components/admin-nav";
import { UnitCreateForm } from "../_components/unit-create-form";

export const metadata: Metadata = { title: "单位管理" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const STATUS_LABELS = { active: "在用", retired: "已撤销", all: "全部" } as const;

function readFilter(sp: Record<string, string | string[] | undefined>): UnitFilter {
  const one = (k: string) => (typeof sp[k] === "string" ? (sp[k] as string) : undefined);
  const kind = UNIT_KINDS.find((k) => k === one("kind"));
  const status = (Object.keys(STATUS_LABELS) as UnitFilter["status"][]).find((s) => s === one("status")) ?? "active";
  return { kind, status, q: one("q")?.slice(0, 60) };
}

const cell = "border border-slate-300 px-3 py-2";

export default async function UnitsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("/workspace/admin/units");
  if (user.role !== "admin") notFound();
  const filter = readFilter(await searchParams);
  const units = listUnits(user, filter);

  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-2xl font-bold">单位管理</h1>
      <div className="mt-4"><AdminNav current="units" /></div>
      <div className="mt-6"><UnitCreateForm /></div>

      <form method="get" role="search" aria-label="筛选单位" className="mt-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="filter-kind" className="block text-sm font-medium">类型</label>
          <select id="filter-kind" name="kind" defaultValue={filter.kind ?? ""} className="mt-1 rounded border border-slate-300 bg-white px-3 py-2">
            <option value="">全部类型</option>
            {UNIT_KINDS.map((k) => <option key={k} value={k}>{UNIT_KIND_LABELS[k]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="filter-status" className="block text-sm font-medium">状态</label>
          <select id="filter-status" name="status" defaultValue={filter.status} className="mt-1 rounded border border-slate-300 bg-white px-3 py-2">
            {Object.entries(STATUS_LABELS).map(([k, l]) => <option key={k} value={k}>{l}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="filter-q" className="block text-sm font-medium">名称、全称或代码</label>
          <input id="filter-q" name="q" type="search" defaultValue={filter.q ?? ""} className="mt-1 rounded border border-slate-300 bg-white px-3 py-2" />
        </div>
        <button type="submit" className="rounded border border-slate-400 bg-white px-4 py-2 text-sm hover:bg-slate-100">筛选</button>
      </form>

      <p className="mt-4 text-sm text-slate-600" aria-live="polite">共 {units.length} 个单位</p>
      <table className="mt-2 w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="bg-slate-100">
            <th scope="col" className={`${cell} text-left`}>单位名称</th>
            <th scope="col" className={`${cell} text-left`}>代码</th>
            <th scope="col" className={`${cell} text-left`}>类型</th>
            <th scope="col" className={cell}>机构序列</th>
            <th scope="col" className={cell}>状态</th>
            <th scope="col" className={cell}>人员</th>
            <th scope="col" className={cell}>年度报告</th>
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr key={u.id} className={u.active ? "" : "text-slate-500"}>
              <th scope="row" className={`${cell} text-left font-normal`}>
                <Link href={`/workspace/admin/units/${u.id}`} className="text-blue-800 hover:underline">{u.name}</Link>
                {u.fullName && <span className="block text-xs text-slate-600">{u.fullName}</span>}
              </th>
              <td className={`${cell} font-mono`}>{u.code}</td>
              <td className={cell}>{UNIT_KIND_LABELS[u.kind]}</td>
              <td className={`${cell} text-center tabular-nums`}>{u.sortOrder}</td>
              <td className={`${cell} text-center`}>{u.active ? "在用" : "已撤销"}</td>
              <td className={`${cell} text-center tabular-nums`}>{u.people}</td>
              <td className={`${cell} text-center tabular-nums`}>{u.reports}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {units.length === 0 && <p className="mt-4 text-slate-600">没有符合条件的单位。</p>}
    </main>
  );
}
