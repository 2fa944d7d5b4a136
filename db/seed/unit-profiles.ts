/**
 * How big each demo unit is and what it does, so that the district's totals are shared out
 * realistically: 处理决定 to the units that license and penalise, applications to the units
 * people ask (land, demolition, market supervision), little to subdistricts and party organs.
 */
import { DEMO_REPORTING_UNITS, type DemoUnit } from "./units";

/**
 * size: 1 (tiny) … 5 (the largest agencies).
 * tags: P makes 规范性文件 · L 行政许可 · S other public services · X 行政处罚 · E 行政强制 ·
 * F 行政事业性收费 · A many applications · a some applications · C applications from companies ·
 * W runs a 政务微博 · R answers many public enquiries (hotline, 信访, 网络问政).
 */
const PROFILES: Record<string, readonly [number, string]> = {
  fgj: [3, "P L a C"],
  jxj: [3, "P L a"],
  edu: [4, "P L S X F a W R"],
  kjj: [2, "P a"],
  police: [5, "L S X E F A W R"],
  mzj: [3, "P L S a R"],
  sfj: [3, "P S a R"],
  czj: [3, "P F a"],
  rsj: [4, "P L S X a R"],
  zrzy: [5, "P L S X E F A C"],
  sthj: [4, "P L X E a C W"],
  zjj: [4, "P L S X F A C R"],
  jtj: [4, "P L X E a"],
  slj: [3, "P L X E a"],
  nyj: [3, "P L S X E a"],
  swj: [3, "P L S a"],
  wglt: [3, "P L X a W"],
  wjj: [4, "P L S X E a W R"],
  tyjr: [2, "P S a"],
  yjj: [3, "P L X E a"],
  sjj: [2, "a"],
  scjg: [5, "P L S X E F A C W R"],
  tjj: [2, "X"],
  ybj: [3, "P S X a"],
  zhzf: [5, "L X E F A W R"],
  dsj: [2, "S"],
  xzsp: [5, "L S F a C R"],
  xfj: [2, "R"],
  rfb: [2, "L X F"],
  jgsw: [2, ""],
  tzcj: [2, "a C"],
  jrj: [2, "X a"],
  gzzx: [2, "a"],
  zsb: [3, "A"],
  fczx: [3, "S F a"],
  ggzy: [2, "S a C"],
  rmt: [3, "W"],
  dag: [2, "S"],
  szs: [1, ""],
  gxs: [1, ""],
  ghzx: [2, "L X a"],
  gly: [2, "L X E"],
  tdcb: [2, "a"],
  cdc: [2, "S"],
  sbzx: [3, "S a"],
  tax: [5, "L S X E F a R"],
  qxj: [1, "L X"],
  fire: [2, "L X E"],
  ycj: [2, "L X E"],
  gjj: [3, "S a"],
  jw: [2, "a"],
  qwb: [2, ""],
  zzb: [2, ""],
  xcb: [2, "W"],
  tzb: [1, ""],
  zfw: [1, ""],
  wxb: [1, "W"],
  bb: [1, ""],
  lgb: [1, ""],
  dx: [1, ""],
  zgh: [2, ""],
  tqw: [1, "W"],
  fl: [1, ""],
  kx: [1, ""],
  cl: [2, "S"],
  hsh: [1, ""],
  gsl: [1, ""],
  xinqi: [3, "S a R"],
  xiaogang: [3, "S a R"],
  daqi: [3, "S a R"],
  xiapu: [2, "S a R"],
  chaiqiao: [2, "S a R"],
  qijiashan: [2, "S a R"],
  chunxiao: [2, "S a"],
  meishan: [2, "S a"],
  baifeng: [2, "S a"],
  guoju: [2, "S a"],
};

