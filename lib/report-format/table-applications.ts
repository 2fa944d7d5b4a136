import type { ColumnDef, RowDef, TableDef } from "./types";

/**
 * Table 三 (收到和处理政府信息公开申请情况): identical columns in both national versions.
 * The help texts restate the format's notes (国办公开办函〔2019〕60号、〔2021〕30号) and the articles of the
 * 条例 each row stands for, in our own words.
 */
const APPLICANT = "申请人情况";
const ORG = "法人或其他组织";

const applicantColumns: ColumnDef[] = [
  { key: "natural", label: "自然人", groups: [APPLICANT], help: "以个人名义提出的申请（含委托他人代为提出的）。" },
  { key: "commercial", label: "商业企业", groups: [APPLICANT, ORG], help: "以公司、个体工商户等商业企业名义提出的申请。" },
  { key: "research", label: "科研机构", groups: [APPLICANT, ORG], help: "以高校、科研院所等科研机构名义提出的申请。" },
  { key: "publicWelfare", label: "社会公益组织", groups: [APPLICANT, ORG], help: "以社会团体、基金会、民办非企业单位等公益组织名义提出的申请。" },
  { key: "legal", label: "法律服务机构", groups: [APPLICANT, ORG], help: "以律师事务所、法律援助机构等名义提出的申请；律师以个人名义申请的计入“自然人”。" },
  { key: "otherOrg", label: "其他", groups: [APPLICANT, ORG], help: "不属于以上四类的法人或其他组织提出的申请。" },
  {
    key: "total",
    label: "总计",
    groups: [APPLICANT],
    sumOf: ["natural", "commercial", "research", "publicWelfare", "legal", "otherOrg"],
    help: "自动计算：自然人与各类法人或其他组织之和，不需填写。",
  },
];

const RESULTS = "三、本年度办理结果";
const DENIED = "（三）不予公开";
const UNABLE = "（四）无法提供";
const REFUSED = "（五）不予处理";
const OTHER = "（六）其他处理";

const resultRowsBeforeOther: RowDef[] = [
  { key: "granted", label: "（一）予以公开", groups: [RESULTS], help: "本年度办结、所申请的信息全部予以公开（含告知获取方式和途径）的申请数。" },
  {
    key: "partial",
    label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    groups: [RESULTS],
    help: "同一申请中部分信息公开、其余不予公开或无法提供，作区分处理的：只计入本行一次，不再计入不予公开、无法提供等其他行。",
  },
  { key: "denied.secret", label: "1.属于国家秘密", groups: [RESULTS, DENIED], help: "所申请信息依法确定为国家秘密，不予公开的（条例第十四条）。" },
  { key: "denied.law", label: "2.其他法律行政法规禁止公开", groups: [RESULTS, DENIED], help: "国家秘密以外、法律或行政法规明确禁止公开的信息（条例第十四条）。" },
  { key: "denied.safety", label: "3.危及“三安全一稳定”", groups: [RESULTS, DENIED], help: "公开后可能危及国家安全、公共安全、经济安全或社会稳定的信息（条例第十四条）。" },
  { key: "denied.thirdParty", label: "4.保护第三方合法权益", groups: [RESULTS, DENIED], help: "涉及商业秘密、个人隐私等，公开会损害第三方合法权益且第三方不同意公开的（条例第十五条）。" },
  { key: "denied.internal", label: "5.属于三类内部事务信息", groups: [RESULTS, DENIED], help: "人事管理、后勤管理、内部工作流程等内部事务信息（条例第十六条第一款）。" },
  { key: "denied.process", label: "6.属于四类过程性信息", groups: [RESULTS, DENIED], help: "讨论记录、过程稿、磋商信函、请示报告等履职过程中形成的过程性信息（条例第十六条第二款）。" },
  { key: "denied.enforcement", label: "7.属于行政执法案卷", groups: [RESULTS, DENIED], help: "行政执法案卷信息，依法可以不予公开的（条例第十六条第二款）。" },
  { key: "denied.query", label: "8.属于行政查询事项", groups: [RESULTS, DENIED], help: "所申请内容有法律法规规定的专门查询渠道（如登记资料查询），告知按查询途径办理的。" },
  { key: "unable.notHeld", label: "1.本机关不掌握相关政府信息", groups: [RESULTS, UNABLE], help: "经检索，本机关没有制作或保存所申请的信息；能确定负责机关的应一并告知（条例第三十六条）。" },
  { key: "unable.needsCreation", label: "2.没有现成信息需要另行制作", groups: [RESULTS, UNABLE], help: "需要对现有信息加工、分析或另行制作才能提供的（条例第三十八条）。" },
  { key: "unable.unclear", label: "3.补正后申请内容仍不明确", groups: [RESULTS, UNABLE], help: "已告知申请人补正，补正后仍无法确定所申请的是哪项信息的（条例第二十九条、第三十条）。" },
  { key: "refused.complaint", label: "1.信访举报投诉类申请", groups: [RESULTS, REFUSED], help: "以申请公开信息为名进行信访、投诉、举报，已告知通过相应渠道办理的（条例第三十九条）。" },
  { key: "refused.repeat", label: "2.重复申请", groups: [RESULTS, REFUSED], help: "已答复后，申请人就同一信息再次申请、本机关不重复处理的（条例第三十六条）。" },
  { key: "refused.publication", label: "3.要求提供公开出版物", groups: [RESULTS, REFUSED], help: "要求提供政府公报、报刊、书籍等公开出版物，已告知获取途径的（条例第三十九条）。" },
  { key: "refused.massive", label: "4.无正当理由大量反复申请", groups: [RESULTS, REFUSED], help: "申请数量、频次明显超过合理范围，且说明的理由不合理、本机关不予处理的（条例第三十五条）。" },
  { key: "refused.confirm", label: "5.要求行政机关确认或重新出具已获取信息", groups: [RESULTS, REFUSED], help: "要求对已获取的信息予以确认、盖章或重新出具的（条例第三十九条）。" },
];

