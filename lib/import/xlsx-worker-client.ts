import path from "node:path";
import { Worker } from "node:worker_threads";
import { XLSX_LIMITS } from "./import-limits";
import type { CellsRead } from "./workbook-cells";

/**
 * Reads an .xlsx in a worker thread, so that a file built to be expensive costs the worker, not the
 * request thread every other user is waiting on: its heap is capped (resourceLimits) and it is stopped
 * after a time limit. One worker per file; it exits when done.
 *
 * The worker file is named by its path in the project directory: `next build` (Turbopack) recognises
 * `new Worker(<project path>)` and builds the file into the server bundle as a worker entry of its own;
 * outside Next (unit tests, the benchmark) the source file runs through tsx. Turbopack's worker entry
 * passes its own workerData, so the file's bytes are sent as the worker's first message instead.
 */

const WORKER_FILE = path.join(process.cwd(), "lib", "import", "xlsx-read.worker.ts");
// Next's server build defines NEXT_RUNTIME; there the worker is already JavaScript and needs no tsx (which would slow every require down).
const FROM_SOURCE = !process.env.NEXT_RUNTIME;

export const READ_TIMED_OUT = "读取文件超时：文件内容过于复杂，不是本系统导出的报告文件，未导入。";
export const READ_OUT_OF_MEMORY = "文件内容过于复杂，读取时超出了内存限制，不是本系统导出的报告文件，未导入。";
export const READ_UNAVAILABLE = "暂时无法读取 Excel 文件，请稍后再试；如一再出现，请联系管理员。";

export interface WorkerOptions {
  timeoutMs?: number;
  heapMb?: number;
}

export function readXlsxInWorker(bytes: Uint8Array, options: WorkerOptions = {}): Promise<CellsRead> {
  const timeoutMs = options.timeoutMs ?? XLSX_LIMITS.workerTimeoutMs;
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return new Promise((resolve) => {
    let settled = false;
    const worker = new Worker(WORKER_FILE, {
      execArgv: FROM_SOURCE ? ["--require", "tsx/cjs"] : [],
      resourceLimits: { maxOldGenerationSizeMb: options.heapMb ?? XLSX_LIMITS.workerHeapMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
      stdout: false,
      stderr: false,
    });
    const finish = (result: CellsRead) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ ok: false, problem: READ_TIMED_OUT }), timeoutMs);
    worker.once("message", (result: CellsRead) => finish(result));
    worker.once("error", (err: Error & { code?: string }) => {
      if (err.code === "ERR_WORKER_OUT_OF_MEMORY") return finish({ ok: false, problem: READ_OUT_OF_MEMORY });
      console.error("import worker failed:", err);
      finish({ ok: false, problem: READ_UNAVAILABLE });
    });
    worker.once("exit", () => finish({ ok: false, problem: READ_UNAVAILABLE }));
    // A copy in a plain ArrayBuffer of its own, moved to the worker rather than cloned.
    worker.postMessage(copy, [copy]);
  });
}
