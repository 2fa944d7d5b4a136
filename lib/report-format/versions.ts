import { applicationsTable2019, applicationsTable2021 } from "./table-applications";
import { article20Tables2019, article20Tables2021 } from "./table-article20";
import { channelsLocalTable } from "./table-channels-local";
import { reviewLitigationTable } from "./table-review-litigation";
import type { FormatVersion, LocalTable, SectionDef, TableDef } from "./types";

/** The key narratives, comments and history use for the 编制说明. */
export const PREAMBLE_KEY = "preamble";
export const PREAMBLE_TITLE = "编制说明";

function preamble(issuedBy: string): SectionDef {
  return {
    key: PREAMBLE_KEY,
    number: "",
    title: PREAMBLE_TITLE,
    narrative: "required",
    hint: `说明编制依据（《中华人民共和国政府信息公开条例》和${issuedBy}）及报告的组成部分。`,
    tableIds: [],
  };
}

function sections(article20: TableDef[], sec1Hint: string, sec6Hint: string): SectionDef[] {
  return [
    { key: "one", number: "一", title: "总体情况", narrative: "required", hint: sec1Hint, tableIds: [] },
    {
      key: "two",
      number: "二",
      title: "主动公开政府信息情况",
      narrative: "optional",
      tableIds: article20.map((t) => t.id),
      nationalTablesTitle: "主动公开政府信息具体情况",
    },
    {
      key: "three",
      number: "三",
      title: "收到和处理政府信息公开申请情况",
      narrative: "none",
      headingAliases: ["收到和处理政府信息公开申请的情况"],
      tableIds: ["t3"],
    },
    {
      key: "four",
      number: "四",
      title: "政府信息公开行政复议、行政诉讼情况",
      narrative: "none",
      headingAliases: ["因政府信息公开工作被申请行政复议、提起行政诉讼情况", "政府信息公开行政复议和行政诉讼情况"],
      tableIds: ["t4"],
    },
    {
      key: "five",
      number: "五",
      title: "存在的主要问题及改进情况",
      narrative: "required",
      headingAliases: ["政府信息公开工作存在的主要问题及改进情况", "存在的主要问题和改进情况"],
      hint: "写明本年度存在的主要问题和具体改进措施，不得为空，不得照搬上一年度内容。",
      tableIds: [],
    },
    { key: "six", number: "六", title: "其他需要报告的事项", narrative: "required", hint: sec6Hint, tableIds: [] },
  ];
}

export const formatVersions: Record<string, FormatVersion> = {
  "2019": {
    id: "2019",
    name: "2019年版（试行）",
    issuedBy: "国办公开办函〔2019〕60号",
    preamble: preamble("国办公开办函〔2019〕60号"),
    tables: [...article20Tables2019, applicationsTable2019, reviewLitigationTable],
    capabilities: [],
    sections: sections(
      article20Tables2019,
      "概述本年度政府信息公开工作总体情况。",
      "如无其他需要报告的事项，写明“无”。",
    ),
  },
  "2021": {
    id: "2021",
    name: "2021年版",
    issuedBy: "国办公开办函〔2021〕30号",
    preamble: preamble("国办公开办函〔2021〕30号"),
    tables: [...article20Tables2021, applicationsTable2021, reviewLitigationTable],
    capabilities: ["stockTable", "feeSection"],
    sections: sections(
      article20Tables2021,
      "分主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个部分叙述。",
      "依据《政府信息公开信息处理费管理办法》收取信息处理费的情况在此说明（未收取的也应写明）。",
    ),
  },
};

export const localTables: Record<string, LocalTable> = {
  [channelsLocalTable.id]: channelsLocalTable,
};

/** The canonical title of a report: <机关名称><年份>年政府信息公开工作年度报告. */
export function reportTitle(unitName: string, year: number): string {
  return `${unitName}${year}年政府信息公开工作年度报告`;
}
