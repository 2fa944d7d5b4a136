/** pdf.js ships no types for its worker module; read-pdf.ts only registers it for the in-process worker. */
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs" {
  export const WorkerMessageHandler: unknown;
}
