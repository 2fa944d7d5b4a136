/**
 * A unit has a short name for lists (区教育局) and may have a full official name for the titles of its
 * reports (宁波市北仑区教育局…年政府信息公开工作年度报告). Without one, titles use the short name.
 */
export function officialName(unit: { name: string; fullName: string | null }): string {
  return unit.fullName?.trim() || unit.name;
}
