import type { ColumnDef, RowDef, TableDef } from "./types";

/** Table B (主动公开政府信息具体情况): one sub-table per item of Art. 20. Help texts restate the notes in our own words. */
const CONTENT = "信息内容";

const PREV_COUNT: ColumnDef = { key: "prevCount", label: "上一年项目数量", help: "上一年度末本机关实施的该类事项（项目）数量。" };
const CHANGE: ColumnDef = {
  key: "change",
  label: "本年增/减",
  kind: "signed",
  help: "本年事项数量与上一年相比的变化：增加填正数，减少用负值表示（如 -8），没有变化填 0。",
};
const DECISIONS_2019: ColumnDef = { key: "decisions", label: "处理决定数量", help: "本年度作出的该类决定件数（如许可决定、处罚决定、强制决定）。" };
const DECISIONS_2021: ColumnDef = { key: "decisions", label: "本年处理决定数量", help: "本年1月1日至12月31日作出的该类决定件数（如准予或不予许可、处罚决定、强制决定）。" };

const LICENSING: RowDef = { key: "licensing", label: "行政许可", help: "本机关实施的行政许可事项及作出的许可决定。" };
const PENALTY: RowDef = { key: "penalty", label: "行政处罚", help: "本机关实施的行政处罚事项及作出的处罚决定。" };
const ENFORCEMENT: RowDef = { key: "enforcement", label: "行政强制", help: "本机关实施的行政强制措施和强制执行事项及作出的决定。" };

export const article20Tables2019: TableDef[] = [
  {
    id: "b1",
    title: "第二十条第（一）项",
    layout: "grid",
    corner: CONTENT,
    columns: [
      { key: "made", label: "本年新制作数量", help: "本年度本机关新制定的件数。" },
      { key: "published", label: "本年新公开数量", help: "本年度新向社会公开的件数（含以前年度制作、本年公开的）。" },
      { key: "total", label: "对外公开总数量", help: "截至本年底累计对外公开的件数，含以前年度公开的。" },
    ],
    rows: [
      { key: "rules", label: "规章", help: "本机关制定的规章；没有规章制定权的填 0。" },
      { key: "normative", label: "规范性文件", help: "本机关制发的、涉及公众权利义务、具有普遍约束力的规范性文件。" },
    ],
  },
  {
    id: "b5",
    title: "第二十条第（五）项",
    layout: "grid",
    corner: CONTENT,
    columns: [PREV_COUNT, CHANGE, DECISIONS_2019],
    rows: [LICENSING, { key: "otherServices", label: "其他对外管理服务事项", help: "行政许可以外、本机关对外实施的管理服务事项。" }],
  },
  {
    id: "b6",
    title: "第二十条第（六）项",
    layout: "grid",
    corner: CONTENT,
    columns: [PREV_COUNT, CHANGE, DECISIONS_2019],
    rows: [PENALTY, ENFORCEMENT],
  },
  {
    id: "b8",
    title: "第二十条第（八）项",
    layout: "grid",
    corner: CONTENT,
    columns: [PREV_COUNT, CHANGE],
    rows: [{ key: "fees", label: "行政事业性收费", help: "本机关实施的行政事业性收费项目。" }],
  },
  {
    id: "b9",
    title: "第二十条第（九）项",
    layout: "grid",
    corner: CONTENT,
    columns: [
      { key: "projects", label: "采购项目数量", help: "本年度纳入政府集中采购的项目个数。" },
      // The format names no unit and published reports mix 元 and 万元: the unit is stored with the value.
      {
        key: "amount",
        label: "采购总金额",
        kind: "amount",
        units: ["万元", "元"],
        help: "本年度政府集中采购的总金额。格式未规定单位：请在旁边选择“万元”或“元”，与所填数字一致（如 6376.8025 万元）。",
      },
    ],
    rows: [{ key: "procurement", label: "政府集中采购", help: "本机关本年度实施的政府集中采购。" }],
  },
];

export const article20Tables2021: TableDef[] = [
  {
    id: "b1",
    title: "第二十条第（一）项",
    layout: "grid",
    corner: CONTENT,
    columns: [
      { key: "issued", label: "本年制发件数", help: "本年1月1日至12月31日新制定印发的件数。" },
      { key: "repealed", label: "本年废止件数", help: "本年度宣布废止或失效的件数。" },
      { key: "inForce", label: "现行有效件数", help: "截至本年底仍然有效的件数，含以前年度制发、未废止的。" },
    ],
    rows: [
      { key: "rules", label: "规章", help: "本机关制定的规章；没有规章制定权的填 0。" },
      { key: "normative", label: "行政规范性文件", help: "本机关依法制发、涉及公众权利义务、具有普遍约束力并反复适用的行政规范性文件。" },
    ],
  },
  {
    id: "b5",
    title: "第二十条第（五）项",
    layout: "grid",
    corner: CONTENT,
    columns: [DECISIONS_2021],
    rows: [LICENSING],
  },
  {
    id: "b6",
    title: "第二十条第（六）项",
    layout: "grid",
    corner: CONTENT,
    columns: [DECISIONS_2021],
    rows: [PENALTY, ENFORCEMENT],
  },
  {
    id: "b8",
    title: "第二十条第（八）项",
    layout: "grid",
    corner: CONTENT,
    columns: [{ key: "amount", label: "本年收费金额（单位：万元）", kind: "amount", units: ["万元"], help: "本年度收取的行政事业性收费总额，以万元为单位，精确到分（最多 6 位小数）。" }],
    rows: [{ key: "fees", label: "行政事业性收费", help: "本机关依法收取的行政事业性收费。" }],
  },
];
