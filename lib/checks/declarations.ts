import type { FormatCapability } from "@/lib/report-format";
import type { CheckId } from "./catalogue";

/**
 * The table checks as data over the format's keys. A declaration applies to a report when its format has
 * the capability it requires (if any) and its cells exist in the report's format: one
 * whose keys are missing is skipped (table A rules without local table A, 2019-only columns in 2021).
 * A new format version or local table needs new declarations here, not new code.
 *
 * Operands of a rule over a table are row keys (forEach "column") or column keys (forEach "row").
 * Operand syntax: "-x" subtracts x; "prev:x" reads the same cell of the unit's previous report;
 * "x|y" takes the first of x, y that exists in that report's format.
 */

interface Applies {
  /** What the report's format must have for the rule to apply (FormatVersion.capabilities); all formats when absent. */
  requires?: FormatCapability;
}

export type ForEach = "column" | "row";

/** sum(lhs) op sum(rhs), for every column (or row) of the tables. Derived columns/rows are skipped. */
export interface CompareRule extends Applies {
  kind: "compare";
  id: CheckId;
  tables: readonly string[];
  forEach: ForEach;
  op: "=" | "<=" | ">=";
  lhs: readonly string[];
  /** Empty means 0. */
  rhs: readonly string[];
  /** One comparison per lhs operand (each channel ≤ total) instead of their sum. */
  eachLhs?: boolean;
  /** Names a multi-operand side in messages instead of listing its operands. */
  lhsName?: string;
  rhsName?: string;
  /** Allowed absolute difference for "=". */
  tolerance?: number;
}

/**
 * A stored derived cell equals the sum of its parts (parts default to the format's sumOf). Checked
 * only where the total is stored: a computed total cannot disagree with its parts.
 */
export interface SumRule extends Applies {
  kind: "sum";
  id: CheckId;
  tables: readonly string[];
  forEach: ForEach;
  total: string;
  parts?: readonly string[];
  /** How messages name the parts; by default their labels joined with "、" and "之和". */
  partsName?: string;
}

/** Every 其中 row (RowDef.partOf) ≤ the row it is part of, in every column. */
export interface PartOfRule extends Applies {
  kind: "partOf";
  id: CheckId;
  tables: readonly string[];
}

/** In every row: `positive` > 0 while every `zero` operand is 0. */
export interface PositiveWhileZeroRule extends Applies {
  kind: "positiveWhileZero";
  id: CheckId;
  tables: readonly string[];
  positive: string;
  zero: readonly string[];
}

/** A row that must stay empty or 0 unless the context allows it. */
export interface ForbiddenRowRule extends Applies {
  kind: "forbiddenRow";
  id: CheckId;
  table: string;
  row: string;
  unless: "canMakeRules";
  reason: string;
}

/** amount / count outside [min, max] (in 万元 per item): the amount's unit is probably wrong. */
export interface AverageRule extends Applies {
  kind: "average";
  id: CheckId;
  amount: string;
  count: string;
  minWan: number;
  maxWan: number;
  countUnit: string;
}

/** Cases (table 四) although no application was received or carried over, this year and last. */
export interface CasesWithoutApplicationsRule extends Applies {
  kind: "casesWithoutApplications";
  id: CheckId;
  applications: readonly string[];
  cases: readonly string[];
}

export type TableRule =
  | CompareRule
  | SumRule
  | PartOfRule
  | PositiveWhileZeroRule
  | ForbiddenRowRule
  | AverageRule
  | CasesWithoutApplicationsRule;

const T2_ITEM_TABLES = ["b5", "b6", "b8"];
const CHANNELS = ["gazette", "website", "weibo", "wechat", "otherChannel"];

export const TABLE_RULES: readonly TableRule[] = [
  // Table A (local)
  { kind: "partOf", id: "TA-PART-LE-WHOLE", tables: ["a"] },
  { kind: "compare", id: "TA-CHANNEL-LE-TOTAL", tables: ["a"], forEach: "column", op: "<=", lhs: CHANNELS, eachLhs: true, rhs: ["total"] },
  {
    kind: "compare",
    id: "TA-CHANNELS-COVER-TOTAL",
    tables: ["a"],
    forEach: "column",
    op: ">=",
    lhs: CHANNELS,
    rhs: ["total"],
    lhsName: "各渠道公开政府信息数之和",
  },

  // Table B (第二十条)
  { kind: "compare", id: "T2-PUBLISHED-LE-TOTAL", tables: ["b1"], forEach: "row", op: "<=", lhs: ["published"], rhs: ["total"] },
  { kind: "positiveWhileZero", id: "T2-MADE-NOT-PUBLISHED", tables: ["b1"], positive: "made", zero: ["published", "total"] },
  { kind: "compare", id: "T2-ITEMS-NONNEGATIVE", tables: T2_ITEM_TABLES, forEach: "row", op: ">=", lhs: ["prevCount", "change"], rhs: [] },
  {
    kind: "compare",
    id: "T2-ITEMS-YOY",
    tables: T2_ITEM_TABLES,
    forEach: "row",
    op: "=",
    lhs: ["prevCount"],
    rhs: ["prev:prevCount", "prev:change"],
  },
  {
    // The 2019 format has no 现行有效件数: its 对外公开总数量 is the nearest measure of the stock.
    kind: "compare",
    id: "T2-STOCK-YOY",
    requires: "stockTable",
    tables: ["b1"],
    forEach: "row",
    op: "=",
    lhs: ["inForce"],
    rhs: ["prev:inForce|total", "issued", "-repealed"],
  },
  {
    kind: "forbiddenRow",
    id: "T2-RULES-LEVEL",
    table: "b1",
    row: "rules",
    unless: "canMakeRules",
    reason: "区县政府部门和街道无权制定规章",
  },
  {
    kind: "average",
    id: "T2-AMOUNT-UNIT",
    amount: "b9.procurement.amount",
    count: "b9.procurement.projects",
    minWan: 0.1,
    maxWan: 10_000,
    countUnit: "个",
  },

  // Table 三
  {
    kind: "compare",
    id: "T3-BALANCE",
    tables: ["t3"],
    forEach: "column",
    op: "=",
    lhs: ["received", "carriedOver"],
    rhs: ["handledTotal", "carriedForward"],
  },
  { kind: "sum", id: "T3-HANDLED-SUM", tables: ["t3"], forEach: "column", total: "handledTotal", partsName: "各项办理结果之和" },
  { kind: "sum", id: "T3-ROW-SUM", tables: ["t3"], forEach: "row", total: "total", partsName: "各类申请人数量之和" },
  { kind: "compare", id: "T3-CARRY-YOY", tables: ["t3"], forEach: "column", op: "=", lhs: ["carriedOver"], rhs: ["prev:carriedForward"] },

  // Table 四
  { kind: "sum", id: "T4-SUM", tables: ["t4"], forEach: "row", total: "total" },
  {
    kind: "casesWithoutApplications",
    id: "T4-VS-APPLICATIONS",
    applications: ["t3.received.total", "t3.carriedOver.total"],
    cases: ["t4.review.total", "t4.suitDirect.total", "t4.suitAfterReview.total"],
  },
];

/** Checks over every value (value-rules.ts). */
export const VALUE_RULES = {
  type: { id: "VAL-TYPE" },
  /** One finding per section, naming at most `listed` cells in its message. */
  blank: { id: "VAL-BLANK", listed: 5 },
  outlier: { id: "VAL-OUTLIER", factor: 10, minPrevious: 20 },
} as const;
