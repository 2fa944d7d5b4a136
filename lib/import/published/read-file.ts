import type { ReadOutcome } from "./document";
import type { PublishedKind } from "./file-kind";
import { decodeText } from "./decode-text";
import { readDocx } from "./read-docx";
import { readHtml } from "./read-html";
import { readPdf } from "./read-pdf";
import { readText } from "./read-text";

/** Any published report's file, read by the reader for its kind (file-kind.ts tells the kind). */

export interface PublishedFileRead {
  outcome: ReadOutcome;
  /** Said about the file itself (an encoding inferred). */
  notices: string[];
}

export async function readPublishedFile(kind: PublishedKind, bytes: Uint8Array): Promise<PublishedFileRead> {
  if (kind === "docx") return { outcome: await readDocx(bytes), notices: [] };
  if (kind === "pdf") return { outcome: await readPdf(bytes), notices: [] };
  const decoded = decodeText(bytes);
  const notices = decoded.inferred ? ["文件未声明字符编码，已按 GB18030（GBK）读取。"] : [];
  const document = kind === "html" ? readHtml(decoded.text) : readText(decoded.text);
  return { outcome: { ok: true, document }, notices };
}
