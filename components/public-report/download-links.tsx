import { downloadPath, printPath, type ReportAddress } from "@/lib/publishing/report-paths";

const item = "inline-flex items-center rounded border border-slate-400 bg-white px-3 py-1.5 text-sm text-slate-900 hover:border-blue-800 hover:text-blue-800";

/** Downloads of one published version: Word, Excel, JSON (open data) and the print/PDF view. */
export function DownloadLinks({ address, version }: { address: ReportAddress; version: number }) {
  const files = [
    { ext: "docx" as const, label: "Word 文档（.docx）" },
    { ext: "xlsx" as const, label: "Excel 表格（.xlsx）" },
    { ext: "json" as const, label: "开放数据（.json）" },
  ];
  return (
    <nav aria-label="下载" className="print:hidden">
      <ul className="flex flex-wrap gap-2">
        {files.map((f) => (
          <li key={f.ext}>
            <a href={downloadPath(address, version, f.ext)} download className={item}>
              下载 {f.label}
            </a>
          </li>
        ))}
        <li>
          <a href={printPath(address, version)} className={item}>
            打印 / 另存为 PDF
          </a>
        </li>
      </ul>
    </nav>
  );
}
