"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import { fitText } from "@/components/report-table/fit-text";
import { SectionTables } from "@/components/report-table/section-tables";
import { computeDerived, resolveFormat, type AmountUnit, type ReportValues } from "@/lib/report-format";
import { saveOfficeEntriesAction } from "../actions";

interface Stored {
  value: string | null;
  unit?: AmountUnit;
  rev: number;
}

interface Props {
  year: number;
  formatVersion: string;
  localTables: string[];
  cells: Record<string, Stored>;
  canEdit: boolean;
}

type Draft = Record<string, { value: string; unit?: AmountUnit }>;

const fromStored = (cells: Record<string, Stored>): Draft =>
  Object.fromEntries(Object.entries(cells).map(([k, c]) => [k, { value: c.value ?? "", ...(c.unit ? { unit: c.unit } : {}) }]));

/** The office's own entries (本级自有数据): added to the units' sums in the consolidated report. Saved with an explicit button. */
export function OfficeEntriesForm({ year, formatVersion, localTables, cells, canEdit }: Props) {
  const format = resolveFormat(formatVersion, localTables);
  const router = useRouter();
  const [saved, setSaved] = useState<Record<string, Stored>>(cells);
  const [draft, setDraft] = useState<Draft>(() => fromStored(cells));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const changed = format.inputCells.filter((c) => {
    const d = draft[c.key];
    const s = saved[c.key];
    return (d?.value ?? "") !== (s?.value ?? "") || (d?.value && c.kind === "amount" && (d.unit ?? c.units?.[0]) !== (s?.unit ?? c.units?.[0]));
  });

  const derived = useMemo(() => {
    const values: ReportValues = {};
    for (const [k, d] of Object.entries(draft)) if (d.value.trim() !== "" && Number.isFinite(Number(d.value))) values[k] = { value: d.value.trim() };
    return computeDerived(format, values);
  }, [draft, format]);

  const save = () =>
    startTransition(async () => {
      const changes = changed.map((c) => ({
        key: c.key,
        value: draft[c.key]?.value ?? "",
        ...(c.kind === "amount" ? { unit: draft[c.key]?.unit ?? c.units?.[0] } : {}),
        baseRev: saved[c.key]?.rev ?? 0,
      }));
      const r = await saveOfficeEntriesAction({ year, changes });
      if (!r.ok) {
        setErrors(r.fieldErrors ?? {});
        return setMessage({ ok: false, text: r.error });
      }
      setErrors({});
      const next = { ...saved };
      for (const s of r.data.saved) next[s.key] = { value: s.value, rev: s.rev, ...(s.unit ? { unit: s.unit } : {}) };
      setSaved(next);
      setDraft((d) => ({ ...d, ...fromStored(Object.fromEntries(r.data.saved.map((x) => [x.key, next[x.key]]))) }));
      const others = r.data.conflicts.map((c) => `“${format.cellByKey.get(c.key)?.name ?? c.key}”已由${c.by ?? "他人"}改为 ${c.value ?? "空白"}`);
      setMessage(others.length ? { ok: false, text: `部分单元格未保存：${others.join("；")}。请刷新页面查看最新数据后再修改。` } : { ok: true, text: "已保存，汇总报告已更新。" });
      router.refresh();
    });

  const set = (key: string, patch: { value?: string; unit?: AmountUnit }) => setDraft((d) => ({ ...d, [key]: { ...d[key], value: patch.value ?? d[key]?.value ?? "", ...(patch.unit ? { unit: patch.unit } : {}) } }));

  const renderCell = (key: string) => {
    const cell = format.cellByKey.get(key)!;
    if (cell.sumOf) return <span className="block whitespace-nowrap px-2 py-1.5 tabular-nums text-slate-700">{derived[key] ?? ""}</span>;
    const d = draft[key];
    return (
      <span className="flex items-center">
        <input
          aria-label={cell.name}
          aria-invalid={errors[key] ? true : undefined}
          title={errors[key]}
          value={d?.value ?? ""}
          disabled={!canEdit}
          onChange={(e) => set(key, { value: e.target.value })}
          inputMode="decimal"
          style={fitText(d?.value ?? "")}
          className={`w-full min-w-16 px-2 py-1.5 text-right tabular-nums ${errors[key] ? "bg-red-50 outline outline-red-600" : ""}`}
        />
        {cell.kind === "amount" && cell.units && cell.units.length > 1 && (
          <select aria-label={`${cell.name} 单位`} value={d?.unit ?? cell.units[0]} disabled={!canEdit} onChange={(e) => set(key, { unit: e.target.value as AmountUnit })} className="mr-1 text-sm">
            {cell.units.map((u) => (
              <option key={u}>{u}</option>
            ))}
          </select>
        )}
      </span>
    );
  };

  return (
    <div>
      {format.sections
        .filter((s) => s.tableIds.length > 0)
        .map((section) => (
          <section key={section.key} className="mt-6">
            <h2 className="text-lg font-semibold">{section.number}、{section.title}</h2>
            <SectionTables format={format} section={section} renderCell={renderCell} />
          </section>
        ))}
      {canEdit && (
        <div className="sticky bottom-0 mt-6 flex items-center gap-4 border-t border-slate-300 bg-white/95 py-3">
          <button type="button" onClick={save} disabled={pending || changed.length === 0} className="rounded bg-brand-600 px-4 py-1.5 text-white hover:bg-brand-700 disabled:opacity-50">
            保存本级数据{changed.length > 0 ? `（${changed.length} 处修改）` : ""}
          </button>
          {message && (
            <p role={message.ok ? "status" : "alert"} className={`text-sm ${message.ok ? "text-green-800" : "text-red-800"}`}>
              {message.text}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
