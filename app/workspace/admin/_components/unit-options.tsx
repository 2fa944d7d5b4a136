import { UNIT_KIND_LABELS, UNIT_KINDS, type UnitKind } from "@/lib/domain";

export interface UnitOption {
  id: number;
  name: string;
  kind: UnitKind;
}

/** <option>s of units grouped by kind (office, agencies, subdistricts). */
export function UnitOptions({ units }: { units: UnitOption[] }) {
  const order = ["office", ...UNIT_KINDS.filter((k) => k !== "office")] as UnitKind[];
  return order.map((kind) => {
    const group = units.filter((u) => u.kind === kind);
    if (group.length === 0) return null;
    return (
      <optgroup key={kind} label={UNIT_KIND_LABELS[kind]}>
        {group.map((u) => (
          <option key={u.id} value={u.id}>{u.name}</option>
        ))}
      </optgroup>
    );
  });
}
