import { inflateRawSync } from "node:zlib";
import { DAMAGED, type ZipEntry } from "./zip-directory";

/**
 * Unpacks the entries readZipDirectory accepted, each under a byte budget of its declared size: a deflate
 * stream that would unpack to more (a size that lies) is stopped by zlib as soon as it passes the budget,
 * not after it has filled memory. The declared sizes were already summed against the limit, so what is
 * unpacked here in total stays under it too. Runs in the import worker (it takes CPU).
 */

export type Inflated = { ok: true; parts: Map<string, Buffer> } | { ok: false; problem: string };

export const SIZE_LIES = "该文件已损坏：其中的部件解压后比文件声明的大小更大，不是本系统导出的报告文件，未导入。";

export function inflateEntries(bytes: Uint8Array, entries: readonly ZipEntry[], damaged: string = DAMAGED): Inflated {
  const parts = new Map<string, Buffer>();
  for (const entry of entries) {
    if (entry.name.endsWith("/")) continue;
    const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    let out: Buffer;
    if (entry.method === 0) {
      out = Buffer.from(data);
    } else {
      try {
        // One byte of slack: a stream that fills it unpacks to more than declared.
        out = inflateRawSync(data, { maxOutputLength: entry.size + 1 });
      } catch (err) {
        const tooLarge = (err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE";
        return { ok: false, problem: tooLarge ? SIZE_LIES : damaged };
      }
    }
    if (out.length > entry.size) return { ok: false, problem: SIZE_LIES };
    if (out.length !== entry.size) return { ok: false, problem: damaged };
    parts.set(entry.name, out);
  }
  return { ok: true, parts };
}
