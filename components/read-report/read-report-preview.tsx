import { useId } from "react";
import { ReportDocument } from "@/components/public-report/report-document";
import { SEVERITY } from "@/components/findings/finding-style";
import { checkTitle } from "@/lib/checks/catalogue";
import type { CheckedUpload } from "@/lib/dal/report-check";
import type { ReadTable } from "@/lib/import/published/published-read";

/**
 * What reading a published report found, shown the same way wherever a report is read in (检查一份报告,
 * 导入往年报告, a Word draft): the title's unit, year and format, every finding, what could not be read and
 * why, and the document's tables as read beside the report as it would be stored, in the official layout.
 */

const SOURCE_LABELS = { docx: "Word 文件", html: "网页", pdf: "PDF 文件", text: "文本" } as const;

export function ReadReportPreview({ file, result, headingLevel = 2 }: { file: string; result: CheckedUpload; headingLevel?: 2 | 3 }) {
  const H = `h${headingLevel}` as const;
  const id = useId();
  const { read, findings, snapshot } = result;
  const cells = Object.values(read.cells);
  const blanks = cells.filter((c) => c.value === null).length;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return (
    <div className="mt-4 space-y-6">
      <section aria-labelledby={`${id}-summary`} className="rounded border border-slate-300 bg-white px-4 py-3">
        <H id={`${id}-summary`} className="text-lg font-semibold">“{file}”的读取结果</H>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-600">单位</dt>
          <dd>{read.unitName ?? "（标题中未找到）"}{result.unitName && result.unitName !== read.unitName ? `（本系统单位：${result.unitName}）` : ""}</dd>
          <dt className="text-slate-600">年度</dt>
          <dd>{read.year ? `${read.year}年` : "（标题中未找到）"}</dd>
          <dt className="text-slate-600">文件类型</dt>
          <dd>{SOURCE_LABELS[read.source]}</dd>
          <dt className="text-slate-600">表格格式</dt>
          <dd>{snapshot.formatName}{read.localTableIds.length > 0 && `，含地方表格 ${read.localTableIds.join("、")}`}</dd>
          <dt className="text-slate-600">单元格</dt>
          <dd data-testid="check-cell-counts">读取 {cells.length - blanks} 个，空白 {blanks} 个，未能读取 {read.unmapped.length} 个</dd>
          <dt className="text-slate-600">检查结果</dt>
          <dd data-testid="check-finding-counts">{counts.error} 个错误 · {counts.warning} 个提示 · {counts.info} 个参考</dd>
        </dl>
        {read.notices.length > 0 && (
          <ul className="mt-3 list-disc space-y-1 rounded border border-amber-300 bg-amber-50 py-2 pr-3 pl-7 text-sm text-amber-950">
            {read.notices.map((n) => <li key={n}>{n}</li>)}
          </ul>
        )}
      </section>

      <section aria-labelledby={`${id}-findings`}>
        <H id={`${id}-findings`} className="text-lg font-semibold">检查结果</H>
        {findings.length === 0 ? (
          <p className="mt-2">未发现问题。</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {findings.map((f) => {
              const s = SEVERITY[f.severity];
              return (
                <li key={f.key} className={`rounded border px-3 py-2 ${s.box}`}>
                  <p className={`font-medium ${s.text}`}>
                    <span aria-hidden="true">{s.icon} </span>
                    {s.label}：{checkTitle(f.checkId)}（{f.checkId}）
                  </p>
                  <p className="mt-1 text-sm">{f.message}</p>
                  {f.text && <p className="mt-1 text-sm text-slate-700">原文：“{f.text.sentence}”</p>}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      {read.unmapped.length > 0 && (
        <section aria-labelledby={`${id}-unmapped`}>
          <H id={`${id}-unmapped`} className="text-lg font-semibold">未能读取的内容（{read.unmapped.length}）</H>
          <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
            {read.unmapped.map((u, i) => (
              <li key={i}>{u.source.table}“{u.source.row}”（印为“{u.source.raw}”）：{u.reason}</li>
            ))}
          </ul>
        </section>
      )}

      <div className="grid gap-6 xl:grid-cols-2">
        <section aria-labelledby={`${id}-as-read`} className="min-w-0">
          <H id={`${id}-as-read`} className="text-lg font-semibold">文件中的表格（原样）</H>
          <p className="mt-1 text-sm text-slate-600">
            <span className="rounded bg-green-100 px-1">绿色</span>为已读取，<span className="rounded bg-slate-200 px-1">灰色</span>为空白，<span className="rounded bg-red-100 px-1">红色</span>为未能读取。
          </p>
          {read.tables.map((t) => <TableAsRead key={t.name} table={t} />)}
        </section>
        <section aria-labelledby={`${id}-as-stored`} className="min-w-0">
          <H id={`${id}-as-stored`} className="text-lg font-semibold">按官方格式读取的报告</H>
          <div className="mt-2">
            <ReportDocument report={snapshot} undated />
          </div>
        </section>
      </div>
    </div>
  );
}

const FATE_STYLE = { read: "bg-green-50", blank: "bg-slate-100", unmapped: "bg-red-100", label: "" } as const;
const FATE_LABEL = { read: "已读取", blank: "空白", unmapped: "未能读取", label: "" } as const;

type Span = { r: number; c: number; rows: number; cols: number };

/**
 * The readers repeat a merged cell over every row and column it spans; shown as printed, a repeated label
 * is merged again (the largest rectangle of one text), so the table looks like the document's own.
 */
function mergedLabels(table: ReadTable): { spans: Map<string, Span>; covered: Set<string> } {
  const spans = new Map<string, Span>();
  const covered = new Set<string>();
  const at = (r: number, c: number) => table.rows[r]?.[c];
  const same = (r: number, c: number, text: string) => {
    const cell = at(r, c);
    return cell !== undefined && cell.fate === "label" && cell.text === text && !covered.has(`${r}:${c}`);
  };
  table.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (covered.has(`${r}:${c}`) || cell.fate !== "label" || !cell.text) return;
      let cols = 1;
      while (same(r, c + cols, cell.text)) cols++;
      let rows = 1;
      while (Array.from({ length: cols }, (_, i) => same(r + rows, c + i, cell.text)).every(Boolean)) rows++;
      for (let dr = 0; dr < rows; dr++) for (let dc = 0; dc < cols; dc++) if (dr || dc) covered.add(`${r + dr}:${c + dc}`);
      spans.set(`${r}:${c}`, { r, c, rows, cols });
    }),
  );
  return { spans, covered };
}

function TableAsRead({ table }: { table: ReadTable }) {
  const { spans, covered } = mergedLabels(table);
  return (
    <div className="mt-3 overflow-x-auto rounded border border-slate-200 bg-white" tabIndex={0} role="region" aria-label={table.name}>
      <table className="min-w-full border-collapse text-xs">
        <caption className="bg-slate-100 px-2 py-1 text-left font-medium">{table.name}</caption>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((c, i) =>
                covered.has(`${r}:${i}`) ? null : (
                  <td key={i} rowSpan={spans.get(`${r}:${i}`)?.rows} colSpan={spans.get(`${r}:${i}`)?.cols} className={`border border-slate-200 px-1.5 py-0.5 whitespace-pre-line ${FATE_STYLE[c.fate]}`}>
                    {c.text}
                    {c.fate !== "label" && <span className="sr-only">（{FATE_LABEL[c.fate]}）</span>}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
