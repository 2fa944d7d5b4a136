/**
 * The demo organisation: 宁波市北仑区. Its disclosure office plus the 77 units that report to it
 * (67 党政机构 and district-level branches, 10 subdistricts). Pure data; nothing outside db/seed
 * depends on these names.
 */

export type DemoUnitKind = "office" | "agency" | "subdistrict";

export interface DemoUnit {
  /** Short lowercase ASCII code, unique; used in usernames (`<code>-editor`). */
  code: string;
  name: string;
  /** The full official name its reports are titled with. */
  fullName: string;
  kind: DemoUnitKind;
  sortOrder: number;
}

const PLACE = "宁波市北仑区";

/**
 * The official name a district unit's report is titled with: 区教育局 → 宁波市北仑区教育局, 区委宣传部 →
 * 中共宁波市北仑区委宣传部, 新碶街道 → 宁波市北仑区新碶街道办事处; a name already naming the city stays.
 */
export function demoFullName(name: string, kind: DemoUnitKind): string {
  if (name.startsWith("宁波市")) return name;
  if (kind === "subdistrict") return `${PLACE}${name}办事处`;
  if (name === "团区委") return `共青团${PLACE}委员会`;
  if (name === "区税务局") return `国家税务总局${PLACE}税务局`;
  if (name.startsWith("区委")) return `中共${PLACE}${name.slice(1)}`;
  return name.startsWith("区") ? `${PLACE}${name.slice(1)}` : name;
}

/** The disclosure office: owns the process and the consolidated report; not a reporting unit. */
/** The government whose consolidated report the office compiles (the settings' 本级政府名称). */
export const DEMO_GOVERNMENT_NAME = "宁波市北仑区人民政府";

export const DEMO_OFFICE: DemoUnit = {
  code: "office",
  name: "区政府办公室（政务公开中心）",
  fullName: "宁波市北仑区人民政府办公室",
  kind: "office",
  sortOrder: 0,
};

/** [code, name] of the 67 agencies, in the order the district lists them. */
const AGENCIES: ReadonlyArray<readonly [string, string]> = [
  // 区政府工作部门
  ["fgj", "区发展和改革局"],
  ["jxj", "区经济和信息化局"],
  ["edu", "区教育局"],
  ["kjj", "区科学技术局"],
  ["police", "区公安分局"],
  ["mzj", "区民政局"],
  ["sfj", "区司法局"],
  ["czj", "区财政局"],
  ["rsj", "区人力资源和社会保障局"],
  ["zrzy", "宁波市自然资源和规划局北仑分局"],
  ["sthj", "宁波市生态环境局北仑分局"],
  ["zjj", "区住房和城乡建设局"],
  ["jtj", "区交通运输局"],
  ["slj", "区水利局"],
  ["nyj", "区农业农村局"],
  ["swj", "区商务局"],
  ["wglt", "区文化和广电旅游体育局"],
  ["wjj", "区卫生健康局"],
  ["tyjr", "区退役军人事务局"],
  ["yjj", "区应急管理局"],
  ["sjj", "区审计局"],
  ["scjg", "区市场监督管理局"],
  ["tjj", "区统计局"],
  ["ybj", "区医疗保障局"],
  ["zhzf", "区综合行政执法局"],
  ["dsj", "区大数据发展管理局"],
  ["xzsp", "区行政审批服务管理局"],
  ["xfj", "区信访局"],
  ["rfb", "区人民防空办公室"],
  ["jgsw", "区机关事务管理局"],
  ["tzcj", "区投资促进局"],
  ["jrj", "区地方金融监督管理局"],
  // 区政府直属事业单位及其他
  ["gzzx", "区国有资产管理服务中心"],
  ["zsb", "区房屋征收管理办公室"],
  ["fczx", "区住房保障和房产服务中心"],
  ["ggzy", "区公共资源交易中心"],
  ["rmt", "区融媒体中心"],
  ["dag", "区档案馆"],
  ["szs", "区史志研究室"],
  ["gxs", "区供销合作总社"],
  ["ghzx", "区港航管理中心"],
  ["gly", "区公路与运输管理中心"],
  ["tdcb", "区土地储备中心"],
  ["cdc", "区疾病预防控制中心"],
  ["sbzx", "区社会保险管理服务中心"],
  // 垂直管理及派驻机构
  ["tax", "区税务局"],
  ["qxj", "区气象局"],
  ["fire", "区消防救援大队"],
  ["ycj", "区烟草专卖局"],
  ["gjj", "宁波市住房公积金管理中心北仑分中心"],
  // 区委机构
  ["jw", "区纪委区监委"],
  ["qwb", "区委办公室"],
  ["zzb", "区委组织部"],
  ["xcb", "区委宣传部"],
  ["tzb", "区委统战部"],
  ["zfw", "区委政法委"],
  ["wxb", "区委网信办"],
  ["bb", "区委编办"],
  ["lgb", "区委老干部局"],
  ["dx", "区委党校"],
  // 群团组织
  ["zgh", "区总工会"],
  ["tqw", "团区委"],
  ["fl", "区妇联"],
  ["kx", "区科协"],
  ["cl", "区残联"],
  ["hsh", "区红十字会"],
  ["gsl", "区工商联"],
];

const SUBDISTRICTS: ReadonlyArray<readonly [string, string]> = [
  ["xinqi", "新碶街道"],
  ["xiaogang", "小港街道"],
  ["daqi", "大碶街道"],
  ["xiapu", "霞浦街道"],
  ["chaiqiao", "柴桥街道"],
  ["qijiashan", "戚家山街道"],
  ["chunxiao", "春晓街道"],
  ["meishan", "梅山街道"],
  ["baifeng", "白峰街道"],
  ["guoju", "郭巨街道"],
];

/** The 77 reporting units: agencies first, then subdistricts (sortOrder 10, 20, …). */
export const DEMO_REPORTING_UNITS: readonly DemoUnit[] = [
  ...AGENCIES.map(([code, name]) => ({ code, name, kind: "agency" as const })),
  ...SUBDISTRICTS.map(([code, name]) => ({ code, name, kind: "subdistrict" as const })),
].map((u, i) => ({ ...u, fullName: demoFullName(u.name, u.kind), sortOrder: (i + 1) * 10 }));

/** Every demo unit: the office, then the reporting units. */
export const DEMO_UNITS: readonly DemoUnit[] = [DEMO_OFFICE, ...DEMO_REPORTING_UNITS];

const byCode = new Map(DEMO_UNITS.map((u) => [u.code, u]));

export function demoUnit(code: string): DemoUnit {
  const unit = byCode.get(code);
  if (!unit) throw new Error(`Unknown demo unit: ${code}`);
  return unit;
}
