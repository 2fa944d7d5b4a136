import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkActionBody } from "./action-guard";

/**
 * The guard against React itself: every body the guard lets through must decode with React's decoder
 * (as Next runs it), and the malformed classes it refuses must really be ones React fails on. If a React
 * upgrade changes the reply format, this is the test that says so.
 */
interface Sample {
  name: string;
  contentType: string;
  body: Buffer;
}

const TEXT = "text/plain;charset=UTF-8";
const text = (name: string, body: string): Sample => ({ name, contentType: TEXT, body: Buffer.from(body) });

async function form(name: string, entries: [string, string | Blob][]): Promise<Sample> {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  const req = new Request("http://localhost/", { method: "POST", body: data });
  return { name, contentType: req.headers.get("content-type")!, body: Buffer.from(await req.arrayBuffer()) };
}

function decodeWithReact(samples: Sample[]): { ok: boolean; error?: string }[] {
  const run = spawnSync(process.execPath, ["--conditions=react-server", path.join(__dirname, "testing/react-decode.mjs")], {
    input: JSON.stringify(samples.map((s) => ({ contentType: s.contentType, body: s.body.toString("base64") }))),
    env: { ...process.env, NODE_ENV: "production" },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  if (run.status !== 0) throw new Error(`react-decode failed: ${run.stderr.toString()}`);
  return JSON.parse(run.stdout.toString());
}

/** A small random reply: nested values with strings that are sometimes Flight tags, valid or not. */
function randomReply(rand: () => number): string {
  const tags = ["$$x", "$", "$0", "$1", "$@0", "$@1", "$Q0", "$W0", "$K1", "$B1", "$o1", "$T", "$h0", "$R0", "$undefined", "$NaN", "$-0", "$-x", "$D2020", "$n12", "$n1e3", "$0:0", "$0:1", "$0:0:0", "$0:x", "$zz", "$I", "$u", "$H"];
  const value = (depth: number): unknown => {
    const r = rand();
    if (depth > 3 || r < 0.3) return tags[Math.floor(rand() * tags.length)];
    if (r < 0.45) return Math.floor(rand() * 100);
    if (r < 0.55) return "普通文本";
    if (r < 0.8) return Array.from({ length: Math.floor(rand() * 4) }, () => value(depth + 1));
    return Object.fromEntries(Array.from({ length: Math.floor(rand() * 3) }, (_, i) => [`k${i}`, value(depth + 1)]));
  };
  const root = rand() < 0.9 ? Array.from({ length: 1 + Math.floor(rand() * 3) }, () => value(1)) : value(0);
  return JSON.stringify(root);
}

/** mulberry32: a small seeded generator, so that a failure can be replayed. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("action guard against React's decoder", () => {
  it("lets through only bodies React decodes, and refuses the malformed classes React fails on", { timeout: 120_000 }, async () => {
    const valid = [
      text("arguments", '[{"reportId":1,"cells":[{"key":"t1.r1.c1","value":"12","base":0}]}]'),
      text("escapes and values", JSON.stringify(["$$", "$$5", "$undefined", "$NaN", "$Infinity", "$-Infinity", "$-0", "$D2024-01-01T00:00:00.000Z", "$n123", "$K1"])),
      text("a repeated object", '[{"a":{"x":1},"b":"$0:0:a"}]'),
      await form("FormData with a file", [["_1_reportId", "12"], ["_1_file", new File([new Uint8Array([80, 75, 3, 4])], "a.xlsx")], ["0", '["$K1"]']]),
      await form("outlined parts", [["1", '{"a":{"b":1}}'], ["2", '[["k",1]]'], ["3", "[1,2]"], ["5", new Blob(["x"])], ["6", new Blob([new Uint8Array(3)])], ["7", new Blob([new Uint8Array(8)])], ["0", '["$1","$Q2","$W3","$@4","$B5","$o6","$L7","$1:a"]'], ["4", '"done"']]),
    ];
    const malformed = [
      text("not JSON", "hello"),
      text("cut-off JSON", '[{"reportId":1,'),
      text("deep nesting", "[".repeat(200_000) + "]".repeat(200_000)),
      text("a huge array", "[[" + "0,".repeat(1_000_000) + "0]]"),
      text("arguments that are not a list", "5"),
      text("a missing part", '["$1"]'),
      text("a missing promise", '["$@1"]'),
      text("a missing Map", '["$Q1"]'),
      text("a missing file", '["$B1"]'),
      text("a bad path", '[{"a":"x"},"$0:7"]'),
      text("a bare dollar", '["$"]'),
      text("an unknown tag", '["$Z"]'),
      text("a bad BigInt", '["$n1.5"]'),
      await form("no root part", [["1", "[]"]]),
      await form("a Map over an object", [["1", '{"k":1}'], ["0", '["$Q1"]']]),
      await form("a Map twice", [["1", "[]"], ["0", '["$Q1","$Q1"]']]),
      await form("a misaligned typed array", [["1", new Blob([new Uint8Array(3)])], ["0", '["$L1"]']]),
      await form("a root before its parts", [["0", '["$1"]'], ["1", "{}"]]),
      await form("a root before its file", [["0", '["$B1"]'], ["1", new Blob(["x"])]]),
      await form("cut-off multipart", [["_1_file", new File(["x".repeat(100)], "a.xlsx")], ["0", '["$K1"]']]),
    ];
    malformed[malformed.length - 1].body = malformed[malformed.length - 1].body.subarray(0, -20);

    const rand = seeded(Number(process.env.GUARD_SEED ?? 9));
    const fuzzed = Array.from({ length: Number(process.env.GUARD_FUZZ ?? 1500) }, (_, i) => text(`fuzz ${i}`, randomReply(rand)));
    // Multipart: a few random parts (text or file) in a random order around the root.
    for (let i = 0; i < 400; i++) {
      const entries: [string, string | Blob][] = [["0", randomReply(rand)]];
      for (let id = 1; id <= 2; id++) {
        const r = rand();
        if (r < 0.4) entries.push([String(id), randomReply(rand)]);
        else if (r < 0.7) entries.push([String(id), new Blob([new Uint8Array(Math.floor(rand() * 9))])]);
      }
      entries.sort(() => rand() - 0.5);
      fuzzed.push(await form(`fuzz multipart ${i}`, entries));
    }

    const samples = [...valid, ...malformed, ...fuzzed];
    const react = decodeWithReact(samples);
    const guard = await Promise.all(samples.map((s) => checkActionBody("fetch", s.contentType, s.body)));

    for (let i = 0; i < valid.length; i++) {
      expect(guard[i], valid[i].name).toBeNull();
      expect(react[i], valid[i].name).toEqual({ ok: true });
    }
    for (let i = valid.length; i < valid.length + malformed.length; i++) {
      expect(guard[i]?.status, samples[i].name).toBe(400);
      expect(react[i].ok, `${samples[i].name}: React decodes it, so the guard need not refuse it`).toBe(false);
    }
    const letThrough = samples.flatMap((s, i) => (guard[i] === null && !react[i].ok ? [`${s.name}: ${s.body.toString().slice(0, 200)} → ${react[i].error}`] : []));
    expect(letThrough).toEqual([]);
    // The fuzz must exercise both sides.
    const fuzzAccepted = fuzzed.filter((_, i) => guard[valid.length + malformed.length + i] === null).length;
    expect(fuzzAccepted).toBeGreaterThan(100);
    expect(fuzzAccepted).toBeLessThan(fuzzed.length - 100);
    if (process.env.GUARD_STATS) {
      const stricter = fuzzed.flatMap((s, i) => (guard[valid.length + malformed.length + i] !== null && react[valid.length + malformed.length + i].ok ? [`${s.body.toString().slice(0, 300)} (${guard[valid.length + malformed.length + i]!.reason})`] : []));
      console.log(`fuzz: ${fuzzAccepted} accepted, ${stricter.length} refused that React decodes:\n${stricter.slice(0, 40).join("\n")}`);
    }
  });
});
