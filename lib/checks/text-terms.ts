/**
 * TXT-VS-TABLE as data: the phrases a narrative uses before a figure the tables hold, and the quantity
 * each names. A phrase followed by a filler word (共, 累计 …) and a number with one of its units is
 * compared with its quantities. The phrases cover the wording of the reference report, of the demo
 * narratives and of published reports (issue 12).
 *
 * Phrase syntax:
 *   [a|b|]  one of the alternatives ("" = the words may be left out)
 *   …       a few words (at most SHORT_GAP characters, not across a comma): "受理…申请" reads
 *           "受理政府信息公开申请" and "受理各类依申请公开申请"; at the end, words between the phrase and
 *           its figure ("结转下年度…" reads "结转下年度继续办理2件")
 *   ……      more words, across commas but not across a sentence end: "采购……金额" reads
 *           "政府集中采购项目930项、金额6376.8万元"
 * Phrases match only where they end right before the figure (with a filler between at most), so a
 * phrase needs no words in front of it: "予以公开" also reads "依法予以公开". Where several phrases
 * match, the one whose words end nearest the figure wins, then the one with more words of its own, then
 * the one with fewer words in its gaps: "予以公开及部分公开" over "部分公开", "复议后起诉" over "起诉",
 * "行政复议申请" over "受理…申请" in "受理行政复议申请3件", "办理…申请" over "收到…申请" in
 * "收到并办理政府信息公开申请206件".
 *
 * "*" in a cell key matches one or more key segments ("t3.denied.*.total"). A quantity whose cells are not
 * all in the report's format is dropped, an entry with none left is skipped: one entry serves both national
 * versions where their keys differ (b1.*.made in 2019, b1.*.issued in 2021).
 */
export interface Quantity {
  /** Added up: the quantity the phrase names. */
  cells: readonly string[];
  /** How messages name it; by default the cells' names. */
  name?: string;
  /**
   * The phrase's clause, or a bracket right after the figure, saying one of these words settles which
   * quantity is meant: this one alone is compared ("共受理申请206件（含上年结转2件）" is received + carried
   * over, never received alone).
   */
  selectedBy?: readonly string[];
}

export interface TextTerm {
  terms: readonly string[];
  units: readonly string[];
  /**
   * What the phrase names. Several where real reports use the phrase for either: the figure is right when
   * it equals one of them.
   */
  quantities: readonly Quantity[];
  /**
   * The quantity is a stock counted over the years (对外公开总数量, 现行有效件数): "累计", "截至…" name
   * it, not another period.
   */
  cumulative?: boolean;
}

const q = (...cells: string[]): Quantity => ({ cells });

/** 其他处理: one row in 2019, three sub-rows in 2021. */
const OTHER_RESULTS: readonly Quantity[] = [q("t3.other.total"), { cells: ["t3.other.*.total"], name: "其他处理的申请数量之和" }];

const SUITS: Quantity = {
  cells: ["t4.suitDirect.total", "t4.suitAfterReview.total"],
  name: "行政诉讼总计（未经复议直接起诉与复议后起诉之和）",
};

/*
 * 被纠错: the 结果纠正 columns of table 四. Reports count the cases corrected in review and in court
 * together, or speak of one of them right after naming it ("被申请行政复议6件，被纠错1件"): a bare 被纠错 is
 * right when it equals any of the three sums; "复议纠错" and "诉讼纠错" name one. A case reviewed and then
 * taken to court is in both groups, as the table counts it, so the sum of all three is what the table says.
 */
const CORRECTED_REVIEW: Quantity = { cells: ["t4.review.corrected"], name: "行政复议结果纠正数" };
const CORRECTED_SUITS: Quantity = {
  cells: ["t4.suitDirect.corrected", "t4.suitAfterReview.corrected"],
  name: "行政诉讼结果纠正数（直接起诉与复议后起诉之和）",
};
const CORRECTED_ALL: Quantity = {
  cells: ["t4.review.corrected", "t4.suitDirect.corrected", "t4.suitAfterReview.corrected"],
  name: "行政复议和行政诉讼结果纠正数之和",
};

const RECEIVED: Quantity = q("t3.received.total");
const RECEIVED_AND_CARRIED: Quantity = {
  cells: ["t3.received.total", "t3.carriedOver.total"],
  name: "本年新收与上年结转的政府信息公开申请数量之和",
};
const INCLUDES_CARRIED = ["含上年结转", "含上年度结转", "包括上年结转", "包括上年度结转", "含结转", "含上年转结"];

