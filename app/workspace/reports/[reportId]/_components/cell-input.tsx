"use client";

import { memo, useSyncExternalStore } from "react";
import { checkTitle } from "@/lib/checks/catalogue";
import type { Finding } from "@/lib/checks/types";
import type { AmountUnit, CellDef } from "@/lib/report-format";
import { SEVERITY } from "@/components/findings/finding-style";
import { fitText } from "@/components/report-table/fit-text";
import type { DraftSnapshot } from "./report-draft";

export function cellDomId(key: string): string {
  return `cell-${key.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

/** What a cell reads its own state from: the report's draft. */
export interface CellSource {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => DraftSnapshot;
}

/**
 * The cell's text, unit and input error straight from the draft (not through the editor's render): typing
 * re-renders this cell alone. Each value is a string, so the other cells' subscriptions see no change.
 */
function useCellState(source: CellSource, key: string): { text: string; unit?: AmountUnit; error?: string } {
  const read = <T,>(pick: (s: DraftSnapshot) => T) => () => pick(source.getSnapshot());
  const text = useSyncExternalStore(source.subscribe, read((s) => s.texts[key] ?? ""), read((s) => s.texts[key] ?? ""));
  const unitOf = read((s) => s.units[key] ?? s.saved[key]?.unit);
  const unit = useSyncExternalStore(source.subscribe, unitOf, unitOf);
  const errorOf = read((s) => s.errors[key]);
  const error = useSyncExternalStore(source.subscribe, errorOf, errorOf);
  return { text, unit, error };
}

interface CellInputProps {
  cell: CellDef;
  draft: CellSource;
  conflicted: boolean;
  findings?: Finding[];
  /** The office's open comments on this cell. */
  comments?: string[];
  /** The same cell in the unit's previous report, as printed ("12", "3.5 万元"): shown while the cell has focus. */
  previous?: string;
  readOnly: boolean;
  /** Ids of the row's and column's help texts (ReportTable's CellContext.helpIds): read out with the cell. */
  helpIds?: string;
  onText: (key: string, text: string) => void;
  onUnit: (key: string, unit: AmountUnit) => void;
}

const INPUT_MODE = { count: "numeric", signed: "text", amount: "decimal" } as const;

/**
 * Where a focused cell's messages show: a fixed strip at the foot of the section list (on a phone, the foot of
 * the screen), never over another cell, and click-through, so a neighbouring cell is always one click away.
 * Nothing is inserted into the table, so rows do not move as messages come and go.
 */
const SIDE_SLOT =
  "pointer-events-none fixed z-30 hidden group-focus-within:block inset-x-2 lg:inset-x-auto lg:left-4 lg:w-60 rounded border border-slate-300 bg-white shadow-lg";

/** One number input named by its row and column labels; its messages show in the side slot while it has focus. */
export const CellInput = memo(function CellInput({ cell, draft, conflicted, findings, comments, previous, readOnly, helpIds, onText, onUnit }: CellInputProps) {
  const { text, unit, error } = useCellState(draft, cell.key);
  const finding = findings?.[0];
  const id = cellDomId(cell.key);
  const border = error
    ? "border-red-600 bg-red-50"
    : conflicted
      ? "border-amber-500 bg-amber-50"
      : finding
        ? SEVERITY[finding.severity].cell
        : comments
          ? "border-blue-500 bg-blue-50"
          : "border-transparent";
  const describedBy =
    [error ? `${id}-error` : finding ? `${id}-finding` : "", comments ? `${id}-comment` : "", previous !== undefined ? `${id}-previous` : "", helpIds ?? ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="group relative min-w-20">
      <div className="flex items-center">
        <input
          id={id}
          type="text"
          inputMode={INPUT_MODE[cell.kind]}
          autoComplete="off"
          aria-label={cell.name}
          aria-invalid={error || finding?.severity === "error" ? true : undefined}
          aria-describedby={describedBy}
          readOnly={readOnly}
          value={text}
          onChange={(e) => onText(cell.key, e.target.value)}
          data-cell={cell.key}
          style={fitText(text)}
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
      {previous !== undefined && (
        // Read out with the cell; on screen only while it has focus, so the grid stays uncluttered.
        <p id={`${id}-previous`} className={`${SIDE_SLOT} bottom-2 px-1.5 py-0.5 text-xs text-slate-700 lg:bottom-4`} data-testid="cell-previous">
          上年 {previous}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className={`${SIDE_SLOT} bottom-10 p-1.5 text-left text-xs text-red-700 lg:bottom-12`}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      {!error && findings && <FindingNotes id={`${id}-finding`} cellKey={cell.key} findings={findings} />}
      {!error && finding && <CornerIcon finding={finding} />}
      {error && <span aria-hidden="true" className="pointer-events-none absolute left-1 top-1 text-xs text-red-700">⚠</span>}
      {comments && (
        <div id={`${id}-comment`} className="px-1 pb-1 text-left text-xs text-blue-900" data-testid="cell-comment">
          <span aria-hidden="true">💬 </span>审核批注：{comments.join("；")}
        </div>
      )}
    </div>
  );
});

function CornerIcon({ finding }: { finding: Finding }) {
  const s = SEVERITY[finding.severity];
  return <span aria-hidden="true" className={`pointer-events-none absolute left-1 top-1 text-xs ${s.text}`}>{s.icon}</span>;
}

/**
 * Shown while the cell has focus (and always announced through aria-describedby): one short line per
 * finding, the check's title at the cell it names first, a pointer to the check at its other cells. The full
 * message, with the numbers, is in the section's findings panel and is read out with the cell.
 */
function FindingNotes({ id, cellKey, findings }: { id: string; cellKey: string; findings: Finding[] }) {
  return (
    <div id={id} className={`${SIDE_SLOT} bottom-10 p-1 lg:bottom-12`}>
      {findings.map((f) => {
        const s = SEVERITY[f.severity];
        const first = f.cells[0] === cellKey;
        return (
          <p key={f.key} className={`truncate px-1 py-0.5 text-left text-xs ${s.text}`} data-testid="cell-finding" data-check={f.checkId}>
            <span aria-hidden="true">{s.icon} </span>
            {first ? `${checkTitle(f.checkId)}（${f.checkId}）` : `${s.label}：见 ${f.checkId}`}
            {first && <span className="sr-only">：{f.message}</span>}
          </p>
        );
      })}
    </div>
  );
}

/** A total the form computes: shown, announced, never typed. */
export function DerivedCell({ cell, value, findings, helpIds }: { cell: CellDef; value: string | null; findings?: Finding[]; helpIds?: string }) {
  const id = cellDomId(cell.key);
  const finding = findings?.[0];
  return (
    <div className="group relative">
    <input
      id={id}
      type="text"
      readOnly
      tabIndex={-1}
      data-cell={cell.key}
      aria-label={cell.name}
      aria-readonly="true"
      title="自动计算"
      value={value ?? ""}
      style={fitText(value ?? "")}
      aria-describedby={[finding ? `${id}-finding` : "", helpIds ?? ""].filter(Boolean).join(" ") || undefined}
      className={`w-full min-w-16 cursor-default border-2 bg-slate-100 px-2 py-1.5 text-right font-semibold tabular-nums ${finding ? SEVERITY[finding.severity].cell : "border-transparent"}`}
    />
    {findings && <FindingNotes id={`${id}-finding`} cellKey={cell.key} findings={findings} />}
    {finding && <CornerIcon finding={finding} />}
    </div>
  );
}
