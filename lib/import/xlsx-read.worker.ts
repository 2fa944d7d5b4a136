/**
 * The import worker: reads one uploaded .xlsx (xlsx-pipeline.ts) off the request thread, under the heap
 * limit and the time limit the spawning side sets (xlsx-worker-client.ts): the file's bytes arrive as the
 * first message, the cells or the refusal go back, and the worker is ended.
 */
import { parentPort } from "node:worker_threads";
import { readXlsxCells } from "./xlsx-pipeline";

parentPort!.once("message", ({ bytes }: { bytes: ArrayBuffer }) => {
  void readXlsxCells(new Uint8Array(bytes)).then((result) => parentPort!.postMessage(result));
});
