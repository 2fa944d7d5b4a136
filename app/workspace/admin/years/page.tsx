import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { listYears } from "@/lib/dal/admin-years";
import { requireUser } from "@/lib/dal/session";
import { formatDate } from "@/lib/format-date";
import { formatVersions, localTables } from "@/lib/report-format";
import { AdminNav } from "../_components/admin-nav";
import { YearCreateButton } from "../_components/year-create-button";

export const metadata: Metadata = { title: "报告年度" };

const cell = "border border-slate-300 px-3 py-2";

export default async function YearsPage() {
  const user = await requireUser("/workspace/admin/years");
  if (user.role !== "admin") notFound();
  const years = listYears(user);
  const latest = years[0];

  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-2xl font-bold">报告年度</h1>
      <div className="mt-4"><AdminNav current="years" /></div>
      {latest && <div className="mt-6"><YearCreateButton fromYear={latest.year} expected={latest.expected} /></div>}

      <table className="mt-6 w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="bg-slate-100">
            <th scope="col" className={`${cell} text-left`}>年度</th>
            <th scope="col" className={`${cell} text-left`}>格式版本</th>
            <th scope="col" className={`${cell} text-left`}>地方表格</th>
            <th scope="col" className={`${cell} text-left`}>单位报送截止</th>
            <th scope="col" className={`${cell} text-left`}>本级报告截止</th>
            <th scope="col" className={cell}>应报单位</th>
            <th scope="col" className={cell}>已开始填报</th>
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={y.year}>
              <th scope="row" className={`${cell} text-left`}>
                <Link href={`/workspace/admin/years/${y.year}`} className="text-blue-800 hover:underline">{y.year}年度</Link>
              </th>
              <td className={cell}>{formatVersions[y.formatVersion]?.name ?? y.formatVersion}</td>
              <td className={cell}>{y.localTables.map((t) => localTables[t]?.name ?? t).join("、") || "无"}</td>
              <td className={cell}>{formatDate(y.unitDeadline)}</td>
              <td className={cell}>{formatDate(y.consolidatedDeadline)}</td>
              <td className={`${cell} text-center tabular-nums`}>{y.expected}</td>
              <td className={`${cell} text-center tabular-nums`}>{y.started}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {years.length === 0 && <p className="mt-4 text-slate-600">尚无报告年度。</p>}
    </main>
  );
}
