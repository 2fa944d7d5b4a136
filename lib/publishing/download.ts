import "server-only";
import { getPublished } from "@/lib/dal/publishing";
import { DOWNLOAD_FILES, contentDisposition, downloadFilename, isDownloadFile, versionDownloadPath} from "./export-files";

/**
 * Responses of the public download routes. A published version never changes, so its files are
 * served as immutable and the rendered bytes are kept in a small in-memory cache keyed by content hash.
 */

const NOT_FOUND = () => new Response("未找到该报告文件。", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

function parseYear(s: string): number | null {
  return /^\d{4}$/.test(s) ? Number(s) : null;
}

function parseVersion(s: string): number | null {
  return /^[1-9]\d{0,5}$/.test(s) ? Number(s) : null;
}

function decodeSlug(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const MAX_CACHED = 64;
const rendered = new Map<string, Uint8Array>();

async function render(key: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const hit = rendered.get(key);
  if (hit) return hit;
  const bytes = await make();
  if (rendered.size >= MAX_CACHED) rendered.delete(rendered.keys().next().value!);
  rendered.set(key, bytes);
  return bytes;
}

export interface DownloadParams {
  year: string;
  slug: string;
  version?: string;
  file: string;
}

/** GET /reports/<year>/<slug>/v/<version>/<file>: the file itself, immutable. */
export async function versionDownload(request: Request, params: DownloadParams): Promise<Response> {
  const year = parseYear(params.year);
  const version = params.version === undefined ? null : parseVersion(params.version);
  const slug = decodeSlug(params.slug);
  if (year === null || version === null || !isDownloadFile(params.file)) return NOT_FOUND();
  const published = getPublished(year, slug, version);
  if (!published) return NOT_FOUND();
  const file = params.file;
  const etag = `"${published.contentHash.slice(0, 32)}-${file}"`;
  const headers = { ETag: etag, "Cache-Control": "public, max-age=31536000, immutable" };
  if (request.headers.get("if-none-match")?.split(/\s*,\s*/).includes(etag)) return new Response(null, { status: 304, headers });
  const meta = { version: published.version, correctionNote: published.correctionNote, contentHash: published.contentHash };
  const bytes = await render(`${published.contentHash}/${version}/${file}`, () => DOWNLOAD_FILES[file].render(published.report, meta));
  return new Response(bytes as BodyInit, {
    headers: {
      ...headers,
      "Content-Type": DOWNLOAD_FILES[file].contentType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": contentDisposition(downloadFilename(published.report, published.version, file)),
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** GET /reports/<year>/<slug>/download/<file>: redirects to the latest version's file. */
export function latestDownload(params: DownloadParams): Response {
  const year = parseYear(params.year);
  const slug = decodeSlug(params.slug);
  if (year === null || !isDownloadFile(params.file)) return NOT_FOUND();
  const published = getPublished(year, slug);
  if (!published) return NOT_FOUND();
  return new Response(null, {
    status: 302,
    headers: { Location: versionDownloadPath(year, slug, published.version, params.file), "Cache-Control": "no-cache" },
  });
}
