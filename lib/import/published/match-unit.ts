/**
 * Which unit a published report is, from the name in its title or its file name. Titles give the full
 * official name (宁波市北仑区教育局, 北仑区新碶街道办事处), the application the short one (区教育局, 新碶街道):
 * a unit matches when the printed name ends with its name, with or without its leading 区/县/市, and what
 * is left before it is only the names of the places above (…市…区). The longest match wins; two units
 * matching alike are ambiguous, and the person chooses.
 */

export interface UnitName {
  id: number;
  name: string;
  /** The unit's full official name, when it has one: printed exactly, it decides. */
  fullName?: string | null;
}

export interface UnitMatch {
  unit: UnitName | null;
  /** Every unit the name could be, best first (more than one when ambiguous). */
  candidates: UnitName[];
}

const SUFFIXES = /(?:办事处|人民政府|政府)$/;
// 中共…区委宣传部: a party organ's title starts with 中共 before the place.
const PLACE_PREFIX = /^(?:中共)?(?:[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|自治州|盟|地区))?(?:[\u4e00-\u9fff]{1,8}?(?:区|县|市|旗))?$/;

const clean = (s: string) => s.normalize("NFKC").replace(/[\s\u3000（）()]/g, "");

function score(printed: string, unit: UnitName): number | null {
  const p = clean(printed).replace(SUFFIXES, "");
  const n = clean(unit.name).replace(SUFFIXES, "");
  if (!p || !n) return null;
  if (unit.fullName && clean(unit.fullName).replace(SUFFIXES, "") === p) return 2000;
  if (p === n) return 1000 + n.length;
  for (const core of [n, n.replace(/^[区县市]/, "")]) {
    if (core.length < 2 || !p.endsWith(core)) continue;
    const rest = p.slice(0, p.length - core.length);
    if (PLACE_PREFIX.test(rest)) return core.length;
  }
  return null;
}

export function matchUnit(printed: string | undefined, units: readonly UnitName[]): UnitMatch {
  if (!printed) return { unit: null, candidates: [] };
  const scored = units.flatMap((u) => {
    const s = score(printed, u);
    return s === null ? [] : [{ u, s }];
  });
  scored.sort((a, b) => b.s - a.s);
  const candidates = scored.map((x) => x.u);
  const unique = scored.length > 0 && (scored.length === 1 || scored[0].s > scored[1].s);
  return { unit: unique ? scored[0].u : null, candidates };
}
