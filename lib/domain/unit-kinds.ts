/** Reporting units are district agencies and subdistricts; the office (政务公开办公室) reviews and consolidates. */
export const UNIT_KINDS = ["agency", "subdistrict", "office"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  agency: "区级部门",
  subdistrict: "街道",
  office: "政务公开办公室",
};

/** The office dashboard's narrower columns say "部门" where the administration pages say "区级部门". */
export const UNIT_KIND_SHORT_LABELS = { agency: "部门", subdistrict: "街道", office: "政务公开办公室" } as const satisfies Record<UnitKind, string>;
