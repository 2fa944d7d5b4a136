import Link from "next/link";
import { SectionTables } from "@/components/report-table/section-tables";
import { SEVERITY } from "@/components/findings/finding-style";
import type { Finding } from "@/lib/checks/types";
import type { ConsolidatedCell } from "@/lib/consolidation";
import type { ReportFormat, ReportValues } from "@/lib/report-format";
import { NarrativeText } from "@/components/report-view/narrative-text";
import { cellPath, narrativePath } from "./paths";

interface Props {
  year: number;
  title: string;
  format: ReportFormat;
  shown: ReportValues;
  cells: Record<string, ConsolidatedCell>;
  narratives: Record<string, string>;
  worst: Map<string, Finding>;
  canEdit: boolean;
}

function Narrative({ year, sectionKey, label, text, canEdit }: { year: number; sectionKey: string; label: string; text: string; canEdit: boolean }) {
  return (
    <div className="mt-2">
      {text.trim() ? (
        <NarrativeText text={text} />
      ) : (
        <p className="text-sm text-slate-500">（尚未撰写{label}）</p>
      )}
      {canEdit && (
        <Link href={narrativePath(year, sectionKey)} className="mt-1 inline-block text-sm text-blue-800 hover:underline">
          编辑{label}（可对照各单位的同一部分）
        </Link>
      )}
    </div>
  );
}

/** The consolidated report in the official layout; every number links to its drill-down. */
export function ConsolidatedBody({ year, title, format, shown, cells, narratives, worst, canEdit }: Props) {
  const renderCell = (key: string) => {
    const cell = format.cellByKey.get(key);
    const value = shown[key]?.value ?? null;
    const override = cells[key]?.override;
    const finding = worst.get(key);
    const unit = shown[key]?.unit;
    const label = `${cell?.name ?? key}：${value ?? "空白"}${unit ? ` ${unit}` : ""}${override ? "（已调整）" : ""}`;
    return (
      <Link
        href={cellPath(year, key)}
        aria-label={label}
        title={override ? `已调整：各单位合计 ${cells[key].sum ?? "0"}，差额 ${override.difference}` : "查看各单位数据"}
        className={`block min-w-14 border-2 px-2 py-1.5 tabular-nums text-blue-900 hover:bg-blue-50 hover:underline ${finding ? SEVERITY[finding.severity].cell : "border-transparent"}`}
        data-testid="consolidated-cell"
        data-key={key}
      >
        {value ?? "—"}
        {unit && <span className="ml-1 text-xs text-slate-600">{unit}</span>}
        {override && (
          <sup className="ml-0.5 text-xs text-amber-800" aria-hidden="true">
            调
          </sup>
        )}
      </Link>
    );
  };

  return (
    <article className="mt-6 rounded border border-slate-300 bg-white p-6">
      <h2 className="text-center text-xl font-bold">{title}</h2>
      <Narrative year={year} sectionKey={format.preamble.key} label={format.preamble.title} text={narratives[format.preamble.key] ?? ""} canEdit={canEdit} />
      {format.sections.map((section) => (
        <section key={section.key} className="mt-6" aria-labelledby={`section-${section.key}`}>
          <h3 id={`section-${section.key}`} className="text-lg font-semibold">
            {section.number}、{section.title}
          </h3>
          {section.narrative !== "none" && (
            <Narrative year={year} sectionKey={section.key} label="本部分正文" text={narratives[section.key] ?? ""} canEdit={canEdit} />
          )}
          <SectionTables format={format} section={section} renderCell={renderCell} headingLevel={4} />
        </section>
      ))}
    </article>
  );
}
