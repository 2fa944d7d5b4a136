import type { TableDef } from "./types";

/** Table 四: one printed data row of 15 numbers; each group is held as a row of five columns. */
export const reviewLitigationTable: TableDef = {
  id: "t4",
  title: "",
  layout: "row-groups-as-columns",
  columns: [
    { key: "upheld", label: "结果维持", help: "复议机关或法院维持本机关行为（含驳回复议申请、驳回诉讼请求）的案件数。" },
    { key: "corrected", label: "结果纠正", help: "本机关行为被撤销、变更、确认违法或责令重新答复、履行的案件数。" },
    { key: "other", label: "其他结果", help: "以维持、纠正以外方式结案的案件数，如申请人撤回、调解、终止审理。" },
    { key: "pending", label: "尚未审结", help: "到本年12月31日尚未作出复议决定或裁判的案件数。" },
    { key: "total", label: "总计", sumOf: ["upheld", "corrected", "other", "pending"], help: "自动计算：前四列之和，不需填写。" },
  ],
  rows: [
    { key: "review", label: "行政复议", help: "本年度因本机关政府信息公开工作被申请行政复议的案件。" },
    { key: "suitDirect", label: "未经复议直接起诉", groups: ["行政诉讼"], help: "未经行政复议、直接向人民法院提起行政诉讼的政府信息公开案件。" },
    { key: "suitAfterReview", label: "复议后起诉", groups: ["行政诉讼"], help: "经行政复议后又向人民法院提起行政诉讼的政府信息公开案件。" },
  ],
};
