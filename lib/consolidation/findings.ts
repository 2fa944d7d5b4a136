import type { Finding } from "@/lib/checks/types";
import type { CellDef, ReportFormat } from "@/lib/report-format";
import type { ConsolidatedCell, ExpectedUnit, OverrideInput } from "./types";

/** The consolidated report's own checks (checks.md, AGG-*): the UI shows them beside the other checks. */
export const AGG_CATALOGUE = {
  "AGG-SUM": { severity: "error", title: "汇总数与各单位合计不符" },
  "AGG-MISSING": { severity: "warning", title: "应报单位尚未审核通过" },
} as const;

function sectionsOf(format: ReportFormat, key: string): string[] {
  const tableId = format.cellByKey.get(key)?.tableId;
  const section = tableId ? format.sections.find((s) => s.tableIds.includes(tableId)) : undefined;
  return section ? [section.key] : [];
}

const withUnit = (v: string | null, unit?: string) => `${v ?? "空白"}${v !== null && unit ? ` ${unit}` : ""}`;

/**
 * AGG-SUM for an overridden number. With a recorded reason it is not an error: it is listed (info)
 * with the difference, so a reader sees what was changed and why. Without a reason it is an error.
 */
export function overrideFinding(format: ReportFormat, cell: CellDef, c: ConsolidatedCell): Finding {
  const o = c.override!;
  const reason = o.reason.trim();
  const head = `${cell.name}：汇总数 ${withUnit(c.value, c.unit)}，各单位合计 ${withUnit(c.sum ?? "0", c.unit)}，差额 ${withUnit(o.difference, c.unit)}`;
  return {
    checkId: "AGG-SUM",
    severity: reason ? "info" : "error",
    message: reason ? `${head}。已由政务公开办公室调整，理由：${reason}` : `${head}，且没有记录调整理由`,
    cells: [cell.key],
    sectionKeys: sectionsOf(format, cell.key),
    key: `AGG-SUM:${cell.key}`,
  };
}

/** An override that cannot be applied (the cell is not an input cell of this year's format, or the value is not a number). */
export function rejectedOverrideFinding(format: ReportFormat, o: OverrideInput): Finding {
  const cell = format.cellByKey.get(o.cellKey);
  const what = cell ? (cell.sumOf ? `“${cell.name}”为自动计算的总计` : `调整值“${o.value}”无效`) : `本年度格式中没有单元格“${o.cellKey}”`;
  return {
    checkId: "AGG-SUM",
    severity: "error",
    message: `${what}，该调整未采用，汇总数仍为各单位合计`,
    cells: cell ? [cell.key] : [],
    sectionKeys: cell ? sectionsOf(format, cell.key) : [],
    key: `AGG-SUM:${o.cellKey}`,
  };
}

/** AGG-MISSING: one warning naming every expected unit without an approved report. */
export function aggMissingFinding(missing: readonly ExpectedUnit[]): Finding {
  return {
    checkId: "AGG-MISSING",
    severity: "warning",
    message: `${missing.length} 个应报单位尚无审核通过的报告，未计入汇总：${missing.map((u) => u.unitName).join("、")}`,
    cells: [],
    sectionKeys: [],
    key: "AGG-MISSING::",
  };
}
