import type { CurrentUser } from "@/lib/dal/types";
import type { ReportState, Role } from "@/lib/domain";

/** Who may read and change a report. Pure rules; lib/dal applies them on every query and action. */

const UNIT_ROLES: readonly Role[] = ["editor", "approver"];
const OFFICE_ROLES: readonly Role[] = ["reviewer", "admin"];

/** A unit edits its report only before submission or after it was returned (workflow.md). */
export const EDITABLE_STATES: readonly ReportState[] = ["not_started", "draft", "returned"];

/** The office sees a unit's report once it is handed in; a draft belongs to its unit alone. */
const OFFICE_VISIBLE_STATES: readonly ReportState[] = ["submitted", "returned", "approved", "published", "imported"];

export type ReportRef = { unitId: number; state: ReportState };

export function isUnitRole(role: Role): boolean {
  return UNIT_ROLES.includes(role);
}

export function isOfficeRole(role: Role): boolean {
  return OFFICE_ROLES.includes(role);
}

export function canReadReport(user: Pick<CurrentUser, "role" | "unitId">, report: ReportRef): boolean {
  if (user.unitId === report.unitId) return true;
  return isOfficeRole(user.role) && OFFICE_VISIBLE_STATES.includes(report.state);
}

export function canEditReport(user: Pick<CurrentUser, "role" | "unitId">, report: ReportRef): boolean {
  return isUnitRole(user.role) && user.unitId === report.unitId && EDITABLE_STATES.includes(report.state);
}

/** Why a report cannot be edited, in words a unit understands. */
export function lockedReason(state: ReportState): string {
  switch (state) {
    case "submitted":
      return "报告已提交备案，不能再修改。如需修改，请联系政务公开办公室退回。";
    case "approved":
      return "报告已审核通过，不能再修改。";
    case "published":
      return "报告已发布，如需更正请联系政务公开办公室。";
    case "imported":
      return "该报告由已发布的原报告导入，只供查阅和往年对比，不能修改。";
    default:
      return "报告当前不能修改。";
  }
}
