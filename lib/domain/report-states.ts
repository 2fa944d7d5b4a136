/** A report's life: a unit fills it in, its approver submits it, the office returns or approves it, then it is published. */
export const REPORT_STATES = ["not_started", "draft", "submitted", "returned", "approved", "published"] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export const STATE_LABELS: Record<ReportState, string> = {
  not_started: "未开始",
  draft: "填报中",
  submitted: "已提交",
  returned: "已退回",
  approved: "审核通过",
  published: "已发布",
};
