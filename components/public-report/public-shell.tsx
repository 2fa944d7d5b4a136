import type { ReactNode } from "react";
import { getSiteInfo } from "@/lib/dal/settings";
import { reportsIndexPath } from "@/lib/publishing/report-paths";

/**
 * The public site's frame, as a Chinese government site's: a skip link, a banner with the government's name
 * (本级政府名称, from the settings) and an emblem area, the main content, and a footer with 主办单位, 联系方式,
 * 网站标识码 and the ICP/公安 filing numbers — each shown only when the settings give it.
 * Public pages link with plain <a> elements on purpose: they are cached HTML, and full page loads keep the
 * JavaScript shipped to a report page minimal (no client router prefetching dozens of reports in a list).
 */
export function PublicShell({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const width = wide ? "max-w-6xl" : "max-w-5xl";
  const site = getSiteInfo();
  const footer = [
    site.sponsor && `主办单位：${site.sponsor}`,
    site.contact && `联系方式：${site.contact}`,
    site.siteCode && `网站标识码：${site.siteCode}`,
    site.icp,
    site.police,
  ].filter((line): line is string => Boolean(line));
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        跳到正文
      </a>
      <header className="border-b-4 border-brand-600 bg-white print:hidden">
        <div className={`mx-auto flex ${width} flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3`}>
          <a href={reportsIndexPath} className="flex items-center gap-3 hover:underline">
            {/* The emblem's place: a site puts its own there; the application ships none. */}
            <span aria-hidden="true" className="inline-block h-9 w-9 shrink-0 rounded-full border-2 border-brand-600 bg-brand-50" data-testid="emblem-area" />
            <span>
              <span className="block text-lg font-bold text-brand-700">{site.governmentName}</span>
              <span className="block text-sm text-slate-700">政府信息公开工作年度报告</span>
            </span>
          </a>
          <span className="text-sm text-slate-700">向社会公开</span>
        </div>
      </header>
      <main id="main" tabIndex={-1} className={`mx-auto ${width} px-4 py-6 sm:py-8`}>
        {children}
      </main>
      <footer className="border-t border-slate-300 py-6 text-center text-sm text-slate-700 print:hidden" data-testid="site-footer">
        {footer.length > 0 && (
          <ul className="mb-2 flex flex-wrap justify-center gap-x-5 gap-y-1 px-4">
            {footer.map((line) => <li key={line}>{line}</li>)}
          </ul>
        )}
        <p className="px-4">本站公开的年度报告以发布时的版本为准；每一版本均有固定网址。</p>
      </footer>
    </>
  );
}
