import type { Metadata } from "next";
import { PrintView } from "@/components/public-report/print-view";
import { reportMetadata } from "@/components/public-report/report-page";

export const revalidate = 3600;
export const dynamicParams = true;

export function generateStaticParams(): { year: string; slug: string; version: string }[] {
  return [];
}

type Params = Promise<{ year: string; slug: string; version: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { ...reportMetadata(await params, "（打印版）"), robots: { index: false } };
}

/** The print (and save-as-PDF) view of one version: the same content on A4, without the site's frame. */
export default async function PrintReportPage({ params }: { params: Params }) {
  return <PrintView params={await params} />;
}
