import type { ResourceLimits, Worker } from "node:worker_threads";

/**
 * Reads one uploaded file in a worker thread, so that a file built to be expensive costs the worker, not the
 * request thread every other user is waiting on: its heap is capped (resourceLimits) and it is stopped after
 * a time limit. One worker per file; it is ended when it answers.
 *
 * The caller constructs the Worker itself, writing out at its own call site
 * `new Worker(path.join(process.cwd(), "lib", ...), { execArgv: o.execArgv, resourceLimits: o.resourceLimits })`:
 * `next build` (Turbopack) builds the named file into the server bundle as a worker entry of its own only
 * when it can read that path and can tell the options are no `{ eval: true }` (an object literal, no
 * spread): a path passed in here as a parameter, or options it cannot read, leave the call as written, and
 * the built server then tries to start the .ts source ("Unknown file extension .ts"). Outside Next (unit
 * tests, the benchmarks) the source file runs through tsx, which execArgv asks for. Turbopack's worker
 * entry passes its own workerData, so the input is sent as the worker's first message instead, its bytes
 * moved rather than cloned.
 */

// Next's server build defines NEXT_RUNTIME; there the worker is already JavaScript and needs no tsx (which would slow every require down).
const FROM_SOURCE = !process.env.NEXT_RUNTIME;

export interface WorkerRefusals {
  timedOut: string;
  outOfMemory: string;
  /** The worker failed otherwise (could not start, crashed): not the file's fault. */
  unavailable: string;
}

export interface WorkerLimits {
  timeoutMs: number;
  heapMb: number;
  refusals: WorkerRefusals;
}

export type WorkerResult<T> = { ok: true; value: T } | { ok: false; problem: string };

/** What the worker is to be constructed with: its heap limit, and tsx when it runs from source. */
export interface WorkerStart {
  execArgv: string[];
  resourceLimits: ResourceLimits;
}

const workerStart = (heapMb: number): WorkerStart => ({
  execArgv: FROM_SOURCE ? ["--require", "tsx/cjs"] : [],
  resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
});

/**
 * Starts the worker, sends it `{ ...params, bytes }` (the bytes as an ArrayBuffer of their own) and waits
 * for its one answer, or for the time limit, its heap limit or its failure, each refused with its message.
 */
export function runInWorker<T>(
  start: (o: WorkerStart) => Worker,
  bytes: Uint8Array,
  limits: WorkerLimits,
  params: Record<string, unknown> = {},
): Promise<WorkerResult<T>> {
  const { refusals } = limits;
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return new Promise((resolve) => {
    let settled = false;
    const worker = start(workerStart(limits.heapMb));
    const finish = (result: WorkerResult<T>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ ok: false, problem: refusals.timedOut }), limits.timeoutMs);
    worker.once("message", (value: T) => finish({ ok: true, value }));
    worker.once("error", (err: Error & { code?: string }) => {
      if (err.code === "ERR_WORKER_OUT_OF_MEMORY") return finish({ ok: false, problem: refusals.outOfMemory });
      console.error("import worker failed:", err);
      finish({ ok: false, problem: refusals.unavailable });
    });
    worker.once("exit", () => finish({ ok: false, problem: refusals.unavailable }));
    worker.postMessage({ ...params, bytes: copy }, [copy]);
  });
}
