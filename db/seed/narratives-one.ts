/**
 * Section 一 (总体情况) of a unit's demo report. Every figure it quotes comes from the unit's own
 * tables (UnitFacts), so the text and the tables agree.
 */
import { type UnitFacts, choose, chooseSome, enumerate } from "./narrative-facts";
import { MANAGEMENT, OPENERS, PLATFORM, PROACTIVE, SUPERVISION, poolYear } from "./narrative-pools";
import type { Rng } from "./prng";

export function fill(template: string, f: UnitFacts): string {
  return template
    .replaceAll("{self}", f.self)
    .replaceAll("{name}", f.unit.name)
    .replaceAll("{year}", String(f.year))
    .replaceAll("{focus}", f.focus);
}

/** Table A figures (2020): 主动公开 in total, on the website, on new media, in the gazette. */
function channelSentence(f: UnitFacts): string {
  if (f.disclosed === undefined) return "";
  let s = `全年主动公开政府信息${f.disclosed}条，其中通过政府网站公开${f.website}条`;
  if (f.newMedia) s += `，通过政务新媒体公开${f.newMedia}条`;
  if (f.gazette) s += `，在政府公报刊登${f.gazette}条`;
  s += "。";
  if (f.interpretation) s += `围绕出台的政策文件发布政策解读稿件${f.interpretation}篇。`;
  return s;
}

/** 规范性文件 and 处理决定 (table B). */
function documentsSentence(f: UnitFacts, v2021: boolean): string {
  const parts: string[] = [];
  const doc = v2021 ? "行政规范性文件" : "规范性文件";
  if (v2021 && (f.normativeMade > 0 || f.normativeStock > 0)) {
    parts.push(
      `本年制发${doc}${f.normativeMade}件、废止${f.normativeRepealed}件，现行有效${doc}${f.normativeStock}件，均已在政府信息公开专栏集中公开`,
    );
  } else if (f.normativeMade > 0) {
    parts.push(`本年新制作${doc}${f.normativeMade}件并全部公开，对外公开的${doc}累计${f.normativeStock}件`);
  } else if (f.normativeStock > 0) {
    parts.push(`本年度未制作新的${doc}，对外公开的${doc}共${f.normativeStock}件，已逐件标注有效性`);
  }
  const decisions: string[] = [];
  if (f.licensingDecisions > 0) decisions.push(`行政许可处理决定${f.licensingDecisions}件`);
  if (f.penaltyDecisions > 0) decisions.push(`行政处罚决定${f.penaltyDecisions}件`);
  if (decisions.length) parts.push(`依法公开${decisions.join("、")}`);
  return parts.length ? parts.join("；") + "。" : "";
}

/** Table 三 and 四 figures: applications handled (received + carried over), results, cases. */
export function applicationsParagraph(f: UnitFacts): string {
  let s: string;
  if (f.applications === 0) {
    s = `本年度${f.self}未收到政府信息公开申请，也没有上年结转的申请。申请渠道、办理流程和答复文书格式已在政府信息公开专栏公布，方便群众依法提出申请。`;
  } else {
    s = `全年共办理政府信息公开申请${f.applications}件`;
    if (f.carriedOver > 0) s += `（其中上年结转${f.carriedOver}件）`;
    const results: string[] = [];
    if (f.granted > 0) results.push(`予以公开${f.granted}件`);
    if (f.partial > 0) results.push(`部分公开${f.partial}件`);
    if (results.length) s += `，其中${results.join("、")}`;
    if (f.applications - f.carriedForward > f.granted + f.partial) {
      s += "，对其余申请依法作出不予公开、无法提供或不予处理等答复";
    }
    if (f.carriedForward > 0) s += `；另有${f.carriedForward}件尚在法定答复期限内，结转下年度继续办理`;
    s += "。已答复的申请均在法定期限内办结，答复书写明依据和救济途径。";
  }
  const cases: string[] = [];
  if (f.reviews > 0) cases.push(`被申请行政复议${f.reviews}件`);
  if (f.suits > 0) cases.push(`被提起行政诉讼${f.suits}件`);
  s += cases.length
    ? `因政府信息公开工作${cases.join("、")}，${f.self}认真答复举证，并对照复议、诉讼意见改进办理工作。`
    : "全年未发生因政府信息公开引起的行政复议和行政诉讼。";
  return s;
}

type Kinded = { agency: readonly string[]; subdistrict: readonly string[] };

/** k sentences from a pool for the unit's kind. */
function some(rng: Rng, kinded: Kinded, f: UnitFacts, k: number): string[] {
  return chooseSome(rng, f.unit.kind === "subdistrict" ? kinded.subdistrict : kinded.agency, k);
}

/** One sentence from a pool for the unit's kind. */
function sentence(rng: Rng, kinded: Kinded, f: UnitFacts): string {
  return fill(`${choose(rng, f.unit.kind === "subdistrict" ? kinded.subdistrict : kinded.agency)}。`, f);
}

/** 一是…；二是…。 from one or more picks. */
function points(f: UnitFacts, ...picks: string[][]): string {
  return fill(enumerate(picks.flat()), f);
}

/** Section 一 for the 2019 format (2019, 2020): three or four parts. */
export function sectionOne2019(rng: Rng, f: UnitFacts): string {
  const proactive = [channelSentence(f), documentsSentence(f, false), sentence(rng, PROACTIVE, f)].join("");
  const lines = [
    fill(choose(rng, OPENERS[poolYear(f.year)]), f),
    "（一）主动公开情况",
    proactive,
    "（二）依申请公开情况",
    applicationsParagraph(f),
  ];
  if (rng() < 0.5) {
    lines.push("（三）政府信息管理情况", points(f, some(rng, MANAGEMENT, f, 2)));
    lines.push("（四）平台建设和监督保障情况", points(f, some(rng, PLATFORM, f, 1), some(rng, SUPERVISION, f, 1)));
  } else {
    lines.push("（三）制度建设和监督保障情况", points(f, some(rng, MANAGEMENT, f, 1), some(rng, SUPERVISION, f, 2)));
  }
  return lines.join("\n");
}

/** Section 一 for the 2021 format: the five parts the 2021 guidance asks for. */
export function sectionOne2021(rng: Rng, f: UnitFacts): string {
  const proactive = documentsSentence(f, true) + sentence(rng, PROACTIVE, f);
  return [
    fill(choose(rng, OPENERS[poolYear(f.year)]), f),
    "（一）主动公开",
    `${proactive}${fill("{self}对照基层政务公开标准目录逐项核对公开内容，做到目录内事项应公开尽公开。", f)}`,
    "（二）依申请公开",
    applicationsParagraph(f),
    "（三）政府信息管理",
    points(f, some(rng, MANAGEMENT, f, 2)),
    "（四）政府信息公开平台建设",
    points(f, some(rng, PLATFORM, f, 2)),
    "（五）监督保障",
    points(f, some(rng, SUPERVISION, f, 2)),
  ].join("\n");
}
