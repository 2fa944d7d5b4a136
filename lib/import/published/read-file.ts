import type { ReadOutcome } from "./document";
import { decodeText } from "./decode-text";
import { readDocx } from "./read-docx";
import { readHtml } from "./read-html";
import { readPdf } from "./read-pdf";
import { readText } from "./read-text";

/**
 * Any published report's file, by what its bytes are (the name only tells a web page from a text file when
 * the bytes do not): a .docx (a zip holding word/document.xml), a PDF, a saved web page, or plain text.
 */

export type PublishedKind = "docx" | "pdf" | "html" | "text";

const startsWith = (bytes: Uint8Array, ascii: string) => ascii.split("").every((ch, i) => bytes[i] === ch.charCodeAt(0));

export function kindOf(name: string, bytes: Uint8Array): PublishedKind | "xlsx" | "json" | null {
  if (startsWith(bytes, "PK\x03\x04")) {
    // A zip: Word or Excel, told apart by the parts it names (the names are stored uncompressed).
    const names = new TextDecoder("latin1").decode(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
    if (names.includes("word/document.xml") || /\.docx$/i.test(name)) return "docx";
    return "xlsx";
  }
  if (startsWith(bytes, "%PDF-")) return "pdf";
  if (startsWith(bytes, "\xd0\xcf\x11\xe0")) return null; // .doc / .xls (OLE): not readable here
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048)).trimStart().toLowerCase();
  if (/\.json$/i.test(name) || head.startsWith("{")) return "json";
  if (/\.x?html?$/i.test(name) || head.startsWith("<!doctype html") || head.startsWith("<html") || /<(?:table|body|head|meta)[\s>]/.test(head)) return "html";
  return "text";
}

export const OLD_OFFICE = "无法读取旧版 Word/Excel 文件（.doc/.xls）：请在 Word 或 WPS 中另存为 .docx 后再上传。";

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
