/**
 * The characters of an uploaded web page or text file. Many government sites still serve GB2312/GBK pages:
 * the page's own declaration (a byte-order mark, <meta charset> or http-equiv Content-Type) decides, read
 * with the platform's WHATWG decoder (GB2312 and GBK are decoded as GB18030, their superset, as browsers
 * do). A file that declares nothing is UTF-8 unless it is not valid UTF-8 and is valid GB18030 (a saved
 * .txt from a Chinese Windows): then it is read as GB18030 and the reader says so.
 */

export interface DecodedText {
  text: string;
  encoding: string;
  /** Set when the encoding was not declared but inferred. */
  inferred?: boolean;
}

const GB = new Set(["gb2312", "gbk", "gb18030", "x-gbk", "csgb2312", "chinese", "iso-ir-58"]);

function declaredCharset(bytes: Uint8Array): string | undefined {
  // The declaration must be in the first 1024 bytes (the HTML standard's prescan); ASCII-compatible here.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)/i.exec(head);
  return meta?.[1].toLowerCase();
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  const declared = declaredCharset(bytes);
  if (declared && GB.has(declared)) return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  if (declared && declared !== "utf-8" && declared !== "utf8") {
    try {
      return { text: new TextDecoder(declared).decode(bytes), encoding: declared };
    } catch {
      // An unknown label: fall through to the content itself.
    }
  }
  const utf8 = tryDecode("utf-8", bytes);
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };
  const gb = tryDecode("gb18030", bytes);
  if (gb !== null) return { text: gb, encoding: "gb18030", inferred: true };
  return { text: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8" };
}
