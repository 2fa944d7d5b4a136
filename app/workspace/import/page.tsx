import type { Metadata } from "next";
import Link from "next/link";
import { isOfficeRole } from "@/lib/access/report-access";
import { importUnitChoices, pastYears } from "@/lib/dal/past-import";
import { requireUser } from "@/lib/dal/session";
import { formatVersions, localTables } from "@/lib/report-format";
import { PastImport } from "./_components/past-import";
import { PastYearForm } from "./_components/past-year-form";

export const metadata: Metadata = { title: "导入往年报告" };

/**
 * 导入往年报告: last year's (and earlier) published reports — Word, PDF, web pages — read in as the units'
 * reports of those years, so that this year's cross-year checks have something to compare with.
 */
export default async function PastImportPage() {
  const user = await requireUser("/workspace/import");
  const office = isOfficeRole(user.role);
  const { years, earliest } = pastYears(user);
  const versions = Object.values(formatVersions).map((v) => ({ id: v.id, name: v.name }));
  const locals = Object.values(localTables).map((t) => ({ id: t.id, name: `${t.name}（${t.region}）` }));
  return (
    <main className="mx-auto max-w-7xl px-4 py-8">
      <nav className="text-sm text-slate-600">
        <Link href="/workspace" className="text-blue-800 hover:underline">工作台</Link> / 导入往年报告
      </nav>
      <h1 className="mt-2 text-2xl font-bold">导入往年报告</h1>
      <p className="mt-2 max-w-3xl leading-7 text-slate-700">
        把{office ? "各单位" : "本单位"}已经发布的往年年度报告（Word .docx、网页 .html、PDF、文本 .txt{office ? "，或打包成一个 .zip" : ""}）读入系统，作为该年度的报告保存（只读，标记“已导入”，原文件可下载）。
        导入后，本年度填报时的上年对比检查（如上年结转、项目数量衔接）即以它为依据。每份文件导入前先显示读取结果，确认后才保存。
      </p>
      {office && <PastYearForm earliest={earliest} versions={versions} locals={locals} />}
      {years.length === 0 ? (
        <p className="mt-6 rounded border border-amber-300 bg-amber-50 px-3 py-2">
          {office ? "还没有可导入的往年年度：请先在上方新建往年年度。" : "还没有可导入的往年年度，请联系政务公开办公室新建。"}
        </p>
      ) : (
        <PastImport years={years.map((y) => ({ year: y.year, formatVersion: y.formatVersion, taken: y.taken }))} units={importUnitChoices(user)} office={office} />
      )}
    </main>
  );
}
