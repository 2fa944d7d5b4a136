import { versionDownload } from "@/lib/publishing/download";

/** A published version's file (report.docx, report.xlsx, report.json): public, immutable. */
export const runtime = "nodejs";

export async function GET(request: Request, { params }: { params: Promise<{ year: string; slug: string; version: string; file: string }> }) {
  return versionDownload(request, await params);
}
