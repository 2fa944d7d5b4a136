/**
 * The district's consolidated report of each closed demo year (宁波市北仑区人民政府, compiled by the
 * office): its values are the sums of the units' reports, and its narrative quotes those sums, so the
 * published consolidated report's text agrees with its tables. 2020 keeps the reference-matching
 * narrative (district-narrative-2020.ts).
 */
import { consolidate } from "@/lib/consolidation/consolidate";
import type { ReportValues } from "@/lib/report-format";
import { type DemoNarratives } from "./demo-narratives";
import { demoFormat, demoValues } from "./demo-values";
import { DISTRICT_NARRATIVE_2020 } from "./district-narrative-2020";
import { factsOf } from "./narrative-facts";
import { FIVE_FRAMES, IMPROVEMENTS, PROBLEMS, poolYear } from "./narrative-pools";
import { fill, sectionOne2019, sectionOne2021 } from "./narratives-one";
import { chooseSome, enumerate } from "./narrative-facts";
import { rngFor } from "./prng";
import { DEMO_GOVERNMENT_NAME, DEMO_OFFICE, DEMO_REPORTING_UNITS } from "./units";

const NOTICE: Record<string, string> = {
  "2019": "《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）",
  "2021": "《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）",
};

/** The district's figures of a year: every unit's report summed, cell by cell. */
export function districtValues(year: number): ReportValues {
  const format = demoFormat(year);
  const parts = DEMO_REPORTING_UNITS.map((u, i) => ({ unitId: i + 1, unitName: u.name, values: demoValues(u.code, year) }));
  return consolidate(format, parts, {}, []).values;
}

export function districtNarratives(year: number): DemoNarratives {
  if (year === 2020) return { ...DISTRICT_NARRATIVE_2020 };
  const format = demoFormat(year);
  const facts = factsOf({ ...DEMO_OFFICE, kind: "agency" }, year, districtValues(year), "全区", "重大决策、政策文件和民生实事");
  const rng = rngFor("district-narrative", year);
  const v2021 = format.version.id === "2021";
  const preamble = `本报告依据《中华人民共和国政府信息公开条例》（国务院令第711号）和${NOTICE[format.version.id]}的要求，由${DEMO_OFFICE.fullName}汇总全区各部门、各街道年度报告后编制，是${DEMO_GOVERNMENT_NAME}${year}年政府信息公开工作年度报告。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分。`;
  const one = v2021 ? sectionOne2021(rng, facts) : sectionOne2019(rng, facts);
  const pool = poolYear(year);
  const [problemsFrame, improvementsFrame] = FIVE_FRAMES[pool];
  const five = [
    "（一）存在的主要问题",
    fill(problemsFrame, facts) + enumerate(chooseSome(rng, PROBLEMS[pool], 3)),
    "（二）改进措施",
    fill(improvementsFrame, facts) + enumerate(chooseSome(rng, IMPROVEMENTS[pool], 3)),
  ].join("\n");
  const six = `${v2021 ? "本年度全区各行政机关均未收取信息处理费。" : ""}本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。本报告电子版可在${DEMO_GOVERNMENT_NAME}门户网站“政府信息公开”专栏下载。`;
  return { preamble, one, two: "", five, six };
}
