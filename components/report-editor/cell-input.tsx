"use client";

import { memo } from "react";
import type { AmountUnit, CellDef } from "@/lib/report-format";

export function cellDomId(key: string): string {
  return `cell-${key.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

interface CellInputProps {
  cell: CellDef;
  text: string;
  unit?: AmountUnit;
  error?: string;
  conflicted: boolean;
  readOnly: boolean;
  onText: (key: string, text: string) => void;
  onUnit: (key: string, unit: AmountUnit) => void;
}

const INPUT_MODE = { count: "numeric", signed: "text", amount: "decimal" } as const;

/** One number input named by its row and column labels, with its message right below it. */
export const CellInput = memo(function CellInput({ cell, text, unit, error, conflicted, readOnly, onText, onUnit }: CellInputProps) {
  const id = cellDomId(cell.key);
  const border = error ? "border-red-600 bg-red-50" : conflicted ? "border-amber-500 bg-amber-50" : "border-transparent";
  return (
    <div className="min-w-20">
      <div className="flex items-center">
        <input
          id={id}
          type="text"
          inputMode={INPUT_MODE[cell.kind]}
          autoComplete="off"
          aria-label={cell.name}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          readOnly={readOnly}
          value={text}
          onChange={(e) => onText(cell.key, e.target.value)}
          className={`w-full min-w-16 border-2 px-2 py-1.5 text-right tabular-nums outline-none focus:border-blue-700 ${border} ${readOnly ? "bg-slate-50" : ""}`}
        />
        {cell.kind === "amount" && (
          <select
            aria-label={`${cell.name} · 单位`}
            value={unit ?? cell.units?.[0]}
            disabled={readOnly || (cell.units?.length ?? 0) < 2}
            onChange={(e) => onUnit(cell.key, e.target.value as AmountUnit)}
            className="border-l border-slate-300 bg-white px-1 py-1.5 text-sm"
          >
            {cell.units?.map((u) => <option key={u} value={u}>{u}</option>)}
          </select>
        )}
      </div>
      {error && (
        <p id={`${id}-error`} className="px-1 pb-1 text-left text-xs text-red-700">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </div>
  );
});

/** A total the form computes: shown, announced, never typed. */
export function DerivedCell({ cell, value }: { cell: CellDef; value: string | null }) {
  return (
    <input
      id={cellDomId(cell.key)}
      type="text"
      readOnly
      tabIndex={-1}
      aria-label={cell.name}
      aria-readonly="true"
      title="自动计算"
      value={value ?? ""}
      className="w-full min-w-16 cursor-default border-2 border-transparent bg-slate-100 px-2 py-1.5 text-right font-semibold tabular-nums"
    />
  );
}
