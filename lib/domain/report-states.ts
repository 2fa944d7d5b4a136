/**
 * A report's life: a unit fills it in, its approver submits it, the office returns or approves it, then it is
 * published. An imported report is a past year's report published outside the application and read in
 * (lib/dal/past-import.ts): read-only, its original file kept, it counts as that year's report in the
 * cross-year checks.
 */
export const REPORT_STATES = ["not_started", "draft", "submitted", "returned", "approved", "published", "imported"] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export const STATE_LABELS: Record<ReportState, string> = {
  not_started: "未开始",
  draft: "填报中",
  submitted: "已提交",
  returned: "已退回",
  approved: "审核通过",
  published: "已发布",
  imported: "已导入",
};
