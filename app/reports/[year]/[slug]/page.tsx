import type { Metadata } from "next";
import { ReportPage, reportMetadata } from "@/components/public-report/report-page";

// Rendered on first request, then cached; publishing calls revalidatePath. No cookies, no session.
export const revalidate = 3600;
export const dynamicParams = true;

export function generateStaticParams(): { year: string; slug: string }[] {
  return [];
}

type Params = Promise<{ year: string; slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return reportMetadata(await params);
}

/** The latest published version of a report, at its stable address. */
export default async function LatestReportPage({ params }: { params: Params }) {
  return <ReportPage params={await params} />;
}
