/**
 * GBK encoding for the fixtures of GB2312/GBK-encoded government pages. Node decodes GBK (TextDecoder)
 * but has no encoder, so the table is the decoder's, inverted: every two-byte sequence it reads.
 * A character GBK lacks is written as a numeric character reference, as browsers and CMSs do.
 */

let table: Map<number, number> | undefined;

function encoderTable(): Map<number, number> {
  if (table) return table;
  const decoder = new TextDecoder("gbk");
  const map = new Map<number, number>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      const code = ch.codePointAt(0)!;
      if (ch.length === 1 && code !== 0xfffd && !map.has(code)) map.set(code, (lead << 8) | trail);
    }
  }
  table = map;
  return map;
}

export function encodeGbk(text: string): Uint8Array {
  const map = encoderTable();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const bytes = map.get(code);
    if (bytes === undefined) {
      for (const b of `&#${code};`) out.push(b.charCodeAt(0));
    } else {
      out.push(bytes >> 8, bytes & 0xff);
    }
  }
  return Uint8Array.from(out);
}
