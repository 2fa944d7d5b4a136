/**
 * What kind of file an upload is, by what its bytes are (the name only tells a web page from a text file
 * when the bytes do not): a .docx (a zip holding word/document.xml), an .xlsx, a PDF, a saved web page,
 * JSON, or plain text. Kept apart from the readers so that the request thread can tell a file's kind
 * without loading them (they run in the import worker).
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

