import { latestDownload } from "@/lib/publishing/download";

/** The latest published version's file: redirects to its immutable, versioned URL. */
export const runtime = "nodejs";

export async function GET(_request: Request, { params }: { params: Promise<{ year: string; slug: string; file: string }> }) {
  return latestDownload(await params);
}
