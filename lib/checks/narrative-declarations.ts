import { PREAMBLE_KEY, type FormatCapability } from "@/lib/report-format";
import type { CheckId } from "./catalogue";

/**
 * The narrative checks as data. Each applies to formats with the capability it requires (all when
 * absent) and to the listed sections (every narrative section when absent).
 */
interface Applies {
  id: CheckId;
  /** What the report's format must have (FormatVersion.capabilities); all formats when absent. */
  requires?: FormatCapability;
  sections?: readonly string[];
}

/** TXT-VS-TABLE: figures quoted next to the phrases of text-terms.ts. */
export interface QuotedFiguresRule extends Applies {
  kind: "quotedFigures";
}

/**
 * TXT-INNER-SUM: a figure followed by its parts ("共公开政府信息N条，其中A类a条、B类b条"). The parts are those
 * after `marker`, in the figure's unit, each a clause of its own: joined by "、" they are one list; after
 * "，" a clause continues the list only where its name shares a word with an earlier part's (or ends in the
 * same character: "政策文件类…，工作动态类…") and does not start with a `stop` word — otherwise it says
 * something else ("其中网上申请12件，已办结18件").
 */
export interface InnerSumRule extends Applies {
  kind: "innerSum";
  marker: string;
  /**
   * The last part named so ("其他类", "其余") makes the list a complete breakdown: the parts must add up to
   * the total. Without it the text may list only some parts: they must not add up to more than the total.
   */
  residual: RegExp;
  /**
   * Parts named so can overlap (one piece of information published on several channels; table A counts it
   * once in the total): then only each part must not exceed the total.
   */
  overlapping: RegExp;
  stop: RegExp;
}

/** TXT-YEAR: a sentence stating the work of a year other than the report year. */
export interface OtherYearRule extends Applies {
  kind: "otherYear";
  /** Right before the year: comparisons, ranges, starting points ("较2019年", "截至2019年", "自2019年"). */
  before: readonly string[];
  /** Right after "年": "2019年以来", "2019年同期", "2019年底前", "2021年政务公开工作要点". */
  after: RegExp;
  /** A later year in a sentence matching this is a plan ("2022年将…", "下一步"), not a statement. */
  plan: RegExp;
  /** A later year followed by this is a date of writing or publishing ("2021年1月28日"). */
  dateAfter: RegExp;
  /** Years outside [report year − range, report year + range] are history, not a slip. */
  range: number;
}

/** TXT-PLACEHOLDER: unfilled blanks and template markers. */
export interface PlaceholderRule extends Applies {
  kind: "placeholder";
  pattern: RegExp;
}

/** TXT-PARTS: "六个方面" / "七个部分" in the preamble vs the number of sections of the format. */
export interface PartsCountRule extends Applies {
  kind: "partsCount";
  pattern: RegExp;
}

/** TXT-SEC5-EMPTY: the section is empty or only says "无". */
export interface NotEmptyRule extends Applies {
  kind: "notEmpty";
  section: string;
  emptyAnswers: readonly string[];
}

/** TXT-SEC5-COPY: the section is nearly identical to the previous year's (character-bigram Dice). */
export interface NotCopiedRule extends Applies {
  kind: "notCopied";
  section: string;
  minSimilarity: number;
  /** Texts shorter than this (after removing spaces) are not compared. */
  minLength: number;
}

/** TXT-SEC6-FEE: the section must mention one of the phrases. */
export interface MustMentionRule extends Applies {
  kind: "mustMention";
  section: string;
  phrases: readonly string[];
  message: string;
}

export type NarrativeRule =
  | QuotedFiguresRule
  | InnerSumRule
  | OtherYearRule
  | PlaceholderRule
  | PartsCountRule
  | NotEmptyRule
  | NotCopiedRule
  | MustMentionRule;

/** A unit of measure after a blank, not the start of a word such as 条例, 项目, 个人, 期限. */
const UNIT_AFTER_BLANK = "(?:万元|元|条(?![例款])|件|篇|次(?!数)|个(?![人别])|项(?!目)|家(?!庭)|期(?![限间])|场(?![所景]))";

export const NARRATIVE_RULES: readonly NarrativeRule[] = [
  { kind: "quotedFigures", id: "TXT-VS-TABLE" },
  {
    kind: "innerSum",
    id: "TXT-INNER-SUM",
    marker: "其中",
    residual: /^(?:其他|其余|其它|另外)(?:类别?|方面|事项|情形|形式|内容|部分)?(?:的|为|共|计|有)*$/,
    overlapping: /网站|平台|微博|微信|新媒体|公报|客户端|公众号|APP|App|app|头条|抖音|快手|公开栏|报刊|报纸|电视|广播|短信|媒体|渠道|方式|途径/,
    stop: /^(?:其中|另|此外|同时|并|还|均|都|已|涉及|主要|包括|占|对|因|经|按|累计|合计|总计|共)/,
  },
  {
    kind: "otherYear",
    id: "TXT-YEAR",
    before: ["较", "比", "与", "同", "和", "及", "、", "相比", "对比", "截至", "截止", "至", "自", "从", "到", "—", "–", "-", "~", "～", "（", "("],
    after:
      /^\s*(?:度|底|初|末|上半年|下半年|[0-9]{1,2}月(?:份|[0-9]{1,2}日)?)?(?:的)?(?:以来|以前|之前|前|起|开始|至|到|[—–~～-]|相比|比较|同期|基础上|水平|持平|数据|[\u4e00-\u9fa5]{0,12}?(?:年度报告|工作要点))/,
    plan: /将|计划|拟|力争|争取|预计|下一步|明年|目标|打算|展望/,
    dateAfter: /^\s*[0-9]{1,2}月/,
    range: 10,
  },
  {
    kind: "placeholder",
    id: "TXT-PLACEHOLDER",
    pattern: new RegExp(
      [
        `(?<=[\\u4e00-\\u9fa5])[ \\u3000\\u00a0_＿]+${UNIT_AFTER_BLANK}`,
        "(?<![A-Za-z])(?:XX+|xx+)(?![A-Za-z])",
        "[Ｘｘ]{2,}",
        "[×✕╳]{2,}",
        "\\[\\s*\\]",
        "［\\s*］",
        "【\\s*】",
        "（\\s*）",
        "\\(\\s*\\)",
        "[_＿]{2,}",
        "某某",
      ].join("|"),
      "g",
    ),
  },
  { kind: "partsCount", id: "TXT-PARTS", sections: [PREAMBLE_KEY], pattern: /([一二三四五六七八九十]|[0-9]+)个(?:方面|部分)/ },
  { kind: "notEmpty", id: "TXT-SEC5-EMPTY", section: "five", emptyAnswers: ["无", "暂无", "没有", "无问题"] },
  { kind: "notCopied", id: "TXT-SEC5-COPY", section: "five", minSimilarity: 0.9, minLength: 10 },
  {
    kind: "mustMention",
    id: "TXT-SEC6-FEE",
    requires: "feeSection",
    section: "six",
    phrases: ["信息处理费"],
    message: "“其他需要报告的事项”未说明信息处理费的收取情况（依据《政府信息公开信息处理费管理办法》，未收取的也应写明）",
  },
];
