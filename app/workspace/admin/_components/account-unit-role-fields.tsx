"use client";

import { ROLE_LABELS, type Role } from "@/lib/domain";
import { ChoiceField, Field, type FieldForm, inputClass } from "./form-bits";
import { fittingRole, rolesFor } from "./role-select";
import { UnitOptions, type UnitOption } from "./unit-options";

/**
 * What these fields use of the account form (useForm's return), written out because react-hook-form's
 * own types cannot say "any form with a unitId and a role".
 */
interface UnitRoleForm extends FieldForm<{ unitId: number; role: Role }> {
  getValues: (name: "role") => Role;
  setValue: (name: "role", value: Role) => void;
  watch: (name: "unitId") => number;
}

/**
 * An account's unit and role, in the creating and the editing form. The role offers only what fits the
 * chosen unit's kind, and switches to one that does when a newly chosen unit no longer fits it.
 */
export function AccountUnitRoleFields({
  idPrefix,
  form,
  units,
  unitPlaceholder,
  roleHint,
  adminOnly = false,
}: {
  idPrefix: string;
  form: UnitRoleForm;
  units: UnitOption[];
  /** The first, empty choice while no unit is chosen. */
  unitPlaceholder?: string;
  roleHint?: string;
  /** An administrator editing themselves keeps the administrator role. */
  adminOnly?: boolean;
}) {
  const { register, formState, getValues, setValue } = form;
  const kindOf = (id: number) => units.find((u) => u.id === id)?.kind;
  const onUnitChange = (id: number) => setValue("role", fittingRole(getValues("role"), kindOf(id)));
  return (
    <>
      <Field id={`${idPrefix}-unit`} label="所属单位" error={formState.errors.unitId?.message}>
        {(a) => (
          <select
            {...a}
            {...register("unitId", { valueAsNumber: true, onChange: (e) => onUnitChange(Number(e.target.value)) })}
            className={inputClass}
          >
            {unitPlaceholder !== undefined && <option value="">{unitPlaceholder}</option>}
            <UnitOptions units={units} />
          </select>
        )}
      </Field>
      <ChoiceField
        id={`${idPrefix}-role`}
        label="角色"
        form={form}
        name="role"
        hint={roleHint}
        values={rolesFor(kindOf(form.watch("unitId"))).filter((r) => !adminOnly || r === "admin")}
        labels={ROLE_LABELS}
      />
    </>
  );
}
