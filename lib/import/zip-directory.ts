import { XLSX_LIMITS } from "./import-limits";

/**
 * The central directory of the zip inside an .xlsx, read without unpacking anything: how many entries,
 * what they are called, how large they say they are. A file built to exhaust the reader (millions of
 * entries, gigabytes declared, names no workbook has) is refused here, in microseconds, before a byte is
 * inflated. What the entries then really unpack to is checked by zip-inflate.ts (declared sizes can lie).
 */

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated. */
  method: number;
  compressedSize: number;
  /** As declared by the central directory. */
  size: number;
  /** Where the entry's data starts in the file (after its local header). */
  dataOffset: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; problem: string };

export const NOT_XLSX = "无法读取该文件：不是有效的 Excel（.xlsx）文件。";
export const DAMAGED = "无法读取该文件：文件已损坏，或不是有效的 Excel（.xlsx）文件。";
const MB = 1024 * 1024;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;

/**
 * The parts an .xlsx holds (Excel, WPS and LibreOffice alike): the content types, the package's relations,
 * document properties, the workbook's own parts and custom XML. ASCII names without "..", "//" or a
 * leading slash; anything else is not a workbook.
 */
const XLSX_PART_NAME = /^(?:\[Content_Types\]\.xml|(?:_rels|docProps|xl|customXml)\/(?:[A-Za-z0-9_\-.]+\/)*[A-Za-z0-9_\-.]*)$/;

/**
 * What kind of package is expected: its part names, its limits and how a refusal names it. A published
 * report's .docx is read with the same checks as the application's own .xlsx, against Word's parts.
 */
export interface ZipProfile {
  partName: RegExp;
  maxEntries: number;
  maxUnpackedBytes: number;
  /** "Excel 文件" */
  noun: string;
  notThis: string;
  damaged: string;
  /** What such a file usually holds, for the refusals: "本系统导出的 Excel 文件只有几十个". */
  usualEntries: string;
  usualUnpacked: string;
  encrypted: string;
  /** "不是本系统导出的报告文件" */
  notOurs: string;
}

export const XLSX_PROFILE: ZipProfile = {
  partName: XLSX_PART_NAME,
  maxEntries: XLSX_LIMITS.maxEntries,
  maxUnpackedBytes: XLSX_LIMITS.maxUnpackedBytes,
  noun: "Excel 文件",
  notThis: NOT_XLSX,
  damaged: DAMAGED,
  usualEntries: "本系统的 Excel 文件只有几十个",
  usualUnpacked: "本系统导出的 Excel 文件解压后不到 1 MB",
  encrypted: "该文件已加密，请在 Excel 中取消密码、另存为 .xlsx 后再导入。",
  notOurs: "不是本系统导出的报告文件",
};

function shown(name: string): string {
  const clean = name.replace(/[^\x20-\x7e\u4e00-\u9fff]/g, "?");
  return clean.length > 60 ? `${clean.slice(0, 60)}…` : clean;
}

function refused(problem: string): ZipDirectory {
  return { ok: false, problem };
}

export function readZipDirectory(bytes: Uint8Array, profile: ZipProfile = XLSX_PROFILE): ZipDirectory {
  const P = profile;
  // Little-endian fields read from the bytes themselves (whatever kind of buffer holds them).
  const u16 = (at: number) => bytes[at] | (bytes[at + 1] << 8);
  const u32 = (at: number) => (u16(at) | (u16(at + 2) << 16)) >>> 0;
  if (bytes.length < EOCD_SIZE || u32(0) !== LOCAL) return refused(P.notThis);

  // The end-of-central-directory record: the last one, within a comment's length (64 KB) of the end.
  let eocd = -1;
  for (let at = bytes.length - EOCD_SIZE; at >= Math.max(0, bytes.length - EOCD_SIZE - 0xffff); at--) {
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return refused(P.notThis);
  const count = u16(eocd + 10);
  const directorySize = u32(eocd + 12);
  const directoryOffset = u32(eocd + 16);
  // Split archives and ZIP64 (more than 65,535 entries or 4 GB): no workbook of this application is either.
  if (u16(eocd + 4) !== 0 || u16(eocd + 6) !== 0 || u16(eocd + 8) !== count) return refused(P.damaged);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    return refused(`该文件包含的部件过多或过大，${P.notOurs}，未导入。`);
  }
  if (count > P.maxEntries) {
    return refused(`该文件包含 ${count} 个部件（${P.usualEntries}，上限 ${P.maxEntries} 个），${P.notOurs}，未导入。`);
  }
  if (count === 0 || directoryOffset + directorySize > eocd) return refused(P.damaged);

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let declared = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_SIZE > directoryOffset + directorySize || u32(at) !== CENTRAL) return refused(P.damaged);
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const compressedSize = u32(at + 20);
    const size = u32(at + 24);
    const nameLength = u16(at + 28);
    const next = at + CENTRAL_SIZE + nameLength + u16(at + 30) + u16(at + 32);
    const localOffset = u32(at + 42);
    if (next > directoryOffset + directorySize) return refused(P.damaged);
    const name = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength));
    at = next;

    if (!P.partName.test(name) || name.includes("..") || name.length > 200) {
      return refused(`该文件包含 ${P.noun}中不应有的部件“${shown(name)}”，${P.notOurs}，未导入。`);
    }
    if (names.has(name)) return refused(`该文件中部件“${shown(name)}”出现了两次，文件已损坏，未导入。`);
    names.add(name);
    if (flags & 0x1) return refused(P.encrypted);
    if (method !== 0 && method !== 8) return refused(`${P.notThis.replace(/。$/, "")}（不支持的压缩方式）。`);
    if (method === 0 && compressedSize !== size) return refused(P.damaged);
    if (name.endsWith("/")) {
      if (size !== 0) return refused(P.damaged);
      continue;
    }
    declared += size;
    if (declared > P.maxUnpackedBytes) {
      return refused(`该文件解压后超过 ${P.maxUnpackedBytes / MB} MB（${P.usualUnpacked}），${P.notOurs}，未导入。`);
    }

    // The entry's data follows its local header, whose name and extra field may differ in length from the directory's.
    if (localOffset + LOCAL_SIZE > directoryOffset || u32(localOffset) !== LOCAL) return refused(P.damaged);
    const dataOffset = localOffset + LOCAL_SIZE + u16(localOffset + 26) + u16(localOffset + 28);
    if (dataOffset + compressedSize > directoryOffset) return refused(P.damaged);
    entries.push({ name, method, compressedSize, size, dataOffset });
  }
  return { ok: true, entries };
}
