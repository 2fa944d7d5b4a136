// Next's own copy of busboy, the parser it reads server action bodies with (no types are published for it).
declare module "next/dist/compiled/busboy" {
  import type { Readable, Writable } from "node:stream";
  interface BusboyConfig {
    headers: Record<string, string | undefined>;
    defParamCharset?: string;
    limits?: { fieldSize?: number };
  }
  interface FileInfo {
    filename: string;
    encoding: string;
    mimeType: string;
  }
  interface Busboy extends Writable {
    on(event: "field", listener: (name: string, value: string) => void): this;
    on(event: "file", listener: (name: string, stream: Readable, info: FileInfo) => void): this;
    on(event: "finish" | "close", listener: () => void): this;
    on(event: "error", listener: (err: Error) => void): this;
  }
  function busboy(config: BusboyConfig): Busboy;
  export = busboy;
}
