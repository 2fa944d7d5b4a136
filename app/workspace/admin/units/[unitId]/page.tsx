import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StateBadge } from "@/components/ui/state-badge";
import { canReadReport } from "@/lib/access/report-access";
import { getUnit, listUnits } from "@/lib/dal/admin-units";
import { requireUser } from "@/lib/dal/session";
import { ROLE_LABELS, UNIT_KIND_LABELS } from "@/lib/domain";
import { AdminNav } from "../../_components/admin-nav";
import { UnitEditForm } from "../../_components/unit-edit-form";
import { UnitStatusButton } from "../../_components/unit-status-button";
import { UnitMergeForm } from "../../_components/unit-merge-form";

export const metadata: Metadata = { title: "单位" };

export default async function UnitPage({ params, searchParams }: { params: Promise<{ unitId: string }>; searchParams: Promise<{ merged?: string }> }) {
  const { unitId } = await params;
  const mergedId = Number((await searchParams).merged);
  const user = await requireUser(`/workspace/admin/units/${unitId}`);
  if (user.role !== "admin") notFound();
  const id = Number(unitId);
  const unit = Number.isSafeInteger(id) && id > 0 ? getUnit(user, id) : null;
  if (!unit) notFound();
  const merged = Number.isSafeInteger(mergedId) && mergedId > 0 ? getUnit(user, mergedId) : null;

  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <nav className="text-sm text-slate-600">
        <Link href="/workspace/admin/units" className="text-blue-800 hover:underline">单位管理</Link> / {unit.name}
      </nav>
      <h1 className="mt-2 text-2xl font-bold">
        {unit.name}
        {!unit.active && <span className="ml-3 rounded border border-slate-300 bg-slate-100 px-2 py-0.5 align-middle text-sm font-normal">已撤销</span>}
      </h1>
      {unit.fullName && <p className="mt-1 text-slate-700">{unit.fullName}</p>}
      <p className="mt-1 text-sm text-slate-600">
        代码 <span className="font-mono">{unit.code}</span> · {UNIT_KIND_LABELS[unit.kind]} · 机构序列 {unit.sortOrder}
        {unit.mergedInto && (
          <>
            {" "}· 已并入 <Link href={`/workspace/admin/units/${unit.mergedInto.id}`} className="text-blue-800 underline">{unit.mergedInto.name}</Link>（往年报告计为该单位的上年数据）
          </>
        )}
      </p>
      <div className="mt-4"><AdminNav current="units" /></div>
      {merged && !merged.active && (
        <p role="status" className="mt-4 rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          “{merged.name}”已并入本单位并撤销，其人员账户已转入本单位（见下方人员）。
        </p>
      )}

      <div className="mt-6 grid gap-4 lg:grid-cols-2">
        <UnitEditForm unit={{ unitId: unit.id, name: unit.name, fullName: unit.fullName ?? "", kind: unit.kind, sortOrder: unit.sortOrder }} />
        <UnitStatusButton unitId={unit.id} active={unit.active} />
        {unit.active && unit.kind !== "office" && (
          <UnitMergeForm unitId={unit.id} unitName={unit.name} targets={listUnits(user, { status: "active" }).filter((u) => u.kind !== "office" && u.id !== unit.id)} />
        )}
      </div>

      <section aria-labelledby="people-heading" className="mt-8">
        <div className="flex items-center justify-between">
          <h2 id="people-heading" className="text-lg font-semibold">人员（{unit.people.length}）</h2>
          {unit.active && (
            <Link href={`/workspace/admin/accounts/new?unitId=${unit.id}`} className="text-sm text-blue-800 hover:underline">为本单位新建账户</Link>
          )}
        </div>
        {unit.people.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">本单位暂无账户。</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-200 rounded border border-slate-200 bg-white">
            {unit.people.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center gap-3 px-4 py-2 text-sm">
                <Link href={`/workspace/admin/accounts/${p.id}`} className="font-mono text-blue-800 hover:underline">{p.username}</Link>
                <span>{p.displayName}</span>
                <span className="text-slate-600">{ROLE_LABELS[p.role]}</span>
                {p.disabled && <span className="text-red-700">已停用</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="reports-heading" className="mt-8">
        <h2 id="reports-heading" className="text-lg font-semibold">年度报告</h2>
        {unit.reports.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">本单位尚未列入任何报告年度。可在“报告年度”中把它加入应报单位。</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-200 rounded border border-slate-200 bg-white">
            {unit.reports.map((r) => (
              <li key={r.id} className="flex items-center gap-3 px-4 py-2 text-sm">
                {canReadReport(user, { unitId: unit.id, state: r.state }) ? (
                  <Link href={`/workspace/reports/${r.id}`} className="text-blue-800 hover:underline">{r.year}年度报告</Link>
                ) : (
                  <span>{r.year}年度报告</span>
                )}
                <StateBadge state={r.state} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
