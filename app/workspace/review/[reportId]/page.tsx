import type { Metadata } from "next";
import Link from "next/link";
import { NarrativeDiff } from "@/components/narrative-diff/narrative-diff";
import { notFound } from "next/navigation";
import { PublishPanel } from "@/app/workspace/publishing/_components/publish-panel";
import { StateBadge } from "@/components/ui/state-badge";
import { STATE_LABELS, type ReportState } from "@/lib/domain";
import { getPublicationInfo } from "@/lib/dal/publishing";
import { getReviewData } from "@/lib/dal/review-read";
import { requireUser } from "@/lib/dal/session";
import { formatDateTime } from "@/lib/format-date";
import { reportTitle, resolveFormat } from "@/lib/report-format";
import { DecisionPanel } from "./_components/decision-panel";
import { ExplanationReview } from "./_components/explanation-review";
import { ReviewReport } from "./_components/review-report";

export const metadata: Metadata = { title: "审核报告" };

export default async function ReviewPage({ params }: { params: Promise<{ reportId: string }> }) {
  const { reportId } = await params;
  const user = await requireUser(`/workspace/review/${reportId}`);
  const id = Number(reportId);
  const review = Number.isSafeInteger(id) && id > 0 ? getReviewData(user, id) : null;
  if (!review) notFound();
  const { header } = review;
  const publication = getPublicationInfo(user, header.id);
  const format = resolveFormat(header.formatVersion, header.localTables);
  const cellName = (key: string) => format.cellByKey.get(key)?.name ?? key;
  const sectionName = (key: string) => [format.preamble, ...format.sections].find((s) => s.key === key)?.title ?? key;

  return (
    <main className="mx-auto max-w-7xl px-4 py-6">
      <nav className="text-sm text-slate-600">
        <Link href={`/workspace/office/${header.year}`} className="text-blue-800 hover:underline">{header.year}年度报送进度</Link> / 审核
      </nav>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{reportTitle(header.officialName, header.year)}</h1>
        <StateBadge state={header.state} />
      </div>
      <p className="mt-1 flex flex-wrap gap-4 text-sm">
        <a href={`/workspace/reports/${header.id}/draft/report.docx`} download className="text-blue-800 underline">下载 Word</a>
        <a href={`/workspace/reports/${header.id}/draft/report.xlsx`} download className="text-blue-800 underline">下载 Excel</a>
      </p>
      {review.events.length > 0 && (
        <details className="mt-2 text-sm text-slate-700" open={review.events.length < 6}>
          <summary className="cursor-pointer">办理记录（{review.events.length} 条）</summary>
          <ul className="mt-1 space-y-0.5">
            {review.events.map((e, i) => (
              <li key={i}>
                {formatDateTime(e.at)} {e.who ?? "系统"}：{STATE_LABELS[e.from as ReportState] ?? e.from} → {STATE_LABELS[e.to as ReportState] ?? e.to}
                {e.note ? `（${e.note}）` : ""}
              </li>
            ))}
          </ul>
        </details>
      )}

      {review.changesSinceLastSubmission && (
        <section aria-labelledby="changes-heading" className="mt-4 rounded border border-violet-300 bg-violet-50 p-3 text-sm">
          <h2 id="changes-heading" className="font-semibold">第 {review.submissionCount} 次提交：与上次提交相比的修改（{review.changesSinceLastSubmission.length} 处）</h2>
          <ul className="mt-1 space-y-0.5" data-testid="changes-since-submission">
            {review.changesSinceLastSubmission.map((c) => (
              <li key={`${c.kind}:${c.key}`}>
                {c.kind === "cell" ? (
                  `“${cellName(c.key)}”：${c.before ?? "空"} → ${c.after ?? "空"}`
                ) : (
                  // The text as a diff: what the unit inserted and deleted, marked (and named for screen readers).
                  <NarrativeDiff title={`“${sectionName(c.key)}”正文`} from={c.before ?? undefined} to={c.after ?? ""} />
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <ExplanationReview
        reportId={header.id}
        findings={review.findings}
        explanations={review.explanations}
        canReview={header.state === "submitted"}
      />

      <ReviewReport
        reportId={header.id}
        year={header.year}
        officialName={header.officialName}
        formatVersion={header.formatVersion}
        localTables={header.localTables}
        values={review.data.values}
        narratives={review.data.narratives}
        comments={review.comments}
        canComment={header.state === "submitted"}
      />

      <DecisionPanel
        reportId={header.id}
        state={header.state}
        summary={{
          unitName: header.unitName,
          year: header.year,
          errors: review.findings.filter((f) => f.severity === "error").length,
          warnings: review.findings.filter((f) => f.severity === "warning").length,
          explanations: {
            accepted: review.explanations.filter((x) => !x.lapsed && x.review === "accepted").length,
            rejected: review.explanations.filter((x) => !x.lapsed && x.review === "rejected").length,
            pending: review.explanations.filter((x) => !x.lapsed && x.review === "pending").length,
          },
          openComments: review.comments.filter((c) => c.resolvedAt === null).length,
        }}
      />
      {(header.state === "approved" || header.state === "published") && (
        <PublishPanel target={{ reportId: header.id }} state={header.state} publishedVersions={publication.versions} publicPath={publication.path} />
      )}
    </main>
  );
}
