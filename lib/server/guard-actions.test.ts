import { Agent, createServer, request as httpRequest, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { PassThrough, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents } from "@/db/schema";
import { ACTION_BODY_LIMIT_BYTES } from "./action-limits";
import { guardActions } from "./guard-actions";

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** Reads the body the way Next's action handler does: piped through a transform into a PassThrough. */
async function readLikeNext(req: IncomingMessage): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  await Promise.all([
    pipeline(req, new Transform({ transform: (chunk, _enc, cb) => cb(null, chunk) }), out),
    (async () => {
      for await (const chunk of out) chunks.push(Buffer.from(chunk));
    })(),
  ]);
  return Buffer.concat(chunks);
}

async function start() {
  const log: string[] = [];
  const seen: { url: string; body: Buffer }[] = [];
  const handler = guardActions(
    async (req, res) => {
      const body = await readLikeNext(req);
      seen.push({ url: req.url!, body });
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.end(body);
    },
    (line) => log.push(line),
  );
  server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const action = (body: BodyInit, headers: Record<string, string> = {}) =>
    fetch(`${base}/workspace/reports/1`, { method: "POST", body, headers: { "next-action": "7f0011", "content-type": "text/plain;charset=UTF-8", ...headers }, duplex: "half" } as RequestInit);
  return { base, log, seen, action };
}

describe("guardActions", () => {
  it("tells the audit of an action posted from another site (Next then refuses it)", async () => {
    const { action } = await start();
    const res = await action("[1]", { origin: "https://evil.example", "x-peer-address": "192.0.2.91" });
    expect(res.status).toBe(200);
    const rows = getDb().select().from(auditEvents).where(and(eq(auditEvents.action, "foreign_origin_refused"), eq(auditEvents.peer, "192.0.2.91"))).all();
    expect(rows).toHaveLength(1);
    expect(rows[0].detail).toContain("https://evil.example");
    expect(rows[0].target).toBe("POST /workspace/reports/1");
  });

  it("hands a well-formed action on with its body readable again, byte for byte", async () => {
    const { action, seen, log } = await start();
    const text = '[{"reportId":1,"cells":[{"key":"t1.r1.c1","value":"12"}],"note":"说明"}]';
    const res = await action(text);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(text);
    expect(seen).toHaveLength(1);
    expect(log).toEqual([]);
  });

  it("hands on a multipart upload intact", async () => {
    const { action, seen } = await start();
    const file = new Uint8Array(300_000).map((_, i) => i % 251);
    const form = new FormData();
    form.append("_1_file", new File([file], "报告.xlsx"));
    form.append("0", '["$K1"]');
    const req = new Request("http://x/", { method: "POST", body: form });
    const bytes = Buffer.from(await req.arrayBuffer());
    const res = await action(bytes, { "content-type": req.headers.get("content-type")! });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
    expect(seen[0].body.equals(bytes)).toBe(true);
  });

  it("answers a malformed body with 400, a Chinese message Next's client shows, and one log line", async () => {
    const { action, seen, log } = await start();
    for (const body of ["not json", "[".repeat(100_000), '["$1"]']) {
      const res = await action(body);
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toBe("text/plain");
      expect(await res.text()).toMatch(/^提交的数据格式不正确（.+），未做任何修改。$/);
    }
    expect(seen).toEqual([]);
    expect(log).toHaveLength(3);
    expect(log[0]).toMatch(/^\[action-guard\] 400 not-json POST \/workspace\/reports\/1 \(8 B\) from 127\.0\.0\.1$/);
  });

  it("answers a body declared over the limit with 413 before reading it", async () => {
    const { action, seen, log } = await start();
    const res = await action(Buffer.alloc(ACTION_BODY_LIMIT_BYTES + 1, 0x20), { "content-type": "multipart/form-data; boundary=x" });
    expect(res.status).toBe(413);
    expect(await res.text()).toMatch(/超过 6 MB/);
    expect(seen).toEqual([]);
    expect(log[0]).toMatch(/^\[action-guard\] 413 too-large /);
  });

  it("counts the bytes of a chunked body, which declares no length", async () => {
    const { base, seen } = await start();
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${base}/workspace/reports/1`, { method: "POST", headers: { "next-action": "7f0011", "content-type": "text/plain", "transfer-encoding": "chunked" } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on("error", reject);
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const write = () => {
        while (sent < 8) {
          sent++;
          if (!req.write(chunk)) return void req.once("drain", write);
        }
        req.end();
      };
      write();
    });
    expect(status).toBe(413);
    expect(seen).toEqual([]);
  });

  it("does not touch other requests", async () => {
    const { base, seen, log } = await start();
    const get = await fetch(`${base}/reports`);
    expect(get.status).toBe(200);
    const post = await fetch(`${base}/api/auth/signout`, { method: "POST", body: "not json", headers: { "content-type": "multipart/form-data; boundary=x" } });
    expect(post.status).toBe(200);
    expect(await post.text()).toBe("not json");
    expect(seen.map((s) => s.url)).toEqual(["/reports", "/api/auth/signout"]);
    expect(log).toEqual([]);
  });

  it("lets a stream from a client that gives up go without an answer or a log line", async () => {
    const { base, log, seen } = await start();
    await new Promise<void>((resolve) => {
      const req = httpRequest(`${base}/workspace/reports/1`, { method: "POST", headers: { "next-action": "7f0011", "content-length": "1000" } });
      req.on("error", () => resolve());
      req.write("[1,");
      setTimeout(() => {
        req.destroy();
        setTimeout(resolve, 50);
      }, 50);
    });
    expect(seen).toEqual([]);
    expect(log).toEqual([]);
  });

  it("keeps the connection usable after refusing a body", async () => {
    const { base } = await start();
    const statuses = await new Promise<number[]>((resolve, reject) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      const got: number[] = [];
      const send = (body: string, then: () => void) => {
        const req = httpRequest(`${base}/workspace/reports/1`, { agent, method: "POST", headers: { "next-action": "7f0011", "content-type": "text/plain" } }, (res) => {
          got.push(res.statusCode!);
          res.resume();
          res.on("end", then);
        });
        req.on("error", reject);
        req.end(body);
      };
      send("not json", () => send("[1]", () => (agent.destroy(), resolve(got))));
    });
    expect(statuses).toEqual([400, 200]);
  });
});
