/**
 * What a unit's narrative may say about itself: how it calls itself (我局, 我街道 …), what its
 * work is about, and the figures of its own tables that the narrative quotes (so that the text
 * matches the tables, see checks.md TXT-VS-TABLE).
 */
import { type ReportValues, computeDerived } from "@/lib/report-format";
import { demoFormat, demoValues } from "./demo-values";
import type { Rng } from "./prng";
import { type DemoUnit, demoUnit } from "./units";

/** How a unit refers to itself in its own report. */
export function selfName(unit: DemoUnit): string {
  const n = unit.name;
  if (unit.kind === "subdistrict") return "我街道";
  if (n.endsWith("党校")) return "我校";
  if (n.endsWith("大队")) return "我大队";
  if (n.endsWith("中心")) return "我中心";
  if (n.endsWith("办公室") || n.endsWith("办")) return "我办";
  if (n.endsWith("部")) return "我部";
  if (n.endsWith("委")) return "我委";
  if (n.endsWith("馆")) return "我馆";
  if (n.endsWith("室")) return "我室";
  if (n.endsWith("社")) return "我社";
  if (n.endsWith("会") || n.endsWith("联") || n.endsWith("协")) return "我会";
  return "我局";
}

const FOCUS: Record<string, string> = {
  fgj: "重大项目建设、价格管理和发展规划",
  jxj: "企业扶持政策和工业经济运行",
  edu: "招生入学、教育收费和学生资助",
  kjj: "科技项目申报和科技企业培育",
  police: "户政办理、交通管理和治安防控",
  mzj: "社会救助、养老服务和婚姻登记",
  sfj: "公共法律服务和行政执法监督",
  czj: "财政预决算、政府债务和惠企资金",
  rsj: "就业创业、社会保险和人才政策",
  zrzy: "国土空间规划、土地征收和不动产登记",
  sthj: "环境质量、建设项目环评审批和环境执法",
  zjj: "建设工程管理、住房保障和老旧小区改造",
  jtj: "交通建设和道路运输管理",
  slj: "水利工程建设和防汛防台",
  nyj: "乡村振兴和强农惠农补贴",
  swj: "外贸稳增长和商贸流通",
  wglt: "公共文化服务和文旅体育活动",
  wjj: "公共卫生、医疗服务和健康促进",
  tyjr: "退役军人优抚安置",
  yjj: "安全生产、应急救援和防灾减灾",
  sjj: "审计结果公告和审计整改",
  scjg: "市场主体登记、食品药品安全和产品质量监管",
  tjj: "统计数据发布和统计执法",
  ybj: "医保政策和医保基金监管",
  zhzf: "城市管理和综合行政执法",
  dsj: "公共数据开放和数字化改革",
  xzsp: "行政审批事项和办事指南",
  xfj: "信访工作制度和办理流程",
  rfb: "人防工程建设和人防宣传",
  zsb: "房屋征收决定、补偿方案和安置情况",
  fczx: "住房保障和房产交易服务",
  ggzy: "公共资源交易项目和交易结果",
  tax: "税费优惠政策和纳税服务",
  gjj: "住房公积金缴存和提取政策",
  sbzx: "社会保险经办和待遇发放",
};

export function focusOf(unit: DemoUnit): string {
  if (unit.kind === "subdistrict") return "征地拆迁、社会救助和村（社区）事务";
  return FOCUS[unit.code] ?? "机构职能、财政预决算和重点工作";
}

export interface UnitFacts {
  unit: DemoUnit;
  year: number;
  self: string;
  focus: string;
  /** Table A (2020 only): a.total, a.website, a.weibo + a.wechat, a.gazette, a.interpretation. */
  disclosed?: number;
  website?: number;
  newMedia?: number;
  gazette?: number;
  interpretation?: number;
  /** 规范性文件: made (2019 format) or issued (2021 format), and the stock. */
  normativeMade: number;
  normativeStock: number;
  normativeRepealed: number;
  licensingDecisions: number;
  penaltyDecisions: number;
  /** Table 三 总计 column: received + carriedOver = the applications handled this year. */
  applications: number;
  carriedOver: number;
  granted: number;
  partial: number;
  carriedForward: number;
  /** Table 四 总计 per group. */
  reviews: number;
  suits: number;
}

export function unitFacts(unitCode: string, year: number): UnitFacts {
  const unit = demoUnit(unitCode);
  return factsOf(unit, year, demoValues(unitCode, year), selfName(unit), focusOf(unit));
}

/** The figures a narrative quotes from a report's values (a unit's own, or the district's sums). */
export function factsOf(unit: DemoUnit, year: number, values: ReportValues, self: string, focus: string): UnitFacts {
  const format = demoFormat(year);
  const derived = computeDerived(format, values);
  const n = (key: string): number => {
    const v = values[key]?.value ?? derived[key];
    return v === undefined || v === null ? 0 : Number(v);
  };
  const has = (key: string) => format.cellByKey.has(key);
  const v2021 = format.version.id === "2021";
  return {
    unit,
    year,
    self,
    focus,
    disclosed: has("a.total") ? n("a.total") : undefined,
    website: has("a.website") ? n("a.website") : undefined,
    newMedia: has("a.weibo") ? n("a.weibo") + n("a.wechat") : undefined,
    gazette: has("a.gazette") ? n("a.gazette") : undefined,
    interpretation: has("a.interpretation") ? n("a.interpretation") : undefined,
    normativeMade: n(v2021 ? "b1.normative.issued" : "b1.normative.made"),
    normativeStock: n(v2021 ? "b1.normative.inForce" : "b1.normative.total"),
    normativeRepealed: v2021 ? n("b1.normative.repealed") : 0,
    licensingDecisions: n("b5.licensing.decisions"),
    penaltyDecisions: n("b6.penalty.decisions"),
    applications: n("t3.received.total") + n("t3.carriedOver.total"),
    carriedOver: n("t3.carriedOver.total"),
    granted: n("t3.granted.total"),
    partial: n("t3.partial.total"),
    carriedForward: n("t3.carriedForward.total"),
    reviews: n("t4.review.total"),
    suits: n("t4.suitDirect.total") + n("t4.suitAfterReview.total"),
  };
}

/** One item of a list, chosen by the PRNG. */
export function choose<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

/** k distinct items of a list, in list order. */
export function chooseSome<T>(rng: Rng, items: readonly T[], k: number): T[] {
  const idx = items.map((_, i) => i);
  const picked: number[] = [];
  while (picked.length < Math.min(k, items.length)) picked.push(idx.splice(Math.floor(rng() * idx.length), 1)[0]);
  return picked.sort((a, b) => a - b).map((i) => items[i]);
}

/** 一是…；二是…；三是…。 */
export function enumerate(parts: readonly string[]): string {
  const ordinals = ["一", "二", "三", "四", "五"];
  return parts.map((p, i) => `${ordinals[i]}是${p}`).join("；") + "。";
}
