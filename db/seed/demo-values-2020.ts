/**
 * 2020 demo values: the reference report's numbers (reference-2020.ts) shared out over the 77
 * units, so that the units add up to the district exactly, every unit's own tables hold, and the
 * reference's two flaws each come from exactly one unit.
 */
import { resolveFormat, resultRowKeys, tableById } from "@/lib/report-format";
import type { AmountUnit } from "@/lib/report-format";
import { type DemoGrid, UNIT_COUNT, sumOf, unitIndex, zeros } from "./demo-grid";
import { type Rng, amountToUnits, distribute, distributeSigned, rngFor } from "./prng";
import { REFERENCE_2020_INPUTS, T3_COLUMNS, type T3Column } from "./reference-2020";
import { type WeightCategory, weightsOf } from "./unit-profiles";

/**
 * 参加或举办新闻发布会总次数 / 其中：主要负责同志参加 per unit: [pressConf, pressConfLeader].
 * 区卫生健康局 counted its head's appearances at other units' press conferences as its own:
 * 4 > 2. This is where the district's 7 > 5 comes from (TA-PART-LE-WHOLE).
 */
export const PRESS_CONFERENCES: Record<string, readonly [number, number]> = {
  wjj: [2, 4],
  fgj: [1, 1],
  scjg: [1, 1],
  edu: [1, 1],
};
export const PRESS_LEADER_SLIP_UNIT = "wjj";

/** 政府网站在线访谈次数 / 其中：主要负责同志参加: [interview, interviewLeader]. */
const INTERVIEWS: Record<string, readonly [number, number]> = {
  xzsp: [1, 1],
  rsj: [1, 1],
  zhzf: [1, 1],
};

/**
 * 区史志研究室 typed its 采购总金额 in 万元 but chose the unit 元 (T2-AMOUNT-UNIT): 3.85 over
 * 4 projects. The district simply added the numbers, giving 6376.8025 under a 元 header.
 */
export const AMOUNT_UNIT_SLIP_UNIT = "szs";
const SLIP_PROJECTS = 4;
const SLIP_AMOUNT = "3.85";

const ref = (key: string): number => {
  const v = REFERENCE_2020_INPUTS[key];
  if (v === undefined) throw new Error(`No reference value for ${key}`);
  return Number(v);
};

function fromPairs(pairs: Record<string, readonly [number, number]>, which: 0 | 1): number[] {
  const out = zeros();
  for (const [code, pair] of Object.entries(pairs)) out[unitIndex(code)] = pair[which];
  return out;
}

/** Draws units one at a time, in proportion to weight, among those allowed. */
function pick(rng: Rng, weights: readonly number[]): number {
  const sum = sumOf(weights);
  if (sum <= 0) throw new Error("Nothing to pick from");
  let r = rng() * sum;
  let last = -1;
  for (let i = 0; i < weights.length; i++) {
    if (weights[i] <= 0) continue;
    last = i;
    if (r < weights[i]) return i;
    r -= weights[i];
  }
  return last;
}

const T3_WEIGHTS: Record<T3Column, WeightCategory | null> = {
  natural: "applications",
  commercial: "applicationsCompany",
  research: null,
  publicWelfare: null,
  legal: null,
  otherOrg: "applicationsOther",
};

function table3(cells: Record<string, number[]>): void {
  const format = resolveFormat("2019", ["A"]);
  const resultRows = resultRowKeys(tableById(format, "t3"));
  for (const col of T3_COLUMNS) {
    const category = T3_WEIGHTS[col];
    const weights = category ? weightsOf(category) : zeros();
    const d = (row: string) => {
      const key = `t3.${row}.${col}`;
      return (cells[key] = distribute(ref(key), weights, rngFor("2020", key)));
    };
    const handled = zeros();
    for (const row of resultRows) d(row).forEach((v, i) => (handled[i] += v));

    // Applications still open at the year's end sit with units that handle applications.
    const rng = rngFor("2020", "t3.carry", col);
    const forward = zeros();
    for (let k = 0; k < ref(`t3.carriedForward.${col}`); k++) forward[pick(rng, handled)]++;
    // Applications from the year before: never more than the unit closed or still holds.
    const over = zeros();
    for (let k = 0; k < ref(`t3.carriedOver.${col}`); k++) {
      over[pick(rng, handled.map((h, i) => (over[i] < h + forward[i] ? h : 0)))]++;
    }
    cells[`t3.carriedForward.${col}`] = forward;
    cells[`t3.carriedOver.${col}`] = over;
    cells[`t3.received.${col}`] = handled.map((h, i) => h + forward[i] - over[i]);
  }
}

