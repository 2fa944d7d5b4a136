import type { UnitKind } from "./unit-kinds";

/** The level of the government whose units report here: set once per installation (settings). */
export const GOVERNMENT_LEVELS = ["province", "city", "district"] as const;
export type GovernmentLevel = (typeof GOVERNMENT_LEVELS)[number];

export const GOVERNMENT_LEVEL_LABELS: Record<GovernmentLevel, string> = {
  province: "省级",
  city: "设区的市级",
  district: "县（区）级",
};

/**
 * Which units may count 规章 of their own (table 二's 规章 row, check T2-RULES-LEVEL), by the level of their
 * government: 规章 are made by the governments of provinces and of 设区的市 (立法法第九十三条), whose
 * departments draft and publish them; a county or district government, its departments and its
 * subdistricts make none.
 */
export const RULE_MAKING_KINDS: Record<GovernmentLevel, readonly UnitKind[]> = {
  province: ["office", "agency"],
  city: ["office", "agency"],
  district: [],
};

export function mayMakeRules(level: GovernmentLevel, kind: UnitKind): boolean {
  return RULE_MAKING_KINDS[level].includes(kind);
}