/** Both sub-tables of 第二十条第（一）项: 规章 and 规范性文件, each in 2019's and 2021's columns. */
const DOC_RULES = "[规章|政府规章]";
const DOC_NORMATIVE = "[行政|]规范性文件";
const MADE = "[新制作|制作|制发|新制发|制定|新制定|出台|印发]";
/** "予以公开的申请135件". */
const OF_APPLICATIONS = "[的申请|申请|]";

export const TEXT_TERMS: readonly TextTerm[] = [
  // Table A (local): 主动公开 through channels, and responses.
  {
    terms: ["通过[各种|各类|不同]渠道[和方式|]公开[政府信息|信息]", "主动公开[各类|]政府信息", "主动公开[各类|]信息", "主动发布[各类|]政府信息"],
    units: ["条"],
    quantities: [q("a.total")],
  },
  {
    terms: ["政府信息公开平台[公开|发布][政府信息|信息|]", "[政府|门户]网站[上|][公开|发布][政府信息|信息|]"],
    units: ["条"],
    quantities: [q("a.website")],
  },
  {
    terms: ["[政务|]新媒体[平台|][公开|发布][政府信息|信息|]"],
    units: ["条"],
    quantities: [{ cells: ["a.weibo", "a.wechat"], name: "政务微博、政务微信公开政府信息数之和" }],
  },
  { terms: ["[政务|官方|]微博[公开|发布][政府信息|信息|]"], units: ["条"], quantities: [q("a.weibo")] },
  { terms: ["[政务|官方|]微信[公众号|][公开|发布|推送][政府信息|信息|]"], units: ["条"], quantities: [q("a.wechat")] },
  { terms: ["政府公报[上|][公开|刊登|刊发|发布][政府信息|信息|]"], units: ["条"], quantities: [q("a.gazette")] },
  { terms: ["其他[方式|渠道][公开|发布][政府信息|信息|]"], units: ["条"], quantities: [q("a.otherChannel")] },
  { terms: ["政策解读[稿件|材料|文章]", "发布政策解读"], units: ["篇"], quantities: [q("a.interpretation")] },
  { terms: ["主要负责同志参加新闻发布会"], units: ["次", "场"], quantities: [q("a.pressConfLeader")] },
  { terms: ["参加或举办新闻发布会", "举办新闻发布会", "召开新闻发布会"], units: ["次", "场"], quantities: [q("a.pressConf")] },
  { terms: ["主要负责同志参加政府网站在线访谈"], units: ["次", "期"], quantities: [q("a.interviewLeader")] },
  { terms: ["政府网站在线访谈", "开展在线访谈"], units: ["次", "期"], quantities: [q("a.interview")] },
  { terms: ["回应公众关注热点[或重大舆情|]"], units: ["次", "个"], quantities: [q("a.hotspots")] },
  { terms: ["微博微信回应[事件|]"], units: ["次", "个"], quantities: [q("a.weiboWechatResp")] },
  { terms: ["其他方式回应[事件|]"], units: ["次", "个"], quantities: [q("a.otherResp")] },

  // Table B (第二十条): 规章 and 规范性文件.
  { terms: [`${MADE}[的|]${DOC_RULES}`], units: ["件"], quantities: [q("b1.rules.made"), q("b1.rules.issued")] },
  { terms: [`${MADE}[的|]${DOC_NORMATIVE}`], units: ["件"], quantities: [q("b1.normative.made"), q("b1.normative.issued")] },
  { terms: [`新公开[的|]${DOC_NORMATIVE}`], units: ["件"], quantities: [q("b1.normative.published")] },
  { terms: [`新公开[的|]${DOC_RULES}`], units: ["件"], quantities: [q("b1.rules.published")] },
  { terms: [`对外公开[的|]${DOC_NORMATIVE}`], units: ["件"], quantities: [q("b1.normative.total")], cumulative: true },
  { terms: [`对外公开[的|]${DOC_RULES}`], units: ["件"], quantities: [q("b1.rules.total")], cumulative: true },
  { terms: [`废止[的|]${DOC_NORMATIVE}`], units: ["件"], quantities: [q("b1.normative.repealed")] },
  { terms: [`废止[的|]${DOC_RULES}`], units: ["件"], quantities: [q("b1.rules.repealed")] },
  // "制发行政规范性文件5件、废止2件": 废止 and 现行有效 are of what the sentence named before; of either when it names neither.
  { terms: [`${DOC_NORMATIVE}……废止`], units: ["件"], quantities: [q("b1.normative.repealed")] },
  { terms: [`${DOC_RULES}……废止`], units: ["件"], quantities: [q("b1.rules.repealed")] },
  {
    terms: ["废止"],
    units: ["件"],
    quantities: [q("b1.normative.repealed"), q("b1.rules.repealed"), q("b1.rules.repealed", "b1.normative.repealed")],
  },
  { terms: [`现行有效[的|]${DOC_NORMATIVE}`], units: ["件"], quantities: [q("b1.normative.inForce")], cumulative: true },
  { terms: [`现行有效[的|]${DOC_RULES}`], units: ["件"], quantities: [q("b1.rules.inForce")], cumulative: true },
  { terms: [`${DOC_NORMATIVE}……现行有效`], units: ["件"], quantities: [q("b1.normative.inForce")], cumulative: true },
  { terms: [`${DOC_RULES}……现行有效`], units: ["件"], quantities: [q("b1.rules.inForce")], cumulative: true },
  {
    terms: ["现行有效"],
    units: ["件"],
    quantities: [q("b1.normative.inForce"), q("b1.rules.inForce"), q("b1.rules.inForce", "b1.normative.inForce")],
    cumulative: true,
  },

  // Table B: 处理决定 (both versions), 收费 and 采购 (2019: items; 2021: the fee amount).
  { terms: ["行政许可[处理决定|决定|]"], units: ["件", "条"], quantities: [q("b5.licensing.decisions")] },
  { terms: ["行政处罚[处理决定|决定|]"], units: ["件", "条"], quantities: [q("b6.penalty.decisions")] },
  { terms: ["行政强制[处理决定|决定|]"], units: ["件", "条"], quantities: [q("b6.enforcement.decisions")] },
  /*
   * "收费 N 项" counts this year's 收费 items: the 2019 table has no such cell but prints the year before's
   * count (上一年项目数量) and this year's change (本年增/减), whose sum is this year's count — the figure
   * T2-ITEMS-YOY expects next year under 上一年项目数量.
   */
  {
    terms: ["[行政事业性|]收费[项目|事项]", "行政事业性收费"],
    units: ["项", "个"],
    quantities: [{ cells: ["b8.fees.prevCount", "b8.fees.change"], name: "本年行政事业性收费项目数（上一年项目数量加本年增/减）" }],
  },
  // Only 行政事业性收费: section 六 of 2021 speaks of 信息处理费, another fee.
  { terms: ["行政事业性收费[金额|总额|总金额|]", "收取行政事业性收费"], units: ["万元", "元", "亿元"], quantities: [q("b8.fees.amount")] },
  { terms: ["[政府|]集中采购[项目|]", "[政府|]采购项目"], units: ["项", "个"], quantities: [q("b9.procurement.projects")] },
  {
    terms: ["采购[总金额|金额|总额]", "集中采购", "采购项目……[总金额|金额|总额]"],
    units: ["万元", "元", "亿元"],
    quantities: [q("b9.procurement.amount")],
  },

  // Table 三: applications.
  {
    terms: ["办理…申请", "办理依申请公开[申请|事项|]"],
    units: ["件"],
    quantities: [RECEIVED_AND_CARRIED],
  },
  // Real reports use 收到/受理 for 本年新收 and for 本年新收 + 上年结转 alike.
  {
    terms: ["[受理|收到|新收|接收|接到]…申请", "[受理|收到|新收|接收|接到]依申请公开[申请|事项|]"],
    units: ["件"],
    quantities: [RECEIVED, { ...RECEIVED_AND_CARRIED, selectedBy: INCLUDES_CARRIED }],
  },
  { terms: ["办结[申请|]", "办理完毕[的|][申请|]", "[已|按时|按期|依法|共|全年|本年度|本年]答复", "答复…申请"], units: ["件"], quantities: [q("t3.handledTotal.total")] },
  { terms: ["上年[度|]结转[的|]…", "上年[度|]转结[的|]…"], units: ["件"], quantities: [q("t3.carriedOver.total")] },
  { terms: ["结转[至|到|]下[一|]年[度|]…"], units: ["件"], quantities: [q("t3.carriedForward.total")] },
  { terms: [`予以公开${OF_APPLICATIONS}`], units: ["件"], quantities: [q("t3.granted.total")] },
  { terms: [`部分公开${OF_APPLICATIONS}`], units: ["件"], quantities: [q("t3.partial.total")] },
  {
    terms: [`[予以|全部]公开[及|和|与|、|或|以及]部分公开${OF_APPLICATIONS}`, `全部或部分公开${OF_APPLICATIONS}`],
    units: ["件"],
    quantities: [{ cells: ["t3.granted.total", "t3.partial.total"], name: "予以公开与部分公开的申请数量之和" }],
  },
  { terms: [`不予公开${OF_APPLICATIONS}`], units: ["件"], quantities: [{ cells: ["t3.denied.*.total"], name: "不予公开的申请数量之和" }] },
  { terms: [`无法提供${OF_APPLICATIONS}`], units: ["件"], quantities: [{ cells: ["t3.unable.*.total"], name: "无法提供的申请数量之和" }] },
  { terms: [`不予处理${OF_APPLICATIONS}`], units: ["件"], quantities: [{ cells: ["t3.refused.*.total"], name: "不予处理的申请数量之和" }] },
  { terms: [`其他处理${OF_APPLICATIONS}`], units: ["件"], quantities: OTHER_RESULTS },

  // Table 四.
  { terms: ["行政复议[的|][案件|申请|]"], units: ["件", "起", "宗"], quantities: [q("t4.review.total")] },
  { terms: ["[行政|]诉讼[案件|]", "[被|]起诉"], units: ["件", "起", "宗"], quantities: [SUITS] },
  { terms: ["直接[向法院|向人民法院|][提起|][行政|][诉讼|起诉]"], units: ["件", "起", "宗"], quantities: [q("t4.suitDirect.total")] },
  { terms: ["复议后[向法院|向人民法院|][提起|][行政|][诉讼|起诉]"], units: ["件", "起", "宗"], quantities: [q("t4.suitAfterReview.total")] },
  {
    terms: ["[行政|]复议[和|及|与|、][行政|]诉讼[案件|]"],
    units: ["件", "起", "宗"],
    quantities: [{ cells: ["t4.review.total", "t4.suitDirect.total", "t4.suitAfterReview.total"], name: "行政复议与行政诉讼案件数之和" }],
  },
  { terms: ["[被|][依法|][纠错|纠正]"], units: ["件", "起", "宗"], quantities: [CORRECTED_ALL, CORRECTED_REVIEW, CORRECTED_SUITS] },
  { terms: ["复议[被|][依法|][纠错|纠正]"], units: ["件", "起", "宗"], quantities: [CORRECTED_REVIEW] },
  { terms: ["诉讼[被|][依法|][纠错|纠正]", "败诉"], units: ["件", "起", "宗"], quantities: [CORRECTED_SUITS] },
];

