import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getNarrativeSources } from "@/lib/dal/consolidated";
import { requireUser } from "@/lib/dal/session";
import { resolveFormat, sectionHeading } from "@/lib/report-format";
import { NarrativeForm } from "../../_components/narrative-form";
import { consolidatedPath, narrativePath, parseYear } from "../../_components/paths";
import { UnitNarratives } from "../../_components/unit-narratives";

export const metadata: Metadata = { title: "汇总报告正文" };

export default async function ConsolidatedNarrativePage({ params }: { params: Promise<{ year: string; section: string }> }) {
  const { year: raw, section } = await params;
  const user = await requireUser(`/workspace/office/${raw}/consolidated/narrative/${section}`);
  const year = parseYear(raw);
  const view = year === null ? null : getNarrativeSources(user, year, section);
  if (!view || year === null) notFound();
  const format = resolveFormat(view.year.formatVersion, view.year.localTables);
  const tabs = format.narrativeSections.map((s) => ({ key: s.key, label: sectionHeading(s) }));

  return (
    <main className="mx-auto max-w-7xl px-4 py-6">
      <nav className="text-sm text-slate-600">
        <Link href="/workspace" className="text-blue-800 hover:underline">工作台</Link> /{" "}
        <Link href={consolidatedPath(year)} className="text-blue-800 hover:underline">{year}年度本级汇总报告</Link> / 正文
      </nav>
      <h1 className="mt-2 text-2xl font-bold">{year}年度本级汇总报告 · {view.title}</h1>
      <nav aria-label="正文各部分" className="mt-3 flex flex-wrap gap-2 text-sm">
        {tabs.map((t) => (
          <Link
            key={t.key}
            href={narrativePath(year, t.key)}
            aria-current={t.key === view.sectionKey ? "page" : undefined}
            className={`rounded border px-3 py-1 ${t.key === view.sectionKey ? "border-brand-600 bg-brand-50 font-semibold" : "border-slate-300 bg-white hover:bg-slate-50"}`}
          >
            {t.label}
          </Link>
        ))}
      </nav>
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        <NarrativeForm key={view.sectionKey} year={year} sectionKey={view.sectionKey} title={view.title} hint={view.hint} text={view.text} rev={view.rev} canEdit={view.canEdit} />
        <UnitNarratives key={`units-${view.sectionKey}`} title={view.title} units={view.units} />
      </div>
    </main>
  );
}
