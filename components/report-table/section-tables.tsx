import type { ReactNode } from "react";
import { sectionTableBlocks, tableById, type ReportFormat, type SectionDef, type TableDef } from "@/lib/report-format";
import { ReportTable, type ReportTableProps } from "./report-table";

/** A section's tables in their printed blocks ("1.不同渠道…", "2.主动公开政府信息具体情况"), each in the official layout. */
export function SectionTables({
  format,
  section,
  renderCell,
  headingLevel = 3,
  beforeTable,
}: {
  format: ReportFormat;
  section: SectionDef;
  /** Given each cell's key and its help ids (for the cell's aria-describedby). */
  renderCell: ReportTableProps["renderCell"];
  headingLevel?: 3 | 4;
  /** Tools shown just above a table (the editor's fill buttons). */
  beforeTable?: (table: TableDef) => ReactNode;
}) {
  const H = `h${headingLevel}` as const;
  return sectionTableBlocks(format, section).map((block) => (
    <div key={block.tableIds.join()}>
      {block.heading && <H className="mt-4 font-semibold">{block.heading}</H>}
      {block.tableIds.map((id) => {
        const table = tableById(format, id);
        return (
          <div key={id} className="mt-3">
            {beforeTable?.(table)}
            <ReportTable table={table} caption={table.layout === "list" ? "" : table.title} name={table.title || section.title} renderCell={renderCell} showHelp />
          </div>
        );
      })}
    </div>
  ));
}
