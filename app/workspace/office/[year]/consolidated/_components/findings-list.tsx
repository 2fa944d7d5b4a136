import Link from "next/link";
import { SEVERITY } from "@/components/findings/finding-style";
import type { Finding } from "@/lib/checks/types";
import type { ReportFormat } from "@/lib/report-format";
import { cellPath } from "./paths";

interface Props {
  year: number;
  format: ReportFormat;
  findings: Finding[];
}

function Item({ f, year, format }: { f: Finding; year: number; format: ReportFormat }) {
  const s = SEVERITY[f.severity];
  const key = f.cells[0];
  return (
    <li className={`rounded border px-3 py-2 text-sm ${s.box}`} data-testid="consolidated-finding" data-check={f.checkId}>
      <span className={s.text}>
        <span aria-hidden="true">{s.icon} </span>
        <span className="font-medium">{s.label}</span> <code className="rounded bg-white/70 px-1 text-xs">{f.checkId}</code> {f.message}
      </span>
      {key && format.cellByKey.has(key) && (
        <Link href={cellPath(year, key)} className="ml-2 whitespace-nowrap text-blue-800 hover:underline">
          查看各单位数据
        </Link>
      )}
      {f.text && <q className="mt-1 block text-slate-700">{f.text.sentence}</q>}
    </li>
  );
}

/** The consolidated report's findings: AGG-* and every other check; blanks (only relevant before publishing) folded away. */
export function FindingsList({ year, format, findings }: Props) {
  const now = findings.filter((f) => !f.onSubmit);
  const later = findings.filter((f) => f.onSubmit);
  return (
    <section aria-labelledby="consolidated-findings" className="mt-6 rounded border border-slate-300 bg-white p-4">
      <h2 id="consolidated-findings" className="font-semibold">
        检查结果（汇总校验及全部勾稽关系检查）：{now.length === 0 ? "未发现问题" : `${now.length} 项`}
      </h2>
      {now.length > 0 && (
        <ul className="mt-2 space-y-2">
          {now.map((f) => (
            <Item key={f.key} f={f} year={year} format={format} />
          ))}
        </ul>
      )}
      {later.length > 0 && (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer text-slate-700">发布前须补齐的内容（{later.length} 项）</summary>
          <ul className="mt-2 space-y-2">
            {later.map((f) => (
              <Item key={f.key} f={f} year={year} format={format} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
