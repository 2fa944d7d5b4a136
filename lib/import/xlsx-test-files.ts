import { constants, deflateRawSync } from "node:zlib";
import JSZip from "jszip";

/**
 * Hostile .xlsx files for the import's tests and benchmark (scripts/bench-import.ts): each built in memory
 * from a real workbook of the application, then made expensive in one way.
 */

export interface RawEntry {
  name: string;
  /** The entry's data as stored (already deflated when method is 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** The unpacked size the headers declare: the truth, or a lie. */
  size: number;
}

/** A zip written byte by byte, so that its headers can say what a zip library would not write. CRCs are left 0 (zip readers do not check them). */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(e.method, 10);
    dir.writeUInt32LE(e.data.length, 20);
    dir.writeUInt32LE(e.size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    chunks.push(local, name, Buffer.from(e.data));
    central.push(dir, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, directory, end]));
}

/** The parts of a workbook, unpacked. */
export async function partsOf(xlsx: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(xlsx);
  const parts = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) parts.set(name, await file.async("nodebuffer"));
  return parts;
}

/** The parts deflated into a zip whose headers tell the truth. */
export function zipOf(parts: ReadonlyMap<string, Uint8Array>): Uint8Array {
  return rawZip([...parts].map(([name, data]) => ({ name, data: deflateRawSync(data, { level: 9 }), method: 8 as const, size: data.length })));
}

/** A workbook with its first table sheet's XML changed. */
export async function withSheetXml(xlsx: Uint8Array, change: (xml: string) => string): Promise<Uint8Array> {
  const parts = await partsOf(xlsx);
  parts.set("xl/worksheets/sheet2.xml", Buffer.from(change(parts.get("xl/worksheets/sheet2.xml")!.toString("utf8"))));
  return zipOf(parts);
}

/**
 * `megabytes` MB of spaces as one raw deflate stream, built from a compressed megabyte repeated (each
 * copy ends in a full flush, so copies join into one valid stream): gigabytes fit in a few MB.
 */
export function deflatedSpaces(megabytes: number, prefix = "", suffix = ""): Uint8Array {
  const head = deflateRawSync(Buffer.from(prefix), { finishFlush: constants.Z_FULL_FLUSH });
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const tail = deflateRawSync(Buffer.from(suffix));
  return new Uint8Array(Buffer.concat([head, ...Array<Buffer>(megabytes).fill(block), tail]));
}

/** A workbook whose sheet XML holds `megabytes` MB of whitespace, its size declared as `declared` (the truth by default). */
export async function whitespaceBomb(xlsx: Uint8Array, megabytes: number, declared?: number): Promise<Uint8Array> {
  const parts = await partsOf(xlsx);
  const xml = parts.get("xl/worksheets/sheet2.xml")!.toString("utf8");
  const at = xml.indexOf("<sheetData>") + "<sheetData>".length;
  const prefix = xml.slice(0, at);
  const suffix = xml.slice(at);
  const size = Buffer.byteLength(prefix) + megabytes * 1024 * 1024 + Buffer.byteLength(suffix);
  parts.delete("xl/worksheets/sheet2.xml");
  const entries: RawEntry[] = [...parts].map(([name, data]) => ({ name, data: deflateRawSync(data), method: 8, size: data.length }));
  entries.push({ name: "xl/worksheets/sheet2.xml", data: deflatedSpaces(megabytes, prefix, suffix), method: 8, size: Math.min(declared ?? size, 0xfffffffe) });
  return rawZip(entries);
}

/** A sheet of `count` cells, `perRow` to a row. */
export function manyCellsXml(count: number, perRow = 100): string {
  const rows: string[] = [];
  for (let r = 0; r * perRow < count; r++) {
    const cells: string[] = [];
    for (let c = 0; c < perRow && r * perRow + c < count; c++) cells.push(`<c><v>${c}</v></c>`);
    rows.push(`<row r="${r + 1}">${cells.join("")}</row>`);
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`;
}

/** `count` empty entries with names a workbook could have. */
export function manyEntries(count: number): Uint8Array {
  return rawZip(Array.from({ length: count }, (_, i) => ({ name: `xl/media/m${i}.xml`, data: new Uint8Array(0), method: 0 as const, size: 0 })));
}
