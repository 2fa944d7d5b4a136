/**
 * The numbers of the district's real consolidated report for 2020 (宁波市北仑区人民政府
 * 2020年政府信息公开工作年度报告), keyed by our cell keys for format "2019" + local table "A".
 * The demo units' 2020 values add up to exactly these numbers.
 *
 * The reference has two known flaws that the demo data reproduces on purpose:
 * 其中：主要负责同志参加新闻发布会次数 (7) exceeds 参加或举办新闻发布会总次数 (5), and
 * 采购总金额 6376.8025 is printed under a 元 header although it is almost certainly 万元.
 */

export const REFERENCE_YEAR = 2020;
export const REFERENCE_FORMAT = { version: "2019", localTables: ["A"] } as const;

const tableA: Record<string, number> = {
  total: 70182,
  gazette: 129,
  website: 35469,
  weibo: 22231,
  wechat: 10117,
  otherChannel: 2236,
  hotspots: 962,
  pressConf: 5,
  pressConfLeader: 7,
  interview: 3,
  interviewLeader: 3,
  interpretation: 213,
  weiboWechatResp: 998,
  otherResp: 12690,
};

/** Table B: row → column → value (the amount is kept apart, as an exact decimal string). */
const tableB: Record<string, Record<string, Record<string, number>>> = {
  b1: { rules: { made: 0, published: 0, total: 0 }, normative: { made: 28, published: 28, total: 214 } },
  b5: {
    licensing: { prevCount: 707, change: 176, decisions: 83000 },
    otherServices: { prevCount: 413, change: 398, decisions: 824736 },
  },
  b6: {
    penalty: { prevCount: 1889, change: 287, decisions: 107798 },
    enforcement: { prevCount: 42, change: 0, decisions: 1703 },
  },
  b8: { fees: { prevCount: 10, change: 297 } },
  b9: { procurement: { projects: 930 } },
};

/** 采购总金额 as printed; the demo stores it as 万元. */
export const REFERENCE_PROCUREMENT_AMOUNT = "6376.8025";

export const T3_COLUMNS = ["natural", "commercial", "research", "publicWelfare", "legal", "otherOrg"] as const;
export type T3Column = (typeof T3_COLUMNS)[number];

/** Table 三 input rows of the 2019 format: six applicant columns each (the 总计 column is derived). */
const table3: Record<string, number[]> = {
  received: [179, 20, 0, 0, 0, 5],
  carriedOver: [2, 0, 0, 0, 0, 0],
  granted: [132, 2, 0, 0, 0, 1],
  partial: [9, 0, 0, 0, 0, 3],
  "denied.secret": [0, 0, 0, 0, 0, 0],
  "denied.law": [0, 0, 0, 0, 0, 0],
  "denied.safety": [0, 0, 0, 0, 0, 0],
  "denied.thirdParty": [1, 0, 0, 0, 0, 0],
  "denied.internal": [0, 0, 0, 0, 0, 0],
  "denied.process": [1, 0, 0, 0, 0, 0],
  "denied.enforcement": [1, 0, 0, 0, 0, 0],
  "denied.query": [2, 0, 0, 0, 0, 0],
  "unable.notHeld": [25, 9, 0, 0, 0, 0],
  "unable.needsCreation": [1, 7, 0, 0, 0, 0],
  "unable.unclear": [4, 1, 0, 0, 0, 0],
  "refused.complaint": [3, 1, 0, 0, 0, 0],
  "refused.repeat": [0, 0, 0, 0, 0, 0],
  "refused.publication": [0, 0, 0, 0, 0, 0],
  "refused.massive": [1, 0, 0, 0, 0, 0],
  "refused.confirm": [0, 0, 0, 0, 0, 0],
  other: [0, 0, 0, 0, 0, 0],
  carriedForward: [1, 0, 0, 0, 0, 1],
};

/** Table 四: group → [结果维持, 结果纠正, 其他结果, 尚未审结] (总计 is derived). */
const table4: Record<string, number[]> = {
  review: [3, 1, 2, 0],
  suitDirect: [0, 1, 3, 4],
  suitAfterReview: [0, 0, 1, 0],
};
const T4_COLUMNS = ["upheld", "corrected", "other", "pending"] as const;

function buildInputs(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [row, v] of Object.entries(tableA)) out[`a.${row}`] = String(v);
  for (const [table, rows] of Object.entries(tableB)) {
    for (const [row, cols] of Object.entries(rows)) {
      for (const [col, v] of Object.entries(cols)) out[`${table}.${row}.${col}`] = String(v);
    }
  }
  out["b9.procurement.amount"] = REFERENCE_PROCUREMENT_AMOUNT;
  for (const [row, values] of Object.entries(table3)) {
    T3_COLUMNS.forEach((col, i) => (out[`t3.${row}.${col}`] = String(values[i])));
  }
  for (const [row, values] of Object.entries(table4)) {
    T4_COLUMNS.forEach((col, i) => (out[`t4.${row}.${col}`] = String(values[i])));
  }
  return out;
}

/** Every input cell of the reference report, keyed by cell key; values as canonical strings. */
export const REFERENCE_2020_INPUTS: Readonly<Record<string, string>> = buildInputs();

/** The amount's unit as the demo stores it (the printed header says 元; see the file comment). */
export const REFERENCE_2020_AMOUNT_UNIT = "万元" as const;

/**
 * The derived cells as printed in the reference: table 三's 总计 column and （七）总计 row,
 * table 四's 总计 columns.
 */
export const REFERENCE_2020_DERIVED: Readonly<Record<string, string>> = {
  "t3.received.total": "204",
  "t3.carriedOver.total": "2",
  "t3.granted.total": "135",
  "t3.partial.total": "12",
  "t3.denied.secret.total": "0",
  "t3.denied.law.total": "0",
  "t3.denied.safety.total": "0",
  "t3.denied.thirdParty.total": "1",
  "t3.denied.internal.total": "0",
  "t3.denied.process.total": "1",
  "t3.denied.enforcement.total": "1",
  "t3.denied.query.total": "2",
  "t3.unable.notHeld.total": "34",
  "t3.unable.needsCreation.total": "8",
  "t3.unable.unclear.total": "5",
  "t3.refused.complaint.total": "4",
  "t3.refused.repeat.total": "0",
  "t3.refused.publication.total": "0",
  "t3.refused.massive.total": "1",
  "t3.refused.confirm.total": "0",
  "t3.other.total": "0",
  "t3.carriedForward.total": "2",
  "t3.handledTotal.natural": "180",
  "t3.handledTotal.commercial": "20",
  "t3.handledTotal.research": "0",
  "t3.handledTotal.publicWelfare": "0",
  "t3.handledTotal.legal": "0",
  "t3.handledTotal.otherOrg": "4",
  "t3.handledTotal.total": "204",
  "t4.review.total": "6",
  "t4.suitDirect.total": "8",
  "t4.suitAfterReview.total": "1",
};

/** The figures the reference's section 一 quotes (each equals a table value, see checks.md TXT-VS-TABLE). */
export const REFERENCE_2020_QUOTED = {
  /** 全年通过各种渠道公开政府信息 = a.total */
  disclosed: 70182,
  /** 政府信息公开平台公开信息 = a.website */
  platform: 35469,
  /** 政务新媒体公开信息 = a.weibo + a.wechat */
  newMedia: 32348,
  /** 办理依申请公开 = received + carriedOver (总计 column) */
  applications: 206,
} as const;
