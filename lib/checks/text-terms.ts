/**
 * TXT-VS-TABLE as data: phrases a narrative uses right before a figure the tables hold. A phrase
 * followed (after at most a filler word such as 共/累计) by a number and one of the units is
 * compared with the sum of the cells of `expression`. "*" in a key matches one or more key
 * segments ("t3.denied.*.total"). An entry whose cells are not in the report's format is skipped.
 *
 * The phrases cover the wording of the reference report and of the demo narratives
 * (db/seed/narratives-one.ts); where phrases overlap the longest one wins.
 */
export interface TextTerm {
  terms: readonly string[];
  units: readonly string[];
  expression: readonly string[];
  /** How the message names the expression; by default the cells' names. */
  name?: string;
}

export const TEXT_TERMS: readonly TextTerm[] = [
  // Table A (local): 主动公开 through channels, and responses.
  {
    terms: ["通过各种渠道公开政府信息", "通过不同渠道和方式公开政府信息", "主动公开政府信息"],
    units: ["条"],
    expression: ["a.total"],
  },
  {
    terms: ["政府信息公开平台公开信息", "政府信息公开平台公开", "政府网站公开政府信息", "政府网站公开信息", "政府网站公开"],
    units: ["条"],
    expression: ["a.website"],
  },
  {
    terms: ["政务新媒体公开信息", "政务新媒体公开政府信息", "政务新媒体公开", "政务新媒体发布信息"],
    units: ["条"],
    expression: ["a.weibo", "a.wechat"],
    name: "政务微博、政务微信公开政府信息数之和",
  },
  { terms: ["政务微博公开政府信息", "政务微博公开", "政务微博发布信息"], units: ["条"], expression: ["a.weibo"] },
  { terms: ["政务微信公开政府信息", "政务微信公开", "政务微信发布信息"], units: ["条"], expression: ["a.wechat"] },
  { terms: ["政府公报公开政府信息", "政府公报公开", "政府公报刊登"], units: ["条"], expression: ["a.gazette"] },
  { terms: ["政策解读稿件", "政策解读材料", "发布政策解读"], units: ["篇"], expression: ["a.interpretation"] },
  { terms: ["主要负责同志参加新闻发布会"], units: ["次", "场"], expression: ["a.pressConfLeader"] },
  { terms: ["参加或举办新闻发布会", "举办新闻发布会", "召开新闻发布会"], units: ["次", "场"], expression: ["a.pressConf"] },
  { terms: ["主要负责同志参加政府网站在线访谈"], units: ["次", "期"], expression: ["a.interviewLeader"] },
  { terms: ["政府网站在线访谈", "开展在线访谈"], units: ["次", "期"], expression: ["a.interview"] },
  { terms: ["回应公众关注热点或重大舆情", "回应公众关注热点"], units: ["次", "个"], expression: ["a.hotspots"] },

  // Table B (第二十条): 规范性文件 and 处理决定.
  { terms: ["新制作规范性文件"], units: ["件"], expression: ["b1.normative.made"] },
  { terms: ["新公开规范性文件"], units: ["件"], expression: ["b1.normative.published"] },
  { terms: ["对外公开的规范性文件", "对外公开规范性文件"], units: ["件"], expression: ["b1.normative.total"] },
  { terms: ["制发行政规范性文件", "制发规范性文件"], units: ["件"], expression: ["b1.normative.issued"] },
  { terms: ["废止行政规范性文件", "废止规范性文件", "废止"], units: ["件"], expression: ["b1.normative.repealed"] },
  { terms: ["现行有效行政规范性文件", "现行有效的行政规范性文件", "现行有效规范性文件"], units: ["件"], expression: ["b1.normative.inForce"] },
  { terms: ["行政许可处理决定", "行政许可决定"], units: ["件", "条"], expression: ["b5.licensing.decisions"] },
  { terms: ["行政处罚处理决定", "行政处罚决定"], units: ["件", "条"], expression: ["b6.penalty.decisions"] },
  { terms: ["行政强制处理决定", "行政强制决定"], units: ["件", "条"], expression: ["b6.enforcement.decisions"] },

  // Table 三: applications handled = received + carried over (the 总计 column).
  {
    terms: ["办理政府信息公开申请", "办理依申请公开申请", "办理依申请公开"],
    units: ["件"],
    expression: ["t3.received.total", "t3.carriedOver.total"],
    name: "本年新收与上年结转的政府信息公开申请数量之和",
  },
  {
    terms: ["收到政府信息公开申请", "新收政府信息公开申请", "新收到政府信息公开申请", "收到依申请公开申请"],
    units: ["件"],
    expression: ["t3.received.total"],
  },
  { terms: ["上年结转政府信息公开申请", "上年结转"], units: ["件"], expression: ["t3.carriedOver.total"] },
  { terms: ["予以公开"], units: ["件"], expression: ["t3.granted.total"] },
  { terms: ["部分公开"], units: ["件"], expression: ["t3.partial.total"] },
  { terms: ["不予公开"], units: ["件"], expression: ["t3.denied.*.total"], name: "不予公开的申请数量之和" },
  { terms: ["无法提供"], units: ["件"], expression: ["t3.unable.*.total"], name: "无法提供的申请数量之和" },
  { terms: ["不予处理"], units: ["件"], expression: ["t3.refused.*.total"], name: "不予处理的申请数量之和" },

  // Table 四.
  { terms: ["被申请行政复议", "行政复议案件"], units: ["件"], expression: ["t4.review.total"] },
  {
    terms: ["被提起行政诉讼", "行政诉讼案件"],
    units: ["件"],
    expression: ["t4.suitDirect.total", "t4.suitAfterReview.total"],
    name: "行政诉讼总计（未经复议直接起诉与复议后起诉之和）",
  },
];

/** Words allowed between a phrase and its figure ("公开政府信息共70182条"). */
export const FIGURE_FILLERS: readonly string[] = ["", "共", "共计", "累计", "总计", "合计", "达", "达到", "为", "计", "共有", "了"];

/** The number and unit of a figure: ASCII or full-width digits, optional thousands separators and decimals. */
export const FIGURE = /(?<![0-9０-９.．])((?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?)[ \u00a0]?(万元|条|件|篇|次|场|个|期|元)/g;
