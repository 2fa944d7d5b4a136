export type Role = "editor" | "approver" | "reviewer" | "admin";
export type UnitKind = "agency" | "subdistrict" | "office";

export interface CurrentUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unitId: number;
  unitName: string;
  unitCode: string;
  unitKind: UnitKind;
}

/** Expected failures travel to the browser as values; unexpected ones are thrown. */
export type ActionResult<T = undefined> =
  | ({ ok: true } & (T extends undefined ? object : { data: T }))
  | { ok: false; error: string; code?: FailureCode; fieldErrors?: Record<string, string> };

/** Lets a client react to a refusal without reading its message: locked and not_found are final, auth needs a new sign-in. */
export type FailureCode = "invalid" | "locked" | "not_found" | "auth" | "conflict";

export const ROLE_LABELS: Record<Role, string> = {
  editor: "填报员",
  approver: "审核签发人",
  reviewer: "审核员",
  admin: "管理员",
};
