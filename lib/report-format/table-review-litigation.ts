import type { TableDef } from "./types";

/** Table 四: one printed data row of 15 numbers; each group is held as a row of five columns. */
export const reviewLitigationTable: TableDef = {
  id: "t4",
  title: "",
  layout: "row-groups-as-columns",
  columns: [
    { key: "upheld", label: "结果维持" },
    { key: "corrected", label: "结果纠正" },
    { key: "other", label: "其他结果" },
    { key: "pending", label: "尚未审结" },
    { key: "total", label: "总计", sumOf: ["upheld", "corrected", "other", "pending"] },
  ],
  rows: [
    { key: "review", label: "行政复议" },
    { key: "suitDirect", label: "未经复议直接起诉", groups: ["行政诉讼"] },
    { key: "suitAfterReview", label: "复议后起诉", groups: ["行政诉讼"] },
  ],
};
