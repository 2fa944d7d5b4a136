import busboy from "next/dist/compiled/busboy";
import type { ReplyParts } from "./flight-reply";

/** The body is not a well-formed multipart form (cut off, no boundary, garbage, an encoding React refuses). */
export class MalformedMultipart extends Error {}

/**
 * The fields and files of a server action's multipart body, read by the same parser (Next's copy of
 * busboy, same options) that Next will read it with, so that whatever passes here parses there too.
 */
export function busboyParts(contentType: string, body: Buffer, fieldSizeLimit: number): Promise<ReplyParts> {
  return new Promise((resolve, reject) => {
    const arrivals = new Map<string, number>();
    const parts: ReplyParts = { text: new Map(), files: new Map(), order: arrivals };
    const files: Promise<void>[] = [];
    let order = 0;
    let parser: ReturnType<typeof busboy>;
    try {
      parser = busboy({ defParamCharset: "utf8", headers: { "content-type": contentType }, limits: { fieldSize: fieldSizeLimit } });
    } catch (err) {
      return reject(new MalformedMultipart((err as Error).message));
    }
    const fail = (err: Error) => reject(new MalformedMultipart(err.message));
    // encodeReply names each part once; a part given twice would be read from whichever copy had arrived.
    const seen = new Set<string>();
    const arrive = (name: string) => {
      if (/^\d+$/.test(name) && seen.has(name)) throw new MalformedMultipart(`part ${name} given twice`);
      seen.add(name);
      return order++;
    };
    parser.on("field", (name, value) => {
      try {
        arrivals.set(name, arrive(name));
      } catch (err) {
        return parser.destroy(err as Error);
      }
      parts.text.set(name, value);
    });
    parser.on("file", (name, stream, info) => {
      // Destroying the parser destroys this file's stream with the same error: it must have a listener, or
      // the error is uncaught and takes the whole server down.
      stream.on("error", () => {});
      // React destroys the request on a base64 part.
      if (info.encoding.toLowerCase() === "base64") {
        stream.resume();
        return parser.destroy(new Error("base64 part"));
      }
      let arrival: number;
      try {
        arrival = arrive(name);
      } catch (err) {
        stream.resume();
        return parser.destroy(err as Error);
      }
      let size = 0;
      files.push(
        // A file stream fails only with the parser, whose own error rejects the whole read.
        new Promise<void>((done) => {
          stream.on("data", (chunk: Buffer) => (size += chunk.length));
          stream.on("end", () => {
            parts.files.set(name, size);
            arrivals.set(name, arrival);
            done();
          });
          stream.on("error", () => done());
        }),
      );
    });
    parser.on("error", fail);
    parser.on("finish", () => void Promise.all(files).then(() => resolve(parts), fail));
    parser.end(body);
  });
}

/**
 * The fields and files of a form posted without JavaScript, read as Next reads them: with the platform's
 * own FormData parser.
 */
export async function formDataParts(contentType: string, body: Buffer): Promise<ReplyParts> {
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
  } catch (err) {
    throw new MalformedMultipart((err as Error).message);
  }
  // No arrival order: React decodes a form action from the whole FormData at once.
  const parts: ReplyParts = { text: new Map(), files: new Map() };
  form.forEach((value, name) => {
    if (typeof value === "string") parts.text.set(name, value);
    else parts.files.set(name, value.size);
  });
  return parts;
}
