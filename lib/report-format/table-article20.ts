import type { TableDef } from "./types";

/** Table B (主动公开政府信息具体情况): one sub-table per item of Art. 20. */
const CONTENT = "信息内容";

export const article20Tables2019: TableDef[] = [
  {
    id: "b1",
    title: "第二十条第（一）项",
    layout: "grid",
    corner: CONTENT,
    columns: [
      { key: "made", label: "本年新制作数量" },
      { key: "published", label: "本年新公开数量" },
      { key: "total", label: "对外公开总数量" },
    ],
    rows: [
      { key: "rules", label: "规章" },
      { key: "normative", label: "规范性文件" },
    ],
  },
  {
    id: "b5",
    title: "第二十条第（五）项",
    layout: "grid",
    corner: CONTENT,
    columns: [
      { key: "prevCount", label: "上一年项目数量" },
      { key: "change", label: "本年增/减", kind: "signed" },
      { key: "decisions", label: "处理决定数量" },
    ],
    rows: [
      { key: "licensing", label: "行政许可" },
      { key: "otherServices", label: "其他对外管理服务事项" },
    ],
  },
  {
    id: "b6",
    title: "第二十条第（六）项",
    layout: "grid",
    corner: CONTENT,
    columns: [
      { key: "prevCount", label: "上一年项目数量" },
      { key: "change", label: "本年增/减", kind: "signed" },
      { key: "decisions", label: "处理决定数量" },
    ],
    rows: [
      { key: "penalty", label: "行政处罚" },
      { key: "enforcement", label: "行政强制" },
    ],
  },
  {
    id: "b8",
    title: "第二十条第（八）项",
    layout: "grid",
    corner: CONTENT,
    columns: [
      { key: "prevCount", label: "上一年项目数量" },
      { key: "change", label: "本年增/减", kind: "signed" },
    ],
    rows: [{ key: "fees", label: "行政事业性收费" }],
  },
  {
    id: "b9",
    title: "第二十条第（九）项",
    layout: "grid",
    corner: CONTENT,
    columns: [
      { key: "projects", label: "采购项目数量" },
      // The format names no unit and published reports mix 元 and 万元: the unit is stored with the value.
      { key: "amount", label: "采购总金额", kind: "amount", units: ["万元", "元"] },
    ],
    rows: [{ key: "procurement", label: "政府集中采购" }],
  },
];

export const article20Tables2021: TableDef[] = [
  {
    id: "b1",
    title: "第二十条第（一）项",
    layout: "grid",
    corner: CONTENT,
    columns: [
      { key: "issued", label: "本年制发件数" },
      { key: "repealed", label: "本年废止件数" },
      { key: "inForce", label: "现行有效件数" },
    ],
    rows: [
      { key: "rules", label: "规章" },
      { key: "normative", label: "行政规范性文件" },
    ],
  },
  {
    id: "b5",
    title: "第二十条第（五）项",
    layout: "grid",
    corner: CONTENT,
    columns: [{ key: "decisions", label: "本年处理决定数量" }],
    rows: [{ key: "licensing", label: "行政许可" }],
  },
  {
    id: "b6",
    title: "第二十条第（六）项",
    layout: "grid",
    corner: CONTENT,
    columns: [{ key: "decisions", label: "本年处理决定数量" }],
    rows: [
      { key: "penalty", label: "行政处罚" },
      { key: "enforcement", label: "行政强制" },
    ],
  },
  {
    id: "b8",
    title: "第二十条第（八）项",
    layout: "grid",
    corner: CONTENT,
    columns: [{ key: "amount", label: "本年收费金额（单位：万元）", kind: "amount", units: ["万元"] }],
    rows: [{ key: "fees", label: "行政事业性收费" }],
  },
];
