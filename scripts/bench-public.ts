/**
 * Public report page under load, side by side with a bare node:http server serving the same HTML bytes,
 * plus the JavaScript shipped to that page (gzipped). Needs a running production server:
 *
 *   npm start                        (or: npx next build && npm run serve) — then, in another shell:
 *   npx tsx scripts/bench-public.ts  BENCH_URL=… another page, BENCH_SECONDS, BENCH_ROUNDS
 *
 * Targets: the app serves at least half the bare server's rate; under 150 KB of JavaScript (gzipped).
 */
import autocannon from "autocannon";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";

const URL_UNDER_TEST = process.env.BENCH_URL ?? "http://127.0.0.1:3000/reports/2020/bengji";
const CONNECTIONS = 20;
const SECONDS = Math.min(Math.max(Number(process.env.BENCH_SECONDS ?? 5), 1), 30);
const ROUNDS = Math.min(Math.max(Number(process.env.BENCH_ROUNDS ?? 2), 1), 5);
const RATE_TARGET = 0.5;
const JS_TARGET_KB = 150;

// Bounded: whatever happens, the run ends.
setTimeout(() => {
  console.error("基准测试超时，已中止。");
  process.exit(1);
}, (SECONDS * 2 * ROUNDS + 62) * 1000).unref();

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  avg: number;
  errors: number;
  non2xx: number;
  requests: number;
}

function measure(url: string, seconds = SECONDS): Promise<Measured> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: seconds, timeout: 10 }, (err, r) => {
      if (err) return reject(err);
      resolve({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, avg: r.latency.average, errors: r.errors + r.timeouts, non2xx: r.non2xx, requests: r.requests.total });
    });
  });
}

async function fetchPage(url: string): Promise<{ status: number; html: Buffer; headers: Headers } | null> {
  try {
    // Uncompressed, as autocannon asks for it.
    const res = await fetch(url, { headers: { "accept-encoding": "identity" }, signal: AbortSignal.timeout(15_000) });
    return { status: res.status, html: Buffer.from(await res.arrayBuffer()), headers: res.headers };
  } catch {
    return null;
  }
}

/** The bare server is its own process, as the app is, so that neither shares an event loop with the load generator. */
const BARE_SERVER = `
const { createServer } = require("node:http");
const html = require("node:fs").readFileSync(process.argv[1]);
const server = createServer((_req, res) => {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": html.length });
  res.end(html);
});
server.listen(0, "127.0.0.1", () => process.send(server.address().port));
`;

async function bareServer(html: Buffer): Promise<{ stop: () => void; url: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-public-"));
  const file = path.join(dir, "page.html");
  writeFileSync(file, html);
  const child = spawn(process.execPath, ["-e", BARE_SERVER, file], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  return new Promise((resolve, reject) => {
    child.once("message", (port) => resolve({ stop: () => { child.kill(); rmSync(dir, { recursive: true, force: true }); }, url: `http://127.0.0.1:${port}/` }));
    child.once("error", reject);
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const line = (name: string, m: Measured) =>
  `${name.padEnd(6, "　")} ${m.rps.toFixed(0).padStart(8)} 请求/秒   延迟 平均 ${m.avg.toFixed(1)} ms · p50 ${m.p50} ms · p99 ${m.p99} ms   共 ${m.requests} 个请求${m.errors || m.non2xx ? `，错误 ${m.errors}、非 2xx ${m.non2xx}` : ""}`;

/**
 * Every <script src> under /_next/ on the page, fetched and gzipped (what a browser downloads). Scripts marked
 * noModule (Next's legacy polyfills) are never downloaded by a browser that runs modules: they are left out.
 */
async function shippedJs(pageUrl: string, html: string): Promise<{ files: { src: string; raw: number; gz: number }[]; inlineGz: number }> {
  const tags = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].filter((m) => !/\bnomodule\b/i.test(m[0]));
  const srcs = [...new Set(tags.map((m) => m[1].replace(/&amp;/g, "&")))].filter((s) => s.includes("/_next/"));
  const files = [];
  for (const src of srcs) {
    const res = await fetch(new URL(src, pageUrl), { signal: AbortSignal.timeout(15_000) });
    const body = Buffer.from(await res.arrayBuffer());
    files.push({ src, raw: body.length, gz: gzipSync(body).length });
  }
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
  return { files, inlineGz: gzipSync(Buffer.from(inline)).length };
}

async function main() {
  const first = await fetchPage(URL_UNDER_TEST);
  if (!first) {
    console.log(`无法连接 ${URL_UNDER_TEST}：服务器未运行。`);
    console.log("请先启动生产服务器（npm start，或 npm run setup && npx next build && npm run serve），再运行 npx tsx scripts/bench-public.ts；");
    console.log("可用 BENCH_URL 指定其他页面，如 BENCH_URL=http://127.0.0.1:3000/reports/2020/edu。");
    return;
  }
  if (first.status !== 200) {
    console.log(`${URL_UNDER_TEST} 返回 ${first.status}：该报告未发布或地址有误（演示数据需先运行 npm run setup）。`);
    process.exitCode = 1;
    return;
  }
  // The first request renders and caches the page; measure the cached page, as the public sees it.
  const page = (await fetchPage(URL_UNDER_TEST))!;
  const html = page.html;
  console.log(`公开报告页面：${URL_UNDER_TEST}（HTML ${kb(html.length)}），${CONNECTIONS} 个并发连接，各 ${SECONDS} 秒\n`);

  const cacheHeader = page.headers.get("x-page-cache");
  console.log(cacheHeader ? `页面缓存：${cacheHeader === "hit" ? "命中" : cacheHeader}（npm run serve 的整页缓存）` : "页面缓存：无（不是经 npm run serve 启动的服务器？）");

  // Alternating rounds, so that a burst of other work on the machine does not favour one side.
  const bare = await bareServer(html);
  const ratios: number[] = [];
  try {
    // A second of load on each first, not counted: the first requests after start-up measure the JIT warming up.
    await measure(URL_UNDER_TEST, 1);
    await measure(bare.url, 1);
    for (let round = 1; round <= ROUNDS; round++) {
      const app = await measure(URL_UNDER_TEST);
      const base = await measure(bare.url);
      ratios.push(app.rps / base.rps);
      console.log(`\n第 ${round} 轮`);
      console.log(line("应用", app));
      console.log(line("裸服务器", base));
    }
  } finally {
    bare.stop();
  }
  const worst = Math.min(...ratios);
  console.log(`\n应用 / 裸服务器 = ${ratios.map((r) => r.toFixed(2)).join("、")}（取最低 ${worst.toFixed(2)}，目标 ≥ ${RATE_TARGET}）${worst >= RATE_TARGET ? "：达标" : "：未达标"}`);

  const js = await shippedJs(URL_UNDER_TEST, html.toString("utf8"));
  const total = js.files.reduce((s, f) => s + f.gz, 0);
  console.log(`\n页面加载的 JavaScript（${js.files.length} 个文件，gzip 压缩后）：`);
  for (const f of js.files) console.log(`  ${f.src.padEnd(60)} ${kb(f.raw).padStart(10)} → ${kb(f.gz).padStart(9)}`);
  console.log(`  合计 ${kb(total)}（目标 < ${JS_TARGET_KB} KB）${total < JS_TARGET_KB * 1024 ? "：达标" : "：未达标"}`);
  console.log(`  另：HTML 内联脚本（页面数据）gzip 后 ${kb(js.inlineGz)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
