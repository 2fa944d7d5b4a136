import type { ReactNode } from "react";
import { reportsIndexPath } from "@/lib/publishing/report-paths";

/**
 * The public site's frame: a skip link, a banner linking to the list, the main content and a footer.
 * Public pages link with plain <a> elements on purpose: they are cached HTML, and full page loads keep the
 * JavaScript shipped to a report page minimal (no client router prefetching dozens of reports in a list).
 */
export function PublicShell({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const width = wide ? "max-w-6xl" : "max-w-5xl";
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        跳到正文
      </a>
      <header className="border-b-4 border-brand-600 bg-white print:hidden">
        <div className={`mx-auto flex ${width} items-center justify-between gap-4 px-4 py-3`}>
          <a href={reportsIndexPath} className="font-bold text-brand-700 hover:underline">
            政府信息公开工作年度报告
          </a>
          <span className="text-sm text-slate-700">向社会公开</span>
        </div>
      </header>
      <main id="main" tabIndex={-1} className={`mx-auto ${width} px-4 py-6 sm:py-8`}>
        {children}
      </main>
      <footer className="border-t border-slate-300 py-6 text-center text-sm text-slate-700 print:hidden">
        本站公开的年度报告以发布时的版本为准；每一版本均有固定网址。
      </footer>
    </>
  );
}
