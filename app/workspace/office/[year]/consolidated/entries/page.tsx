import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getOfficeEntries } from "@/lib/dal/consolidated";
import { requireUser } from "@/lib/dal/session";
import { OfficeEntriesForm } from "../_components/office-entries-form";
import { consolidatedPath, parseYear } from "../_components/paths";

export const metadata: Metadata = { title: "本级自有数据" };

export default async function OfficeEntriesPage({ params }: { params: Promise<{ year: string }> }) {
  const { year: raw } = await params;
  const user = await requireUser(`/workspace/office/${raw}/consolidated/entries`);
  const year = parseYear(raw);
  const view = year === null ? null : getOfficeEntries(user, year);
  if (!view || year === null) notFound();

  return (
    <main className="mx-auto max-w-7xl px-4 py-6">
      <nav className="text-sm text-slate-600">
        <Link href="/workspace" className="text-blue-800 hover:underline">工作台</Link> /{" "}
        <Link href={consolidatedPath(year)} className="text-blue-800 hover:underline">{year}年度本级汇总报告</Link> / 本级自有数据
      </nav>
      <h1 className="mt-2 text-2xl font-bold">{year}年度本级自有数据（{view.office.unitName}）</h1>
      <p className="mt-1 text-sm text-slate-600">
        这里填写不属于任何报送单位、由本级政府（办公室）直接产生的数据，例如以区政府名义制发的规范性文件、区政府本级收到的公开申请。
        汇总报告中的每个数 = 审核通过的各单位之和 + 本级自有数据。不涉及的单元格请留空。
      </p>
      {!view.canEdit && <p role="note" className="mt-3 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">本级汇总报告已发布，不能再修改。</p>}
      <OfficeEntriesForm year={year} formatVersion={view.year.formatVersion} localTables={view.year.localTables} cells={view.cells} canEdit={view.canEdit} />
    </main>
  );
}
