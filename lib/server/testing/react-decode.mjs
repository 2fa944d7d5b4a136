// Decodes server action bodies with React's own decoder, as Next does (run with --conditions=react-server):
// reads [{contentType, body (base64)}] on stdin, prints [{ok, error?}] on stdout. For action-guard's tests.
import busboy from "next/dist/compiled/busboy/index.js";
import server from "next/dist/compiled/react-server-dom-turbopack/server.node.js";

async function settle(value, depth = 0) {
  // Nested promises ("$@…") reject only when awaited, as an action would await them.
  if (value && typeof value.then === "function") value = await value;
  if (depth < 8 && value && typeof value === "object" && !(value instanceof Blob) && !ArrayBuffer.isView(value) && !(value instanceof ArrayBuffer)) {
    const items = value instanceof Map ? [...value.entries()].flat() : value instanceof Set ? [...value] : value instanceof FormData ? [] : Object.values(value);
    for (const item of items) await settle(item, depth + 1);
  }
  return value;
}

async function decode({ contentType, body }) {
  const bytes = Buffer.from(body, "base64");
  const temporaryReferences = server.createTemporaryReferenceSet();
  let args;
  if (contentType.startsWith("multipart/form-data")) {
    const parser = busboy({ defParamCharset: "utf8", headers: { "content-type": contentType }, limits: { fieldSize: 6 * 1024 * 1024 } });
    const decoded = server.decodeReplyFromBusboy(parser, {}, { temporaryReferences });
    const fed = new Promise((resolve, reject) => {
      parser.on("error", reject);
      parser.on("finish", resolve);
    });
    const both = Promise.all([fed, decoded]);
    // As in Next, the body streams in after the decoder is awaited: React revives the root on arrival.
    setImmediate(() => parser.end(bytes));
    [, args] = await both;
  } else {
    args = await server.decodeReply(bytes.toString("utf8"), {}, { temporaryReferences });
  }
  if (!Array.isArray(args)) throw new Error("arguments are not a list");
  if (args.length > 1000) throw new Error("too many arguments");
  await settle(args);
}

async function main() {
  let input = "";
  for await (const chunk of process.stdin) input += chunk;
  const results = [];
  for (const sample of JSON.parse(input)) {
    try {
      await Promise.race([decode(sample), new Promise((_, reject) => setTimeout(() => reject(new Error("timed out")), 2000))]);
      results.push({ ok: true });
    } catch (err) {
      results.push({ ok: false, error: String(err && err.message).slice(0, 200) });
    }
  }
  process.stdout.write(JSON.stringify(results));
}

main();