/** Words allowed between a phrase and its figure ("公开政府信息共70182条"), after an optional 的. */
export const FIGURE_FILLERS: readonly string[] = ["共", "共计", "累计", "总计", "合计", "达", "达到", "为", "计", "共有", "了"];

/** The number and unit of a figure: ASCII or full-width digits, optional thousands separators and decimals. */
export const FIGURE =
  /(?<![0-9０-９.．])((?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?)[ \u00a0]?(亿元|万元|元|条|件|篇|次|场|个|期|起|宗|项)(?![0-9０-９])/g;

/**
 * Figures that are not this year's quantity, though a phrase names one. Each is tested on the text of
 * the sentence before the figure (from its start, or from the phrase's clause where noted).
 */
export const NOT_THIS_YEAR = {
  /** A change or comparison, in the phrase's clause: "同比增长12件", "较上年减少3件", "比2019年多公开30条". */
  comparison: /同比|环比|较|比(?:上|去|前|[0-9])|增长|增加|增多|减少|下降|上升|降低|提高|新增|多出|少于|多于|增幅|降幅|持平/,
  /** Another year named as the subject: "上年收到申请180件" (上年结转 is this year's row). */
  previousYear: /上一?年(?!度?(?:结转|转结))|去年|前年|往年/,
  /** A total over the years: "2008年以来累计公开…" ("今年以来" is this year). */
  overYears: /(?<!今年|本年|年初|全年)以来|至今|迄今|历年|累计至/,
  /** "截至…累计": a running total, unless the quantity is a stock (TextTerm.cumulative). */
  runningTotal: /(?:截至|截止)[^。；]*累计/,
  /** Before a year, these make it a comparison or a range, not the year whose work is told. */
  yearNotSubject: /(?:较|比|与|同|和|及|至|自|从|截至|截止|相比)\s*$/,
} as const;
