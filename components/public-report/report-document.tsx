import { NarrativeText } from "@/components/report-view/narrative-text";
import { ReportTable } from "@/components/report-table/report-table";
import type { PublishedReport } from "@/lib/publishing/snapshot";
import type { SectionDef, TableDef } from "@/lib/report-format";
import { chineseDate } from "@/lib/format-date";
import { printedValue, snapshotTableBlocks } from "@/lib/publishing/report-model";
import { TableRegion } from "./table-region";

/**
 * A published report in the official layout — title, 编制说明, sections 一…六 with their tables and
 * text — rendered from the frozen snapshot alone. Server component; no client JavaScript.
 */
export function ReportDocument({ report, versionLine, undated = false }: { report: PublishedReport; versionLine?: string; undated?: boolean }) {
  const preamble = report.narratives.preamble?.trim();
  return (
    <article className="public-report rounded border border-slate-300 bg-white px-4 py-6 sm:px-8 sm:py-10 print:border-0 print:p-0">
      <header className="text-center">
        <h1 className="text-xl leading-9 font-bold text-balance sm:text-2xl">{report.title}</h1>
        {/* A report read for checking only was never published here: it has no date of ours. */}
        {!undated && (
          <p className="mt-2 text-sm text-slate-700">
            发布日期：<time dateTime={report.publishedOn}>{chineseDate(report.publishedOn)}</time>
            {versionLine && <span>　{versionLine}</span>}
          </p>
        )}
      </header>
      {preamble && (
        <div className="mt-6 space-y-2 leading-8">
          {preamble.split("\n").filter((l) => l.trim()).map((line, i) => (
            <p key={i} className="indent-8">
              {i === 0 && <strong>编制说明：</strong>}
              {line.trim()}
            </p>
          ))}
        </div>
      )}
      {report.sections.map((section) => (
        <ReportSection key={section.key} report={report} section={section} />
      ))}
      <footer className="mt-10 text-right leading-8">
        <p>{report.organisation}</p>
        {!undated && <p>{chineseDate(report.publishedOn)}</p>}
      </footer>
    </article>
  );
}

function ReportSection({ report, section }: { report: PublishedReport; section: SectionDef }) {
  const id = `section-${section.key}`;
  const text = report.narratives[section.key];
  const blocks = snapshotTableBlocks(report, section);
  const sectionName = `${section.number}、${section.title}`;
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-lg font-bold">{sectionName}</h2>
      {(text || section.narrative === "required") && (
        <div className="mt-3">
          <NarrativeText text={text ?? ""} headingLevel={3} />
        </div>
      )}
      {blocks.map((block, i) => (
        <div key={i} className="mt-4">
          {block.heading && <h3 className="font-semibold">{block.heading}</h3>}
          {block.tables.map((table) => (
            <PublishedTable key={table.id} report={report} table={table} label={`表格：${table.title || sectionName}`} captioned={!block.heading || block.tables.length > 1} />
          ))}
        </div>
      ))}
    </section>
  );
}

function PublishedTable({ report, table, label, captioned }: { report: PublishedReport; table: TableDef; label: string; captioned: boolean }) {
  return (
    <TableRegion label={label}>
      <ReportTable
        table={table}
        caption={captioned ? undefined : ""}
        renderCell={(key) => (
          <span data-testid={`value-${key}`} className="block px-2 py-1.5 whitespace-nowrap tabular-nums">
            {printedValue(report.values[key], { unitSeparator: " " })}
          </span>
        )}
      />
    </TableRegion>
  );
}
