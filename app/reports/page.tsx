import type { Metadata } from "next";
import { PublicShell } from "@/components/public-report/public-shell";
import { cachedPublishedList } from "@/lib/publishing/published-data";
import { ReportList, ReportSearch } from "@/components/public-report/report-list";

// Filtering by ?q= and ?year= renders per request; the list itself comes from a cache that publishing invalidates.

export const metadata: Metadata = {
  title: { absolute: "政府信息公开工作年度报告" },
  description: "各部门、街道和本级政府依法公开的政府信息公开工作年度报告，按年度和单位查阅、下载。",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function ReportsPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const q = first(sp.q).trim().slice(0, 50);
  const yearParam = Number(first(sp.year));
  const all = await cachedPublishedList();
  const years = [...new Set(all.map((r) => r.year))].sort((a, b) => b - a);
  const year = years.includes(yearParam) ? yearParam : null;
  const shown = all.filter((r) => (year === null || r.year === year) && (!q || r.organisation.includes(q) || r.title.includes(q)));
  const filtered = Boolean(q || year);
  return (
    <PublicShell>
      <h1 className="text-2xl font-bold">政府信息公开工作年度报告</h1>
      <p className="mt-2 leading-7 text-slate-700">
        根据《中华人民共和国政府信息公开条例》，各行政机关每年向社会公布上一年度政府信息公开工作年度报告。
        此处可按年度和单位查阅已发布的报告，并下载 Word、Excel 和开放数据（JSON）格式。
      </p>
      <div className="mt-5">
        <ReportSearch q={q} year={year} years={years} />
      </div>
      <p className="mt-4 text-sm text-slate-700">
        {filtered ? `找到 ${shown.length} 份报告` : `共 ${shown.length} 份已发布的报告`}
        {q && `（单位名称含“${q}”）`}
      </p>
      {shown.length > 0 ? (
        <ReportList reports={shown} />
      ) : (
        <p className="mt-6 rounded border border-slate-300 bg-white p-6 text-center text-slate-700">
          {all.length === 0 ? "尚未发布任何年度报告。" : "没有找到符合条件的报告，请换一个单位名称或年度再试。"}
        </p>
      )}
    </PublicShell>
  );
}
