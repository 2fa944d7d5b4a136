/**
 * Narrative text of every demo unit's report (any demo year), and the district's consolidated 2020
 * narrative. Section keys: preamble (编制说明), one, two (optional, may be ""), five, six; sections
 * three and four have no narrative. Plain text: paragraphs separated by "\n", sub-headings such
 * as "（一）主动公开情况" on their own line.
 *
 *   demoNarratives("edu", 2021)  // { preamble, one, two, five, six }
 *
 * Figures quoted in section 一 are the unit's own table values; section 五 is drawn from a
 * different pool each year; section 六 always mentions 信息处理费 from 2021 on.
 */
import { choose, chooseSome, enumerate, unitFacts } from "./narrative-facts";
import { FIVE_FRAMES, IMPROVEMENTS, PREAMBLES, PROBLEMS, SIX, TWO, poolYear } from "./narrative-pools";
import { fill, sectionOne2019, sectionOne2021 } from "./narratives-one";
import { rngFor } from "./prng";
import { demoYear } from "./demo-years";

export const NARRATIVE_KEYS = ["preamble", "one", "two", "five", "six"] as const;
export type NarrativeKey = (typeof NARRATIVE_KEYS)[number];
export type DemoNarratives = Record<NarrativeKey, string>;

const NOTICE: Record<string, string> = {
  "2019": "《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）",
  "2021": "《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）",
};

const cache = new Map<string, DemoNarratives>();

/** The narratives of one unit's report for one demo year. */
export function demoNarratives(unitCode: string, year: number): DemoNarratives {
  const id = `${unitCode}:${year}`;
  const hit = cache.get(id);
  if (hit) return { ...hit };

  const y = demoYear(year);
  const f = unitFacts(unitCode, year);
  const rng = rngFor("narrative", unitCode, year);
  // The template choice is per unit (not per year), so a unit keeps its house style.
  const style = rngFor("style", unitCode);

  const preamble = fill(choose(style, PREAMBLES), f).replace("{notice}", NOTICE[y.formatVersion]);
  const one = y.formatVersion === "2021" ? sectionOne2021(rng, f) : sectionOne2019(rng, f);
  const two = fill(choose(rng, TWO), f);
  const pool = poolYear(year);
  const [problemsFrame, improvementsFrame] = FIVE_FRAMES[pool];
  const five = [
    "（一）存在的主要问题",
    fill(problemsFrame, f) + enumerate(chooseSome(rng, PROBLEMS[pool], 2 + Math.floor(rng() * 2))),
    "（二）改进措施",
    fill(improvementsFrame, f) + enumerate(chooseSome(rng, IMPROVEMENTS[pool], 2 + Math.floor(rng() * 2))),
  ].join("\n");
  const six = fill(choose(rng, SIX[pool]), f);

  const result: DemoNarratives = { preamble, one, two, five, six };
  cache.set(id, result);
  return { ...result };
}
