import type { IncomingMessage, ServerResponse } from "node:http";
import { isForeignOrigin, recordForeignOrigin } from "@/lib/dal/foreign-origin";
import { actionRequestKind, checkActionBody, declaredLengthRefusal, refusal, type ActionKind, type Refusal } from "./action-guard";
import { ACTION_BODY_LIMIT_BYTES } from "./action-limits";
import { readBody, replayBody } from "./request-body";

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** How much of a refused body is read and dropped before the connection is cut instead. */
const DRAIN_LIMIT_BYTES = 2 * ACTION_BODY_LIMIT_BYTES;

/**
 * In front of Next (scripts/serve.ts): a server action request is read here first, checked
 * (lib/server/action-guard.ts) and refused with a short Chinese message and one log line, or handed on
 * with its body readable again.
 */
export function guardActions(next: Handler, log: (line: string) => void = console.warn): Handler {
  return (req, res) => {
    const kind = actionRequestKind(req.method, req.url, req.headers);
    if (!kind) return next(req, res);
    // Next refuses a post from another site itself, without a word to the audit: the audit hears of it here.
    if (isForeignOrigin(req.headers)) recordForeignOrigin(req);
    const declared = declaredLengthRefusal(req.headers);
    if (declared) return refuse(req, res, kind, declared, log);
    return readBody(req, ACTION_BODY_LIMIT_BYTES).then(async (read) => {
      if ("failed" in read) return; // The client went away; there is no one to answer.
      if ("tooLarge" in read) return refuse(req, res, kind, refusal("too-large"), log);
      let problem: Refusal | null = null;
      try {
        problem = await checkActionBody(kind, req.headers["content-type"], read.body);
      } catch (err) {
        // A fault in the guard itself must not stop people saving: Next still checks what it reads.
        log(`[action-guard] check failed, passed on: ${(err as Error).message} ${req.method} ${req.url}`);
      }
      if (problem) return refuse(req, res, kind, problem, log, read.body.length);
      replayBody(req, read.body);
      return next(req, res);
    });
  };
}

function refuse(req: IncomingMessage, res: ServerResponse, kind: ActionKind, problem: Refusal, log: (line: string) => void, bytes?: number) {
  const peer = req.headers["x-peer-address"] ?? req.socket.remoteAddress ?? "?";
  const size = bytes ?? req.headers["content-length"] ?? "?";
  log(`[action-guard] ${problem.status} ${problem.reason} ${req.method} ${req.url} (${size} B) from ${peer}`);
  const body = Buffer.from(problem.message);
  res.writeHead(problem.status, {
    // Exactly "text/plain": Next's client shows such a body as the action's error message. A form posted
    // without JavaScript shows it as a page, which needs the charset.
    "content-type": kind === "fetch" ? "text/plain" : "text/plain; charset=utf-8",
    "content-length": body.length,
    "cache-control": "no-store",
    ...(Number(req.headers["content-length"]) > DRAIN_LIMIT_BYTES ? { connection: "close" } : {}),
  });
  res.end(body);
  // The rest of the body is read and dropped, so that the client (a browser still uploading) gets to read
  // the answer instead of a connection reset; past the drain limit the connection is cut.
  let drained = 0;
  req.on("data", (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT_BYTES) req.socket.destroy();
  });
  req.resume();
}