/** Cases of table 四 go to units that handled applications this year. */
function table4(cells: Record<string, number[]>): void {
  const apps = zeros();
  for (const [key, values] of Object.entries(cells)) {
    if (key.startsWith("t3.received.")) values.forEach((v, i) => (apps[i] += v));
  }
  const weights = weightsOf("applications").map((w, i) => (apps[i] > 0 ? w * w : 0));
  for (const group of ["review", "suitDirect", "suitAfterReview"]) {
    for (const col of ["upheld", "corrected", "other", "pending"]) {
      const key = `t4.${group}.${col}`;
      cells[key] = distribute(ref(key), weights, rngFor("2020", key));
    }
  }
}

function itemRows(cells: Record<string, number[]>): void {
  const rows: Array<[string, WeightCategory, WeightCategory | null]> = [
    ["b5.licensing", "licensing", "licensingDecisions"],
    ["b5.otherServices", "services", "servicesDecisions"],
    ["b6.penalty", "penalty", "penaltyDecisions"],
    ["b6.enforcement", "enforcement", "enforcementDecisions"],
    ["b8.fees", "fees", null],
  ];
  for (const [row, items, decisions] of rows) {
    const weights = weightsOf(items);
    const prev = distribute(ref(`${row}.prevCount`), weights, rngFor("2020", `${row}.prevCount`));
    cells[`${row}.prevCount`] = prev;
    cells[`${row}.change`] = distributeSigned(ref(`${row}.change`), weights, prev, rngFor("2020", `${row}.change`));
    if (decisions) {
      const key = `${row}.decisions`;
      cells[key] = distribute(ref(key), weightsOf(decisions), rngFor("2020", key));
    }
  }
}

function procurement(cells: Record<string, number[]>, amountUnits: Record<string, AmountUnit[]>): void {
  const slip = unitIndex(AMOUNT_UNIT_SLIP_UNIT);
  const weights = weightsOf("procurement").map((w, i) => (i === slip ? 0 : w));
  const projects = distribute(ref("b9.procurement.projects") - SLIP_PROJECTS, weights, rngFor("2020", "b9.projects"));
  projects[slip] = SLIP_PROJECTS;

  // Integer arithmetic in 0.0001: the plain sum of the numbers is exactly the reference's.
  const slipAmount = amountToUnits(SLIP_AMOUNT);
  const rest = amountToUnits(REFERENCE_2020_INPUTS["b9.procurement.amount"]) - slipAmount;
  const rng = rngFor("2020", "b9.amount");
  const amountWeights = projects.map((p, i) => (i === slip ? 0 : p * (0.4 + 1.2 * rng())));
  const amounts = distribute(rest, amountWeights, rng);
  amounts[slip] = slipAmount;

  cells["b9.procurement.projects"] = projects;
  cells["b9.procurement.amount"] = amounts;
  amountUnits["b9.procurement.amount"] = amounts.map((_, i) => (i === slip ? "元" : "万元"));
}

export function generate2020(): DemoGrid {
  const cells: Record<string, number[]> = {};
  const amountUnits: Record<string, AmountUnit[]> = {};
  const d = (key: string, category: WeightCategory, total = ref(key)) =>
    (cells[key] = distribute(total, weightsOf(category), rngFor("2020", key)));

  // Table A: every item is counted once per channel, and the channels add up to the total.
  const channels = ["gazette", "website", "weibo", "wechat", "otherChannel"] as const;
  for (const ch of channels) d(`a.${ch}`, ch);
  cells["a.total"] = zeros().map((_, i) => sumOf(channels.map((ch) => cells[`a.${ch}`][i])));
  for (const key of ["hotspots", "interpretation", "weiboWechatResp", "otherResp"] as const) d(`a.${key}`, key);
  cells["a.pressConf"] = fromPairs(PRESS_CONFERENCES, 0);
  cells["a.pressConfLeader"] = fromPairs(PRESS_CONFERENCES, 1);
  cells["a.interview"] = fromPairs(INTERVIEWS, 0);
  cells["a.interviewLeader"] = fromPairs(INTERVIEWS, 1);

  // 第二十条第（一）项: district units make no 规章; each 规范性文件 made is published at once.
  for (const col of ["made", "published", "total"]) cells[`b1.rules.${col}`] = zeros();
  const made = d("b1.normative.made", "normativeMade");
  cells["b1.normative.published"] = [...made];
  const older = distribute(
    ref("b1.normative.total") - ref("b1.normative.published"),
    weightsOf("normativeStock"),
    rngFor("2020", "b1.normative.total"),
  );
  cells["b1.normative.total"] = made.map((m, i) => m + older[i]);

  itemRows(cells);
  procurement(cells, amountUnits);
  table3(cells);
  table4(cells);

  for (const [key, values] of Object.entries(cells)) {
    if (values.length !== UNIT_COUNT) throw new Error(`Demo 2020: ${key} has ${values.length} values`);
  }
  return { cells, amountUnits };
}
