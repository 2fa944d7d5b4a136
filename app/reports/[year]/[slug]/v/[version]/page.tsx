import type { Metadata } from "next";
import { ReportPage, reportMetadata } from "@/components/public-report/report-page";

// A published version never changes; only its "replaced by" notice does, refreshed on publish.
export const revalidate = 3600;
export const dynamicParams = true;

export function generateStaticParams(): { year: string; slug: string; version: string }[] {
  return [];
}

type Params = Promise<{ year: string; slug: string; version: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return reportMetadata(await params);
}

/** One version of a published report, at a URL that keeps showing that version. */
export default async function ReportVersionPage({ params }: { params: Params }) {
  return <ReportPage params={await params} />;
}
