import type { UnitKind } from "./unit-kinds";

/** Unit people fill in (editor) and sign off (approver) their unit's report; office people review it and administer the system. */
export const ROLES = ["editor", "approver", "reviewer", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  editor: "填报员",
  approver: "审核签发人",
  reviewer: "审核员",
  admin: "管理员",
};

/** Office roles belong to an office unit, unit roles to a reporting unit (agency or subdistrict). */
export function roleFitsUnitKind(role: Role, kind: UnitKind): boolean {
  const officeRole = role === "reviewer" || role === "admin";
  return officeRole === (kind === "office");
}
