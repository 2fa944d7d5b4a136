import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { STATE_LABELS, type ReportState } from "@/lib/domain";
import { findReadableReport } from "@/lib/dal/report-gate";
import { getReportHistory, type HistoryEntry } from "@/lib/dal/report-read";
import { requireUser } from "@/lib/dal/session";
import { formatDateTime } from "@/lib/format-date";
import { reportTitle, resolveFormat, sectionHeading, type ReportFormat } from "@/lib/report-format";

export const metadata: Metadata = { title: "修改记录" };

function targetLabel(format: ReportFormat, e: HistoryEntry): string {
  if (e.kind === "cell") return format.cellByKey.get(e.target)?.name ?? e.target;
  if (e.target.startsWith("override:")) return `调整汇总数：${format.cellByKey.get(e.target.slice(9))?.name ?? e.target.slice(9)}`;
  if (e.target.startsWith("explanation:")) return `情况说明（${e.target.slice(12)}）`;
  if (e.target === "handover") return "送签发";
  if (e.target === "handback") return "退回填报员";
  if (e.kind === "state") return "报告状态";
  const s = format.narrativeSections.find((x) => x.key === e.target);
  // The preamble is text through and through; a section's text is said apart from its tables.
  return s ? (s.number ? `${sectionHeading(s)}（正文）` : s.title) : e.target;
}

function shown(e: HistoryEntry, v: string | null): string {
  if (v === null || v === "") return "（空）";
  if (v === "handed_over") return "已送签发";
  if (v === "handed_back") return "已退回填报员";
  if (e.kind === "state") return STATE_LABELS[v as ReportState] ?? v;
  if (e.kind === "narrative" && v.length > 80) return `${v.slice(0, 80)}…（共 ${v.length} 字）`;
  return v;
}

export default async function HistoryPage({ params }: { params: Promise<{ reportId: string }> }) {
  const { reportId } = await params;
  const user = await requireUser(`/workspace/reports/${reportId}/history`);
  const id = Number(reportId);
  const header = Number.isSafeInteger(id) && id > 0 ? findReadableReport(user, id) : null;
  const history = header ? getReportHistory(user, id) : null;
  if (!header || !history) notFound();
  const format = resolveFormat(header.formatVersion, header.localTables);

  return (
    <main className="mx-auto max-w-6xl px-4 py-6">
      <nav className="text-sm text-slate-600">
        <Link href="/workspace" className="text-blue-800 hover:underline">工作台</Link> /{" "}
        <Link href={`/workspace/reports/${id}`} className="text-blue-800 hover:underline">{header.year}年度报告</Link> / 修改记录
      </nav>
      <h1 className="mt-2 text-2xl font-bold">修改记录</h1>
      <p className="text-sm text-slate-600">{reportTitle(header.officialName, header.year)}</p>
      {history.length === 0 ? (
        <p className="mt-6 text-slate-600">暂无修改记录。</p>
      ) : (
        <table className="mt-4 w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="bg-slate-100">
              {["时间", "修改人", "内容", "原值", "新值", "说明"].map((h) => (
                <th key={h} scope="col" className="border border-slate-300 px-3 py-2 text-left">{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {history.map((e) => (
              <tr key={e.id}>
                <td className="whitespace-nowrap border border-slate-300 px-3 py-2 tabular-nums">{formatDateTime(e.at)}</td>
                <td className="border border-slate-300 px-3 py-2">{e.who ?? "系统"}</td>
                <td className="border border-slate-300 px-3 py-2">{targetLabel(format, e)}</td>
                <td className="border border-slate-300 px-3 py-2 tabular-nums">{shown(e, e.oldValue)}</td>
                <td className="border border-slate-300 px-3 py-2 tabular-nums">{shown(e, e.newValue)}</td>
                <td className="border border-slate-300 px-3 py-2">{e.note ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
