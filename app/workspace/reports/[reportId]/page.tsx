import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeadlineStatus } from "@/components/ui/deadline-status";
import { StateBadge } from "@/components/ui/state-badge";
import { lockedReason } from "@/lib/access/report-access";
import { PublishPanel } from "@/app/workspace/publishing/_components/publish-panel";
import { getPublicationInfo, mayPublishOwnReport } from "@/lib/dal/publishing";
import { getReportForEditing } from "@/lib/dal/report-read";
import { handoverState } from "@/lib/dal/report-handover";
import { requireUser } from "@/lib/dal/session";
import { formatDate, formatDateTime } from "@/lib/format-date";
import { reportTitle } from "@/lib/report-format";
import { HandoverControls } from "./_components/handover-controls";
import { ReportEditor } from "./_components/report-editor";

export const metadata: Metadata = { title: "填报年度报告" };

export default async function ReportPage({ params }: { params: Promise<{ reportId: string }> }) {
  const { reportId } = await params;
  const user = await requireUser(`/workspace/reports/${reportId}`);
  const id = Number(reportId);
  const report = Number.isSafeInteger(id) && id > 0 ? getReportForEditing(user, id) : null;
  // Someone else's report and a missing one look the same: existence is not disclosed.
  if (!report) notFound();
  const { header } = report;
  const publication = getPublicationInfo(user, header.id);
  const mayPublish = mayPublishOwnReport(user, header.id);
  const { handover, handback } = handoverState(user, header.id);

  return (
    <main className="mx-auto max-w-7xl px-4 py-6">
      <nav className="text-sm text-slate-600">
        <Link href="/workspace" className="text-blue-800 hover:underline">工作台</Link> / {header.year}年度报告
      </nav>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{reportTitle(header.officialName, header.year)}</h1>
        <StateBadge state={header.state} />
      </div>
      <p className="mt-1 text-sm text-slate-600">
        报送截止日期：{formatDate(header.unitDeadline)}
        <DeadlineStatus daysLeft={report.daysLeft} state={header.state} /> ·{" "}
        <Link href={`/workspace/reports/${header.id}/history`} className="text-blue-800 hover:underline">修改记录</Link> ·{" "}
        <a href={`/workspace/reports/${header.id}/draft/report.docx`} download className="text-blue-800 underline">下载 Word 送审稿</a> ·{" "}
        <Link href="/workspace/help/checks" className="text-blue-800 hover:underline">检查规则</Link>
      </p>
      {header.submittedAt && (
        <p className="mt-2 text-sm text-slate-700" data-testid="signed-off">
          已由{report.submittedByName ?? "审核签发人"}于 {formatDateTime(header.submittedAt)} 签发提交。
        </p>
      )}
      {report.returned && (
        <div role="note" className="mt-3 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="return-reason">
          <p className="font-medium">报告已被退回修改（{report.returned.by ?? "政务公开办公室"}，{formatDateTime(report.returned.at)}）</p>
          <p className="mt-1 whitespace-pre-line">退回理由：{report.returned.reason}</p>
          {report.comments.length > 0 && <p className="mt-1">审核员在 {report.comments.length} 处留有批注，已标注在对应的单元格和部分中。</p>}
        </div>
      )}
      {handback && (
        <div role="note" className="mt-3 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="handback-note">
          <p className="font-medium">审核签发人退回填报员（{handback.byName ?? "审核签发人"}，{formatDateTime(handback.at)}）</p>
          <p className="mt-1 whitespace-pre-line">{handback.note}</p>
        </div>
      )}
      {handover && (
        <p role="note" className="mt-3 rounded border border-blue-200 bg-blue-50 px-3 py-2 text-sm text-blue-900" data-testid="handover-note">
          {handover.byName ?? "填报员"}已于 {formatDateTime(handover.at)} 填写完成并送签发，等待审核签发人签发提交。
        </p>
      )}
      {report.canEdit && (user.role === "editor" || user.role === "approver") && (
        <HandoverControls reportId={header.id} role={user.role} handedOver={handover !== null} />
      )}
      {header.state === "imported" && (
        <p role="note" className="mt-3 rounded border border-stone-300 bg-stone-50 px-3 py-2 text-sm text-stone-900" data-testid="imported-note">
          导入：本报告由已发布的原报告读入，只供查阅和往年对比，不能修改。
          <a href={`/workspace/reports/${header.id}/original`} download className="ml-1 text-blue-800 underline">下载原报告文件</a>
        </p>
      )}
      {!report.canEdit && header.state !== "imported" && (
        <p role="note" className="mt-3 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {lockedReason(header.state)}
        </p>
      )}
      {(header.state === "approved" || header.state === "published") &&
        (mayPublish ? (
          <PublishPanel target={{ reportId: header.id }} state={header.state} publishedVersions={publication.versions} publicPath={publication.path} canCorrect={false} />
        ) : (
          <p role="note" className="mt-3 rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900" data-testid="publication-note">
            {publication.path ? (
              <>
                已向社会公开（{publication.versions} 个版本）：<Link href={publication.path} className="text-blue-800 underline">{publication.path}</Link>
              </>
            ) : (
              "报告已审核通过，等待发布。"
            )}
          </p>
        ))}
      <ReportEditor
        reportId={header.id}
        year={header.year}
        officialName={header.officialName}
        signerName={user.displayName}
        formatVersion={header.formatVersion}
        localTables={header.localTables}
        version={header.version}
        cells={report.cells}
        narratives={report.narratives}
        canEdit={report.canEdit}
        canSubmit={report.canSubmit}
        previous={report.previous}
        canMakeRules={report.canMakeRules}
        explanations={report.explanations}
        rejections={report.rejections}
        comments={report.comments}
      />
    </main>
  );
}
