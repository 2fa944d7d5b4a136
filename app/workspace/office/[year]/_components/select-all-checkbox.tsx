"use client";

/** Ticks or unticks every unit checkbox (name="unitId") of the form it sits in. */
export function SelectAllCheckbox() {
  return (
    <input
      type="checkbox"
      aria-label="全选列表中的单位"
      className="h-4 w-4"
      onChange={(e) => {
        const checked = e.currentTarget.checked;
        e.currentTarget.form?.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="unitId"]').forEach((box) => {
          box.checked = checked;
        });
      }}
    />
  );
}
