import { contentDisposition, DOWNLOAD_FILES, isDownloadFile } from "./export-files";
import type { PublishedReport } from "./snapshot";

/**
 * Files of a report that is not published (yet): a unit's working copy, the consolidated report before
 * publishing. The same renderers as the published files, marked as a working copy (version 0), private
 * and never cached.
 */

const NO_STORE = { "Cache-Control": "private, no-store" };

export const textResponse = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", ...NO_STORE } });

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A file only its signed-in reader may have: downloaded under `filename`, never cached on the way. */
export function privateFileResponse(bytes: Uint8Array, filename: string, contentType: string): Response {
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": contentType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": contentDisposition(filename),
      "X-Content-Type-Options": "nosniff",
      ...NO_STORE,
    },
  });
}

/** "（送审稿）" for Word, "（填报稿）" for a unit's Excel (filled in offline and imported), "（数据）" for JSON. */
export type DraftLabels = Partial<Record<"docx" | "xlsx" | "json", string>>;

const DEFAULT_LABELS = { docx: "送审稿", xlsx: "送审稿", json: "未发布数据" };

export async function draftFileResponse(report: PublishedReport | null, file: string, labels: DraftLabels = {}): Promise<Response> {
  if (!report || !isDownloadFile(file)) return textResponse("未找到该报告，或您无权访问。", 404);
  const spec = DOWNLOAD_FILES[file];
  const bytes = await spec.render(report, { version: 0 });
  const label = labels[spec.extension] ?? DEFAULT_LABELS[spec.extension];
  return privateFileResponse(bytes, `${report.title}（${label}）.${spec.extension}`, spec.contentType);
}
