import type { ColumnDef, RowDef, TableDef } from "./types";

/** Table 三 (收到和处理政府信息公开申请情况): identical columns in both national versions. */
const APPLICANT = "申请人情况";
const ORG = "法人或其他组织";

const applicantColumns: ColumnDef[] = [
  { key: "natural", label: "自然人", groups: [APPLICANT] },
  { key: "commercial", label: "商业企业", groups: [APPLICANT, ORG] },
  { key: "research", label: "科研机构", groups: [APPLICANT, ORG] },
  { key: "publicWelfare", label: "社会公益组织", groups: [APPLICANT, ORG] },
  { key: "legal", label: "法律服务机构", groups: [APPLICANT, ORG] },
  { key: "otherOrg", label: "其他", groups: [APPLICANT, ORG] },
  {
    key: "total",
    label: "总计",
    groups: [APPLICANT],
    sumOf: ["natural", "commercial", "research", "publicWelfare", "legal", "otherOrg"],
  },
];

const RESULTS = "三、本年度办理结果";
const DENIED = "（三）不予公开";
const UNABLE = "（四）无法提供";
const REFUSED = "（五）不予处理";
const OTHER = "（六）其他处理";

const resultRowsBeforeOther: RowDef[] = [
  { key: "granted", label: "（一）予以公开", groups: [RESULTS] },
  { key: "partial", label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", groups: [RESULTS] },
  { key: "denied.secret", label: "1.属于国家秘密", groups: [RESULTS, DENIED] },
  { key: "denied.law", label: "2.其他法律行政法规禁止公开", groups: [RESULTS, DENIED] },
  { key: "denied.safety", label: "3.危及“三安全一稳定”", groups: [RESULTS, DENIED] },
  { key: "denied.thirdParty", label: "4.保护第三方合法权益", groups: [RESULTS, DENIED] },
  { key: "denied.internal", label: "5.属于三类内部事务信息", groups: [RESULTS, DENIED] },
  { key: "denied.process", label: "6.属于四类过程性信息", groups: [RESULTS, DENIED] },
  { key: "denied.enforcement", label: "7.属于行政执法案卷", groups: [RESULTS, DENIED] },
  { key: "denied.query", label: "8.属于行政查询事项", groups: [RESULTS, DENIED] },
  { key: "unable.notHeld", label: "1.本机关不掌握相关政府信息", groups: [RESULTS, UNABLE] },
  { key: "unable.needsCreation", label: "2.没有现成信息需要另行制作", groups: [RESULTS, UNABLE] },
  { key: "unable.unclear", label: "3.补正后申请内容仍不明确", groups: [RESULTS, UNABLE] },
  { key: "refused.complaint", label: "1.信访举报投诉类申请", groups: [RESULTS, REFUSED] },
  { key: "refused.repeat", label: "2.重复申请", groups: [RESULTS, REFUSED] },
  { key: "refused.publication", label: "3.要求提供公开出版物", groups: [RESULTS, REFUSED] },
  { key: "refused.massive", label: "4.无正当理由大量反复申请", groups: [RESULTS, REFUSED] },
  { key: "refused.confirm", label: "5.要求行政机关确认或重新出具已获取信息", groups: [RESULTS, REFUSED] },
];

const otherRows2019: RowDef[] = [{ key: "other", label: "（六）其他处理", groups: [RESULTS] }];

const otherRows2021: RowDef[] = [
  {
    key: "other.noCorrection",
    label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    groups: [RESULTS, OTHER],
  },
  {
    key: "other.unpaidFee",
    label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    groups: [RESULTS, OTHER],
  },
  { key: "other.other", label: "3.其他", groups: [RESULTS, OTHER] },
];

function applicationsTable(otherRows: RowDef[]): TableDef {
  const resultRows = [...resultRowsBeforeOther, ...otherRows];
  return {
    id: "t3",
    title: "",
    layout: "grid",
    corner: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
    columns: applicantColumns,
    rows: [
      { key: "received", label: "一、本年新收政府信息公开申请数量", aliases: ["一、本年新收到政府信息公开申请数量"] },
      { key: "carriedOver", label: "二、上年结转政府信息公开申请数量", aliases: ["二、上年转结政府信息公开申请数量"] },
      ...resultRows,
      { key: "handledTotal", label: "（七）总计", groups: [RESULTS], sumOf: resultRows.map((r) => r.key) },
      { key: "carriedForward", label: "四、结转下年度继续办理" },
    ],
  };
}

export const applicationsTable2019 = applicationsTable(otherRows2019);
export const applicationsTable2021 = applicationsTable(otherRows2021);

/** The row keys that T3-HANDLED-SUM adds up: every result row except the total. */
export function resultRowKeys(table: TableDef): string[] {
  return table.rows.find((r) => r.key === "handledTotal")?.sumOf ?? [];
}
