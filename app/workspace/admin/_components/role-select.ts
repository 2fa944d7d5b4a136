import { ROLES, roleFitsUnitKind, type Role, type UnitKind } from "@/lib/domain";

/** The roles a person may have in a unit of this kind (all of them while no unit is chosen). */
export function rolesFor(kind: UnitKind | undefined): Role[] {
  return ROLES.filter((r) => !kind || roleFitsUnitKind(r, kind));
}

/** The role to switch to when the chosen unit no longer fits the current one. */
export function fittingRole(current: Role, kind: UnitKind | undefined): Role {
  if (!kind || roleFitsUnitKind(current, kind)) return current;
  return kind === "office" ? "reviewer" : "editor";
}
