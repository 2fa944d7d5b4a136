import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getYear } from "@/lib/dal/admin-years";
import { requireUser } from "@/lib/dal/session";
import { formatVersions, localTables } from "@/lib/report-format";
import { AdminNav } from "../../_components/admin-nav";
import { ExpectedUnits } from "../../_components/expected-units";
import { YearSettingsForm } from "../../_components/year-settings-form";

export const metadata: Metadata = { title: "年度设置" };

export default async function YearPage({ params }: { params: Promise<{ year: string }> }) {
  const { year: param } = await params;
  const user = await requireUser(`/workspace/admin/years/${param}`);
  if (user.role !== "admin") notFound();
  const year = Number(param);
  const detail = Number.isSafeInteger(year) ? getYear(user, year) : null;
  if (!detail) notFound();

  const versions = Object.values(formatVersions).map((v) => ({ id: v.id, name: `${v.name}（${v.issuedBy}）` }));
  const locals = Object.values(localTables).map((t) => ({ id: t.id, name: `${t.region}：${t.name}` }));

  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <nav className="text-sm text-slate-600">
        <Link href="/workspace/admin/years" className="text-blue-800 hover:underline">报告年度</Link> / {detail.year}年度
      </nav>
      <h1 className="mt-2 text-2xl font-bold">{detail.year}年度设置</h1>
      <div className="mt-4"><AdminNav current="years" /></div>
      <div className="mt-6 space-y-6">
        <YearSettingsForm
          settings={{
            year: detail.year,
            formatVersion: detail.formatVersion,
            localTables: detail.localTables,
            unitDeadline: detail.unitDeadline,
            consolidatedDeadline: detail.consolidatedDeadline,
            unitsPublish: detail.unitsPublish,
          }}
          hasValues={detail.hasValues}
          versions={versions}
          locals={locals}
        />
        <ExpectedUnits
          year={detail.year}
          expected={detail.expectedUnits.map((u) => ({ id: u.unitId, name: u.name, kind: u.kind, active: u.active, state: u.state, hasContent: u.hasContent }))}
          candidates={detail.candidates}
        />
      </div>
    </main>
  );
}
