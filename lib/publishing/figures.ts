import { numberAt, tableOf } from "./report-model";
import type { PublishedReport } from "./snapshot";

/** The main figures of a published report, for the consolidated page's charts and year-on-year table. */

export interface Datum {
  label: string;
  value: number;
}

const RESULT_GROUPS: { prefix: string; label: string }[] = [
  { prefix: "granted", label: "予以公开" },
  { prefix: "partial", label: "部分公开" },
  { prefix: "denied", label: "不予公开" },
  { prefix: "unable", label: "无法提供" },
  { prefix: "refused", label: "不予处理" },
  { prefix: "other", label: "其他处理" },
];

function sumRows(report: PublishedReport, tableId: string, rowKeys: string[], colKey: string): number | null {
  let sum = 0;
  let any = false;
  for (const row of rowKeys) {
    const v = numberAt(report, `${tableId}.${row}.${colKey}`);
    if (v !== null) {
      sum += v;
      any = true;
    }
  }
  return any ? sum : null;
}

function resultGroup(report: PublishedReport, prefix: string): number | null {
  const t3 = tableOf(report, "t3");
  if (!t3) return null;
  const rows = t3.rows.filter((r) => r.key === prefix || r.key.startsWith(`${prefix}.`)).map((r) => r.key);
  return sumRows(report, "t3", rows, "total");
}

/** 申请办理结果: granted, partial, and the totals of denied, unable, refused and other handling. */
export function applicationResults(report: PublishedReport): Datum[] {
  if (!tableOf(report, "t3")) return [];
  return RESULT_GROUPS.map((g) => ({ label: g.label, value: resultGroup(report, g.prefix) ?? 0 }));
}

/** 主动公开渠道: the channel rows of local table A, where the year has it. */
export function disclosureChannels(report: PublishedReport): Datum[] {
  const a = tableOf(report, "a");
  if (!a) return [];
  return a.rows
    .filter((r) => r.groups?.[0]?.includes("渠道和方式公开政府信息"))
    .map((r) => ({
      label: r.label.replace(/^\d+[.．、]/, "").replace(/公开政府信息数$/, ""),
      value: numberAt(report, `a.${r.key}`) ?? 0,
    }));
}

export interface OutcomeGroup {
  label: string;
  values: Record<string, number>;
}

/** 行政复议/行政诉讼结果: upheld, corrected, other and pending for each group of table 四. */
export function reviewOutcomes(report: PublishedReport): { outcomes: { key: string; label: string }[]; groups: OutcomeGroup[] } {
  const t4 = tableOf(report, "t4");
  if (!t4) return { outcomes: [], groups: [] };
  const outcomes = t4.columns.filter((c) => !c.sumOf).map((c) => ({ key: c.key, label: c.label }));
  const groups = t4.rows.map((r) => ({
    label: r.groups?.length ? `${r.groups.join("")}（${r.label}）` : r.label,
    values: Object.fromEntries(outcomes.map((o) => [o.key, numberAt(report, `t4.${r.key}.${o.key}`) ?? 0])),
  }));
  return { outcomes, groups };
}

export interface MainFigure {
  label: string;
  unit: string;
  get: (report: PublishedReport) => number | null;
}

/** The rows of the year-on-year table, in the order the report prints them. */
export const MAIN_FIGURES: MainFigure[] = [
  { label: "主动公开政府信息数", unit: "条", get: (r) => numberAt(r, "a.total") },
  { label: "本年新收政府信息公开申请数量", unit: "件", get: (r) => numberAt(r, "t3.received.total") },
  { label: "上年结转政府信息公开申请数量", unit: "件", get: (r) => numberAt(r, "t3.carriedOver.total") },
  ...RESULT_GROUPS.map((g) => ({ label: `办理结果：${g.label}`, unit: "件", get: (r: PublishedReport) => resultGroup(r, g.prefix) })),
  { label: "办理结果总计", unit: "件", get: (r) => numberAt(r, "t3.handledTotal.total") },
  { label: "结转下年度继续办理", unit: "件", get: (r) => numberAt(r, "t3.carriedForward.total") },
  { label: "行政复议总计", unit: "件", get: (r) => numberAt(r, "t4.review.total") },
  {
    label: "行政诉讼总计",
    unit: "件",
    get: (r) => {
      const t4 = tableOf(r, "t4");
      if (!t4) return null;
      return sumRows(r, "t4", t4.rows.filter((row) => row.groups?.includes("行政诉讼")).map((row) => row.key), "total");
    },
  },
];
