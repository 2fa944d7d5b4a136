import type { Severity } from "./types";

/** What the UI shows next to a check id. Severity lives here only: declarations refer to ids. */
export interface CheckInfo {
  severity: Severity;
  /** Short Chinese title. */
  title: string;
  /** Only relevant when submitting (see Finding.onSubmit). */
  onSubmit?: boolean;
}

/** Every implemented check (checks.md), except the consolidated report's AGG-* checks. */
export const CHECK_CATALOGUE = {
  "T3-BALANCE": { severity: "error", title: "申请数量收支不平衡" },
  "T3-HANDLED-SUM": { severity: "error", title: "办理结果总计与分项之和不符" },
  "T3-ROW-SUM": { severity: "error", title: "申请人总计与分项之和不符" },
  "T3-CARRY-YOY": { severity: "warning", title: "上年结转数与上年报告不衔接" },
  "T4-SUM": { severity: "error", title: "复议诉讼总计与分项之和不符" },
  "T4-VS-APPLICATIONS": { severity: "info", title: "无公开申请却有复议诉讼" },
  "T2-PUBLISHED-LE-TOTAL": { severity: "error", title: "本年新公开数量大于对外公开总数量" },
  "T2-MADE-NOT-PUBLISHED": { severity: "warning", title: "有新制作文件但未公开" },
  "T2-ITEMS-NONNEGATIVE": { severity: "error", title: "项目数量增减后为负数" },
  "T2-ITEMS-YOY": { severity: "warning", title: "上一年项目数量与上年报告不衔接" },
  "T2-STOCK-YOY": { severity: "warning", title: "现行有效件数与上年不衔接" },
  "T2-RULES-LEVEL": { severity: "warning", title: "本单位无权制定规章" },
  "T2-AMOUNT-UNIT": { severity: "warning", title: "采购金额单位可能有误" },
  "TA-PART-LE-WHOLE": { severity: "error", title: "“其中”项大于所属总项" },
  "TA-CHANNEL-LE-TOTAL": { severity: "error", title: "单一渠道公开数大于公开总数" },
  "TA-CHANNELS-COVER-TOTAL": { severity: "warning", title: "各渠道公开数之和小于公开总数" },
  "VAL-TYPE": { severity: "error", title: "数值格式无效" },
  "VAL-BLANK": { severity: "error", title: "有未填写的单元格", onSubmit: true },
  "VAL-OUTLIER": { severity: "info", title: "与上年相差十倍以上" },
  "TXT-VS-TABLE": { severity: "warning", title: "正文数字与表格不符" },
  "TXT-INNER-SUM": { severity: "warning", title: "正文总数与所列分项不符" },
  "TXT-YEAR": { severity: "warning", title: "正文叙述了其他年度的工作" },
  "TXT-PLACEHOLDER": { severity: "warning", title: "正文有未填写的空白" },
  "TXT-PARTS": { severity: "info", title: "编制说明所述部分数与报告不符" },
  "TXT-SEC5-EMPTY": { severity: "error", title: "“存在的主要问题及改进情况”为空", onSubmit: true },
  "TXT-SEC5-COPY": { severity: "warning", title: "“存在的主要问题及改进情况”与上年雷同" },
  "TXT-SEC6-FEE": { severity: "warning", title: "未说明信息处理费收取情况" },
} as const satisfies Record<string, CheckInfo>;

export type CheckId = keyof typeof CHECK_CATALOGUE;

export const CHECK_IDS = Object.keys(CHECK_CATALOGUE) as CheckId[];

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A check's short title ("申请数量收支不平衡"), or the id itself for a check the catalogue does not know. */
export function checkTitle(checkId: string): string {
  return (CHECK_CATALOGUE as Record<string, CheckInfo>)[checkId]?.title ?? checkId;
}
