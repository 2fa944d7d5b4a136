import path from "node:path";
import { Worker } from "node:worker_threads";
import { XLSX_LIMITS } from "./import-limits";
import { runInWorker } from "./worker-client";
import type { CellsRead } from "./workbook-cells";

/**
 * Reads an .xlsx in a worker thread (worker-client.ts: heap cap, time limit), so that a file built to be
 * expensive costs the worker and not the request thread.
 */

export const READ_TIMED_OUT = "读取文件超时：文件内容过于复杂，不是本系统导出的报告文件，未导入。";
export const READ_OUT_OF_MEMORY = "文件内容过于复杂，读取时超出了内存限制，不是本系统导出的报告文件，未导入。";
export const READ_UNAVAILABLE = "暂时无法读取 Excel 文件，请稍后再试；如一再出现，请联系管理员。";

export interface WorkerOptions {
  timeoutMs?: number;
  heapMb?: number;
}

export async function readXlsxInWorker(bytes: Uint8Array, options: WorkerOptions = {}): Promise<CellsRead> {
  const read = await runInWorker<CellsRead>(
    // Written out here, path and options, for Turbopack to build the worker as an entry (see worker-client.ts).
    (o) => new Worker(path.join(process.cwd(), "lib", "import", "xlsx-read.worker.ts"), { execArgv: o.execArgv, resourceLimits: o.resourceLimits }),
    bytes,
    {
      timeoutMs: options.timeoutMs ?? XLSX_LIMITS.workerTimeoutMs,
      heapMb: options.heapMb ?? XLSX_LIMITS.workerHeapMb,
      refusals: { timedOut: READ_TIMED_OUT, outOfMemory: READ_OUT_OF_MEMORY, unavailable: READ_UNAVAILABLE },
    },
  );
  return read.ok ? read.value : read;
}