const otherRows2019: RowDef[] = [
  { key: "other", label: "（六）其他处理", groups: [RESULTS], help: "不属于以上情形的办理结果，如申请人逾期不补正、撤回申请等。" },
];

const otherRows2021: RowDef[] = [
  {
    key: "other.noCorrection",
    label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    groups: [RESULTS, OTHER],
    help: "已告知补正，申请人无正当理由在期限内未补正、本机关不再处理的。",
  },
  {
    key: "other.unpaidFee",
    label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    groups: [RESULTS, OTHER],
    help: "已发出信息处理费收费通知，申请人逾期未缴纳、本机关不再处理的。",
  },
  { key: "other.other", label: "3.其他", groups: [RESULTS, OTHER], help: "不属于以上任何情形的办理结果，如申请人主动撤回申请。" },
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
      {
        key: "received",
        label: "一、本年新收政府信息公开申请数量",
        aliases: ["一、本年新收到政府信息公开申请数量"],
        help: "本年1月1日至12月31日新收到的申请数，按申请人类型分列。",
      },
      {
        key: "carriedOver",
        label: "二、上年结转政府信息公开申请数量",
        aliases: ["二、上年转结政府信息公开申请数量"],
        help: "上一年收到、到上年底尚未办结而转入本年继续办理的申请数；应等于上一年度报告“四、结转下年度继续办理”的数字。",
      },
      ...resultRows,
      {
        key: "handledTotal",
        label: "（七）总计",
        groups: [RESULTS],
        sumOf: resultRows.map((r) => r.key),
        help: "自动计算：本年度已办结的各项结果之和，不需填写。",
      },
      {
        key: "carriedForward",
        label: "四、结转下年度继续办理",
        aliases: ["四、转结下年度继续办理"],
        help: "到本年12月31日尚未办结、转入下一年继续办理的申请数。须满足：一加二之和等于（七）总计加本行。",
      },
    ],
  };
}

export const applicationsTable2019 = applicationsTable(otherRows2019);
export const applicationsTable2021 = applicationsTable(otherRows2021);

/** The row keys that T3-HANDLED-SUM adds up: every result row except the total. */
export function resultRowKeys(table: TableDef): string[] {
  return table.rows.find((r) => r.key === "handledTotal")?.sumOf ?? [];
}
