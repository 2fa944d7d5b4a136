import type { ReportState } from "@/lib/domain";
import type { CurrentUser } from "@/lib/dal/types";
import { isOfficeRole } from "./report-access";

/**
 * Who may read and change the consolidated (本级政府) report. Pure rules; lib/dal/consolidated*.ts applies them.
 * The office's reviewers and administrators read it, override its numbers and write its own entries and
 * narrative (workflow.md: 审核员 "edit the consolidated report"). Unit people never see it before publication.
 */
export function canReadConsolidated(user: Pick<CurrentUser, "role">): boolean {
  return isOfficeRole(user.role);
}

/** A published consolidated report is frozen: a correction reopens it first (a recorded step, not an edit). */
export function canEditConsolidated(user: Pick<CurrentUser, "role">, officeReport?: { state: ReportState } | null): boolean {
  return isOfficeRole(user.role) && officeReport?.state !== "published";
}