/** Units that carry most of a category, beyond what size and tags say. */
const BOOSTS: Record<string, Record<string, number>> = {
  licensing: { xzsp: 8, scjg: 2 },
  licensingDecisions: { xzsp: 10, scjg: 2, police: 2 },
  servicesDecisions: { xzsp: 4, rsj: 3, ybj: 3, sbzx: 3, gjj: 2, tax: 2 },
  penaltyDecisions: { police: 5, zhzf: 3, scjg: 1.5, tax: 1.5 },
  website: { scjg: 2, police: 1.5, zhzf: 1.5, xzsp: 2, zrzy: 2 },
  weibo: { police: 3, rmt: 3, scjg: 1.5, zhzf: 1.5 },
  applications: { zrzy: 2, zsb: 2, edu: 2, xinqi: 2 },
};

export type WeightCategory =
  | "website"
  | "weibo"
  | "wechat"
  | "otherChannel"
  | "gazette"
  | "hotspots"
  | "interpretation"
  | "weiboWechatResp"
  | "otherResp"
  | "normativeMade"
  | "normativeStock"
  | "licensing"
  | "licensingDecisions"
  | "services"
  | "servicesDecisions"
  | "penalty"
  | "penaltyDecisions"
  | "enforcement"
  | "enforcementDecisions"
  | "fees"
  | "procurement"
  | "applications"
  | "applicationsCompany"
  | "applicationsOther";

export function profileOf(code: string): { size: number; tags: string } {
  const p = PROFILES[code];
  if (!p) throw new Error(`No demo profile for unit ${code}`);
  return { size: p[0], tags: p[1] };
}

/** The relative share of a unit in a category (0: never gets any). */
export function weightOf(unit: DemoUnit, category: WeightCategory): number {
  const { size: s, tags } = profileOf(unit.code);
  const has = (t: string) => tags.split(" ").includes(t);
  const boost = BOOSTS[category]?.[unit.code] ?? 1;
  const apps = has("A") || has("a");
  const w = ((): number => {
    switch (category) {
      case "website":
        return s * s;
      case "weibo":
        return has("W") ? s * s : 0;
      case "wechat":
        return s >= 2 ? s * s : 0;
      case "otherChannel":
        return s;
      case "gazette":
        return has("P") ? s : 0;
      case "hotspots":
        return s * s * (has("R") ? 3 : 1);
      case "interpretation":
        return has("P") ? s * s : unit.kind === "subdistrict" ? 1 : 0;
      case "weiboWechatResp":
        return s >= 2 ? s * s * (has("W") ? 3 : 1) : 0;
      case "otherResp":
        return has("R") ? s * s * s : s;
      case "normativeMade":
        return has("P") ? s : 0;
      case "normativeStock":
        return has("P") ? s * s : unit.kind === "agency" && s >= 2 ? 0.5 : 0;
      case "licensing":
        return has("L") ? s * s : 0;
      case "licensingDecisions":
        return has("L") ? s * s * s : 0;
      case "services":
        return has("S") ? s * s : 0;
      case "servicesDecisions":
        return has("S") ? s * s * s : 0;
      case "penalty":
        return has("X") ? s * s : 0;
      case "penaltyDecisions":
        return has("X") ? s * s * s : 0;
      case "enforcement":
        return has("E") ? s * s : 0;
      case "enforcementDecisions":
        return has("E") ? s * s * s : 0;
      case "fees":
        return has("F") ? s : 0;
      case "procurement":
        return Math.pow(s, 1.5);
      case "applications":
        return has("A") ? 4 * s * s : apps ? s : 0;
      case "applicationsCompany":
        return has("C") && apps ? s * s : 0;
      case "applicationsOther":
        return apps && (has("A") || has("C") || unit.kind === "subdistrict") ? s : 0;
    }
  })();
  return w * boost;
}

/** Weights of every reporting unit, in DEMO_REPORTING_UNITS order. */
export function weightsOf(category: WeightCategory): number[] {
  return DEMO_REPORTING_UNITS.map((u) => weightOf(u, category));
}
