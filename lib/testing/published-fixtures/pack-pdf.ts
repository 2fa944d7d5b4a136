import { deflateSync } from "node:zlib";

/**
 * Packs a PDF's plain objects into compressed object streams with a cross-reference stream (PDF 1.5), as
 * Word and most current producers write them. Chromium writes every object plainly, and the Type3 fonts
 * it makes of Noto CJK (a dictionary of 256 widths and glyph names each) would make the PDF fixtures
 * twice the size. Streams are copied byte for byte; nothing on the page changes.
 */

interface PdfObject {
  num: number;
  /** Everything between "N 0 obj" and "endobj". */
  body: Buffer;
  isStream: boolean;
}

const latin1 = (b: Buffer) => b.toString("latin1");

function readObjects(pdf: Buffer): PdfObject[] {
  const text = latin1(pdf);
  const objects: PdfObject[] = [];
  const header = /(\d+) 0 obj\b/g;
  let m: RegExpExecArray | null;
  while ((m = header.exec(text))) {
    const start = m.index + m[0].length;
    const streamAt = text.indexOf("stream", start);
    const endAt = text.indexOf("endobj", start);
    if (endAt < 0) throw new Error(`Object ${m[1]} has no endobj`);
    let end = endAt;
    let isStream = false;
    if (streamAt >= 0 && streamAt < endAt) {
      // Stream data may hold anything, "endobj" included: skip it by its length.
      const length = /\/Length (\d+)(?! \d+ R)/.exec(text.slice(start, streamAt));
      if (!length) throw new Error(`Stream ${m[1]} has no direct /Length`);
      let dataAt = streamAt + "stream".length;
      if (text[dataAt] === "\r") dataAt++;
      if (text[dataAt] === "\n") dataAt++;
      end = text.indexOf("endobj", dataAt + Number(length[1]));
      isStream = true;
    }
    objects.push({ num: Number(m[1]), body: pdf.subarray(start, end), isStream });
    header.lastIndex = end + "endobj".length;
  }
  return objects;
}

function trailerEntries(pdf: Buffer): string {
  const text = latin1(pdf);
  const at = text.lastIndexOf("trailer");
  const dict = /<<([\s\S]*?)>>/.exec(text.slice(at));
  if (at < 0 || !dict) throw new Error("No trailer");
  const root = /\/Root \d+ 0 R/.exec(dict[1]);
  const info = /\/Info \d+ 0 R/.exec(dict[1]);
  if (!root) throw new Error("Trailer has no /Root");
  return `${root[0]}${info ? ` ${info[0]}` : ""}`;
}

const PER_STREAM = 100;

export function packObjectStreams(input: Uint8Array): Uint8Array {
  const pdf = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const objects = readObjects(pdf);
  const trailer = trailerEntries(pdf);
  const plain = objects.filter((o) => !o.isStream);
  const streams = objects.filter((o) => o.isStream);
  let next = Math.max(...objects.map((o) => o.num)) + 1;

  const parts: Buffer[] = [Buffer.from("%PDF-1.5\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  let offset = parts[0].length;
  const xref = new Map<number, [number, number, number]>();
  const write = (num: number, body: Buffer) => {
    xref.set(num, [1, offset, 0]);
    const chunk = Buffer.concat([Buffer.from(`${num} 0 obj`, "latin1"), body, Buffer.from("endobj\n", "latin1")]);
    parts.push(chunk);
    offset += chunk.length;
  };

  for (const o of streams) write(o.num, o.body);
  for (let i = 0; i < plain.length; i += PER_STREAM) {
    const group = plain.slice(i, i + PER_STREAM);
    const streamNum = next++;
    const bodies = group.map((o) => Buffer.concat([Buffer.from(latin1(o.body).trim(), "latin1"), Buffer.from("\n", "latin1")]));
    let at = 0;
    const index = group.map((o, j) => {
      const entry = `${o.num} ${at}`;
      xref.set(o.num, [2, streamNum, j]);
      at += bodies[j].length;
      return entry;
    });
    const head = Buffer.from(`${index.join(" ")}\n`, "latin1");
    const data = deflateSync(Buffer.concat([head, ...bodies]), { level: 9 });
    write(streamNum, Buffer.concat([Buffer.from(`\n<</Type /ObjStm /N ${group.length} /First ${head.length} /Filter /FlateDecode /Length ${data.length}>>\nstream\n`, "latin1"), data, Buffer.from("\nendstream\n", "latin1")]));
  }

  const xrefNum = next++;
  xref.set(xrefNum, [1, offset, 0]);
  const size = next;
  const rows = Buffer.alloc(size * 7);
  for (let n = 0; n < size; n++) {
    const [type, a, b] = xref.get(n) ?? [0, 0, n === 0 ? 65535 : 0];
    rows.writeUInt8(type, n * 7);
    rows.writeUInt32BE(a, n * 7 + 1);
    rows.writeUInt16BE(b, n * 7 + 5);
  }
  const data = deflateSync(rows, { level: 9 });
  const xrefAt = offset;
  parts.push(
    Buffer.from(`${xrefNum} 0 obj\n<</Type /XRef /Size ${size} /W [1 4 2] ${trailer} /Filter /FlateDecode /Length ${data.length}>>\nstream\n`, "latin1"),
    data,
    Buffer.from(`\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`, "latin1"),
  );
  return new Uint8Array(Buffer.concat(parts));
}
