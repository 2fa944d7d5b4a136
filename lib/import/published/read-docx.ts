import mammoth from "mammoth";
import { readZipDirectory, type ZipProfile } from "../zip-directory";
import { inflateEntries } from "../zip-inflate";
import type { ReadOutcome } from "./document";
import { readHtml } from "./read-html";

/**
 * A Word (.docx, also as saved by WPS) report: mammoth turns it into HTML — paragraphs, and tables with
 * Word's merged cells (gridSpan, vMerge) as colspan/rowspan — and the HTML reader does the rest, so a
 * Word table and a web page's table are expanded by the same code.
 *
 * Before mammoth sees the file, its zip is checked as the .xlsx import checks its own: part names, count,
 * declared sizes, and the real unpacked sizes (a size that lies stops the inflater at once).
 */

const NOT_DOCX = "无法读取该文件：不是有效的 Word（.docx）文件。旧版 Word（.doc）请先另存为 .docx。";
const DAMAGED_DOCX = "无法读取该文件：文件已损坏，或不是有效的 Word（.docx）文件。";

export const DOCX_PROFILE: ZipProfile = {
  partName: /^(?:\[Content_Types\]\.xml|(?:_rels|docProps|word|customXml|customxml)\/(?:[A-Za-z0-9_\-.]+\/)*[A-Za-z0-9_\-. ]*)$/,
  maxEntries: 400,
  // A report with photos of its 政务公开 work may hold a few MB of images; the text itself is under 1 MB.
  maxUnpackedBytes: 40 * 1024 * 1024,
  noun: "Word 文件",
  notThis: NOT_DOCX,
  damaged: DAMAGED_DOCX,
  usualEntries: "一份年度报告的 Word 文件只有几十个",
  usualUnpacked: "一份年度报告的 Word 文件解压后通常不到 10 MB",
  encrypted: "该文件已加密，请在 Word 中取消密码、另存为 .docx 后再导入。",
  notOurs: "不是年度报告的 Word 文件",
};

export async function readDocx(bytes: Uint8Array): Promise<ReadOutcome> {
  const directory = readZipDirectory(bytes, DOCX_PROFILE);
  if (!directory.ok) return directory;
  if (!directory.entries.some((e) => e.name === "word/document.xml")) return { ok: false, problem: NOT_DOCX };
  const inflated = inflateEntries(bytes, directory.entries, DAMAGED_DOCX);
  if (!inflated.ok) return inflated;
  inflated.parts.clear();
  try {
    const { value } = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images are not read: a report's numbers are in its text and tables.
      { convertImage: mammoth.images.imgElement(async () => ({ src: "" })), ignoreEmptyParagraphs: true },
    );
    return { ok: true, document: { ...readHtml(value), source: "docx" } };
  } catch {
    return { ok: false, problem: NOT_DOCX };
  }
}
