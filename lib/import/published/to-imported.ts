import type { ReportFormat } from "@/lib/report-format";
import { NARRATIVE_MAX_CHARS, narrativeProblem, normalizeNarrative } from "@/lib/validation/report-input";
import { emptyImport, type ImportedReport } from "../imported-report";
import type { PublishedRead } from "./published-read";

/**
 * A published report read into a report of the application (a unit's draft from its Word file): its input
 * cells and narratives in the import's shape, which the editor previews and saves through its ordinary
 * path. Printed totals are not imported (the form computes them) but their differences are notices; a
 * cell read but not valid for its cell, and every cell that could not be placed, is a problem, with why.
 */
export function publishedToImported(read: PublishedRead, format: ReportFormat): ImportedReport {
  const result: ImportedReport = { ...emptyImport(read.source), blanks: [] };
  if (read.year) result.fileYear = read.year;
  if (read.unitName) result.fileOrganisation = read.unitName;
  if (read.detectedVersion !== format.version.id) {
    result.notices.push(`文件中的表格是${read.detectedVersion}年版格式，本报告使用${format.version.name}格式：只导入两者相同的单元格，请逐项核对。`);
  }
  result.notices.push(...read.notices);

  for (const cell of format.inputCells) {
    const c = read.cells[cell.key];
    if (!c) continue;
    const where = `${c.source.table}“${c.source.row}”行“${c.source.column}”列`;
    if (c.problem) {
      result.problems.push(`“${cell.name}”（${where}，印为“${c.source.raw}”）：${c.problem}，该格未导入。`);
      continue;
    }
    if (c.note) result.notices.push(`“${cell.name}”：${c.note}。`);
    if (c.value === null) result.blanks!.push(cell.key);
    result.cells[cell.key] = c.value !== null && c.unit ? { value: c.value, unit: c.unit } : { value: c.value };
  }
  for (const u of read.unmapped) {
    result.problems.push(`${u.source.table}“${u.source.row}”${u.source.column ? `“${u.source.column}”列` : ""}（印为“${u.source.raw}”）：${u.reason}。`);
  }
  for (const section of format.narrativeSections) {
    const text = read.narratives[section.key];
    if (!text?.trim()) continue;
    const problem = text.length > NARRATIVE_MAX_CHARS ? `正文超过 ${NARRATIVE_MAX_CHARS} 字，` : narrativeProblem(text);
    const title = section.number ? `第${section.number}部分正文` : section.title;
    if (problem) result.problems.push(`${title}：${problem}未导入。`);
    else result.narratives[section.key] = normalizeNarrative(text);
  }
  return result;
}
