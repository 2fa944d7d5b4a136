import type { IncomingMessage } from "node:http";
import { Readable } from "node:stream";

export type BodyRead = { body: Buffer } | { tooLarge: true } | { failed: true };

/**
 * Reads a request body into memory, counting bytes as they arrive (a chunked body declares no length),
 * and stops at `limit`: the rest is not kept.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (result: BodyRead) => {
      req.off("data", onData).off("end", onEnd).off("error", onFailed).off("close", onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return done({ tooLarge: true });
      chunks.push(chunk);
    };
    const onEnd = () => done({ body: Buffer.concat(chunks, size) });
    const onFailed = () => done({ failed: true });
    const onClose = () => {
      if (!req.complete) done({ failed: true });
    };
    req.on("data", onData).on("end", onEnd).on("error", onFailed).on("close", onClose);
  });
}

/**
 * Makes a request whose body has been read readable again, from the start, for Next. This is what Next
 * itself does to a request after its proxy has read the body (next/dist/server/body-streams.js,
 * replaceRequestBody): the stream state and methods of a fresh Readable holding the bytes replace the
 * consumed ones, bound to the request, which keeps its headers, socket and everything else. A plain
 * Readable, not a PassThrough: a writable side would make the request look like an unfinished upload.
 */
export function replayBody(req: IncomingMessage, body: Buffer): void {
  const replay = new Readable({ read() {} });
  replay.push(body);
  replay.push(null);
  const target = req as unknown as Record<string, unknown>;
  for (const key in replay) {
    const value = (replay as unknown as Record<string, unknown>)[key];
    target[key] = typeof value === "function" ? value.bind(req) : value;
  }
}
