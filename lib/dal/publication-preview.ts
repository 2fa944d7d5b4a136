import "server-only";
import { getDb } from "@/db/client";
import { isOfficeRole } from "@/lib/access/report-access";
import type { PublishedReport } from "@/lib/publishing/snapshot";
import { officeUnitOf, readOfficeReport } from "./internal/consolidated-load";
import { consolidatedDraft, getPublicationInfo, mayPublishOwnReport } from "./publishing";
import { workingCopy } from "./report-import";
import type { CurrentUser } from "./types";

export interface PublicationPreview {
  report: PublishedReport;
  /** The version publishing now would create. */
  nextVersion: number;
}

/**
 * What publishing would put on the public site now, shown before the person confirms: a unit report to
 * whoever may publish it (the office, or the unit's approver where the year lets units publish), the
 * consolidated report to the office. Anyone else gets null, as for a report that does not exist.
 */
export function unitPublicationPreview(user: CurrentUser, reportId: number): PublicationPreview | null {
  if (!isOfficeRole(user.role) && !mayPublishOwnReport(user, reportId)) return null;
  const report = workingCopy(user, reportId);
  return report ? { report, nextVersion: getPublicationInfo(user, reportId).versions + 1 } : null;
}

export function consolidatedPublicationPreview(user: CurrentUser, year: number): PublicationPreview | null {
  const report = consolidatedDraft(user, year);
  if (!report) return null;
  const db = getDb();
  const office = officeUnitOf(db, user);
  const officeReport = office ? readOfficeReport(db, office, year) : null;
  return { report, nextVersion: getPublicationInfo(user, officeReport?.id ?? null).versions + 1 };
}
