import type { Finding } from "@/lib/checks/types";
import type { AmountUnit, ReportFormat, ReportValues } from "@/lib/report-format";

/** One approved unit report as the consolidation sees it. */
export interface UnitReportInput {
  unitId: number;
  unitName: string;
  /** For links from a drill-down to the unit's report. */
  reportId?: number;
  values: ReportValues;
}

/** The office's override of one consolidated number (consolidation_overrides). */
export interface OverrideInput {
  cellKey: string;
  value: string;
  unit?: AmountUnit | null;
  reason: string;
  updatedAt?: number;
  updatedByName?: string | null;
}

export interface ExpectedUnit {
  unitId: number;
  unitName: string;
}

export interface AppliedOverride {
  value: string;
  /** The unit the office typed (the consolidated value is converted to the cell's base unit). */
  unit?: AmountUnit;
  reason: string;
  /** The consolidated value minus the sum, in the consolidated unit: "+3.8496", "-2", "0". */
  difference: string;
  updatedAt?: number;
  updatedByName?: string | null;
}

/** One input cell of the consolidated report. */
export interface ConsolidatedCell {
  key: string;
  /** Units' values plus the office's own entry; null when every one of them is blank. */
  sum: string | null;
  /** What the consolidated report shows: the override where there is one, otherwise the sum. */
  value: string | null;
  /** 万元 for amounts (元 values converted), absent for counts. */
  unit?: AmountUnit;
  /** How many units (and the office) filled the cell. */
  filledBy: number;
  override?: AppliedOverride;
}

export interface Consolidation {
  format: ReportFormat;
  /** Input cells as the consolidated report shows them (overrides applied); derived cells are left to computeDerived. */
  values: ReportValues;
  /** Input cells only, in display order. */
  cells: Record<string, ConsolidatedCell>;
  /** AGG-SUM and AGG-MISSING. */
  findings: Finding[];
  /** Expected units without an approved report. */
  missing: ExpectedUnit[];
  /** How many unit reports were summed (the office's own entries not counted). */
  unitCount: number;
}

/** One unit's part of a consolidated number (a drill-down line). */
export interface Contribution {
  unitId: number;
  unitName: string;
  reportId?: number;
  /** True for the office's own entries. */
  office: boolean;
  /** In the consolidated unit; null when the unit left the cell blank. */
  value: string | null;
  /** As the unit entered it, where that differs from `value` (e.g. "3.85 元"). */
  entered?: string;
}

export interface DrillDown {
  key: string;
  /** Sorted by value, largest first; blanks last. */
  contributions: Contribution[];
  /** Sum of the contributions (= the consolidated number unless overridden). */
  total: string | null;
  unit?: AmountUnit;
}
