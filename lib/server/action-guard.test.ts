import { describe, expect, it } from "vitest";
import { actionRequestKind, checkActionBody, declaredLengthRefusal } from "./action-guard";
import { ACTION_BODY_LIMIT_BYTES } from "./action-limits";

const TEXT = "text/plain;charset=UTF-8";

const fetchBody = (text: string) => checkActionBody("fetch", TEXT, Buffer.from(text));

/** A multipart body exactly as the browser's fetch would encode this FormData. */
async function multipart(form: FormData): Promise<{ contentType: string; body: Buffer }> {
  const req = new Request("http://localhost/", { method: "POST", body: form });
  return { contentType: req.headers.get("content-type")!, body: Buffer.from(await req.arrayBuffer()) };
}

async function fetchForm(entries: [string, string | Blob][]) {
  const form = new FormData();
  for (const [k, v] of entries) form.append(k, v);
  const { contentType, body } = await multipart(form);
  return checkActionBody("fetch", contentType, body);
}

describe("actionRequestKind", () => {
  it("guards server action calls and no-script form posts to pages", () => {
    expect(actionRequestKind("POST", "/workspace/reports/1", { "next-action": "7f00", "content-type": TEXT })).toBe("fetch");
    expect(actionRequestKind("POST", "/login", { "content-type": "multipart/form-data; boundary=x" })).toBe("form");
  });

  it("leaves everything else to Next", () => {
    expect(actionRequestKind("GET", "/workspace", { "next-action": "7f00" })).toBeNull();
    expect(actionRequestKind("POST", "/api/auth/signout", { "content-type": "multipart/form-data; boundary=x" })).toBeNull();
    expect(actionRequestKind("POST", "/login", { "content-type": "application/x-www-form-urlencoded" })).toBeNull();
    // Next answers these itself (not found) without reading the body.
    expect(actionRequestKind("POST", "/login", { "next-action": "7f00", "content-type": "application/x-www-form-urlencoded" })).toBeNull();
  });
});

describe("declaredLengthRefusal", () => {
  it("refuses a body declared over the limit before reading it, in Chinese, as 413", () => {
    const refusal = declaredLengthRefusal({ "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) });
    expect(refusal?.status).toBe(413);
    expect(refusal?.message).toMatch(/超过 6 MB/);
    expect(declaredLengthRefusal({ "content-length": String(ACTION_BODY_LIMIT_BYTES) })).toBeNull();
    expect(declaredLengthRefusal({})).toBeNull();
  });
});

describe("checkActionBody: plain JSON replies", () => {
  it("accepts what React's encodeReply writes for plain arguments", async () => {
    expect(await fetchBody('[{"reportId":1,"cells":[{"key":"t1.r1.c1","value":"12","base":0}]}]')).toBeNull();
    expect(await fetchBody("[]")).toBeNull();
    expect(await fetchBody('[1,"两个",null,true,{"a":[[1,2],[3]]}]')).toBeNull();
  });

  it("accepts React's escapes and special values", async () => {
    const specials = ["$$", "$$5", "$$$K1", "$undefined", "$NaN", "$Infinity", "$-Infinity", "$-0", "$D2024-01-01T00:00:00.000Z", "$n123", "$n-45", "$K1", "$0"];
    expect(await fetchBody(JSON.stringify(specials))).toBeNull();
  });

  it("accepts a reference to an object written earlier in the same reply", async () => {
    expect(await fetchBody('[{"a":{"x":1},"b":"$0:0:a"}]')).toBeNull();
  });

  it.each([
    ["not JSON", "hello"],
    ["cut-off JSON", '[{"reportId":1,'],
    ["an empty body", ""],
    ["JSON5", "[1,]"],
  ])("refuses %s", async (_name, text) => {
    const refusal = await fetchBody(text);
    expect(refusal).toMatchObject({ status: 400, reason: "not-json" });
    expect(refusal?.message).toMatch(/^提交的数据格式不正确/);
  });

  it("refuses arguments that are not a list", async () => {
    for (const text of ['{"a":1}', "5", '"x"', "null"]) expect(await fetchBody(text), text).toMatchObject({ status: 400, reason: "not-args" });
  });

  it("refuses more arguments than Next accepts", async () => {
    expect(await fetchBody(JSON.stringify(Array(1001).fill(0)))).toMatchObject({ status: 400, reason: "too-many-args" });
    expect(await fetchBody(JSON.stringify(Array(1000).fill(0)))).toBeNull();
  });

  it("refuses deep nesting quickly, without parsing it", async () => {
    const deep = "[".repeat(200_000) + "]".repeat(200_000);
    const started = performance.now();
    expect(await fetchBody(deep)).toMatchObject({ status: 400, reason: "too-deep" });
    expect(performance.now() - started).toBeLessThan(100);
    expect(await fetchBody("[".repeat(65) + "]".repeat(65))).toMatchObject({ reason: "too-deep" });
    expect(await fetchBody("[".repeat(64) + "]".repeat(64))).toBeNull();
    // Brackets inside strings are text.
    expect(await fetchBody(JSON.stringify(["[".repeat(1000)]))).toBeNull();
  });

  it("refuses arrays larger than React revives", async () => {
    expect(await fetchBody("[[" + "0,".repeat(1_000_000) + "0]]")).toMatchObject({ status: 400, reason: "array-too-large" });
    // Text directly inside arrays counts too.
    expect(await fetchBody(JSON.stringify(["x".repeat(600_000), "y".repeat(600_000)]))).toMatchObject({ reason: "array-too-large" });
  });

  it.each([
    ["a part that is not there", "$1"],
    ["a promise part that is not there", "$@1"],
    ["a Map part that is not there", "$Q1"],
    ["a Set part that is not there", "$W1"],
    ["an iterator part that is not there", "$i1"],
    ["a file that is not there", "$B1"],
    ["a typed array that is not there", "$o1"],
    ["a temporary reference", "$T"],
    ["a server function", "$h1"],
    ["a stream", "$R1"],
    ["an async iterable", "$x1"],
    ["an unknown tag", "$Z"],
    ["a bare dollar", "$"],
    ["a bad path", "$0:7"],
    ["a path through a value", "$0:0:a:b"],
    ["a BigInt that is not an integer", "$n1.5"],
    ["a BigInt that is too long", "$n" + "9".repeat(301)],
  ])("refuses an unescaped Flight reference: %s", async (_name, ref) => {
    expect(await fetchBody(JSON.stringify([{ a: "x" }, ref]))).toMatchObject({ status: 400, reason: "bad-reference" });
  });
});

describe("checkActionBody: multipart replies", () => {
  it("accepts FormData arguments with a file, as the import form sends them", async () => {
    expect(
      await fetchForm([
        ["_1_reportId", "12"],
        ["_1_file", new File([new Uint8Array([80, 75, 3, 4])], "报告.xlsx", { type: "application/octet-stream" })],
        ["0", '["$K1"]'],
      ]),
    ).toBeNull();
  });

  it("accepts outlined parts, Maps, Sets, promises, files and typed arrays that are there", async () => {
    // encodeReply writes each part before the part that refers to it, the root last.
    expect(
      await fetchForm([
        ["1", '{"a":{"b":1}}'],
        ["2", '[["k",1]]'],
        ["3", "[1,2]"],
        ["5", new Blob(["文件内容"])],
        ["6", new Blob([new Uint8Array(3)])],
        ["7", new Blob([new Uint8Array(8)])],
        ["0", '["$1","$Q2","$W3","$@4","$B5","$o6","$L7","$1:a"]'],
        // A promise's part may come later: it is read when awaited.
        ["4", '"done"'],
      ]),
    ).toBeNull();
  });

  it("refuses a root that arrives before a part it needs at once", async () => {
    expect(await fetchForm([["0", '["$1"]'], ["1", "{}"]])).toMatchObject({ status: 400, reason: "bad-reference" });
    expect(await fetchForm([["0", '["$B1"]'], ["1", new Blob(["x"])]])).toMatchObject({ status: 400, reason: "bad-reference" });
    expect(await fetchForm([["2", "[]"], ["0", '["$1"]'], ["1", '["$2"]']])).toMatchObject({ status: 400, reason: "bad-reference" });
  });

  it("refuses a part given twice", async () => {
    expect(await fetchForm([["1", "{}"], ["1", "[]"], ["0", '["$1"]']])).toMatchObject({ status: 400, reason: "bad-multipart" });
  });

  it("refuses a reply without its root part", async () => {
    expect(await fetchForm([["1", "[]"]])).toMatchObject({ status: 400, reason: "missing-part" });
  });

  it("refuses parts that are not JSON, or too deep", async () => {
    expect(await fetchForm([["0", "{not json"]])).toMatchObject({ status: 400, reason: "not-json" });
    expect(await fetchForm([["1", "{not json"], ["0", '["$1"]']])).toMatchObject({ status: 400, reason: "not-json" });
    expect(await fetchForm([["1", "[".repeat(100) + "]".repeat(100)], ["0", '["$1"]']])).toMatchObject({ reason: "too-deep" });
  });

  it("refuses references React would choke on", async () => {
    expect(await fetchForm([["1", '{"k":1}'], ["0", '["$Q1"]']])).toMatchObject({ reason: "bad-reference" });
    expect(await fetchForm([["1", "[]"], ["0", '["$Q1","$Q1"]']])).toMatchObject({ reason: "bad-reference" });
    expect(await fetchForm([["1", "text, not a file"], ["0", '["$B1"]']])).toMatchObject({ reason: "bad-reference" });
    expect(await fetchForm([["1", new Blob([new Uint8Array(3)])], ["0", '["$L1"]']])).toMatchObject({ reason: "bad-reference" });
    expect(await fetchForm([["1", '{"a":1}'], ["0", '["$1:x"]']])).toMatchObject({ reason: "bad-reference" });
  });

  it("refuses broken multipart bodies", async () => {
    const { contentType, body } = await multipart(Object.assign(new FormData(), {}));
    const form = new FormData();
    form.append("0", '["$K1"]');
    form.append("_1_file", new Blob(["x".repeat(1000)]), "a.xlsx");
    const good = await multipart(form);
    const cases: [string, string, Buffer][] = [
      ["cut off", good.contentType, good.body.subarray(0, good.body.length - 30)],
      ["no boundary", "multipart/form-data", good.body],
      ["garbage", good.contentType, Buffer.from("这不是表单")],
      ["wrong boundary", "multipart/form-data; boundary=nothere", good.body],
      ["empty", contentType, body.subarray(0, 0)],
    ];
    for (const [name, type, bytes] of cases) {
      expect(await checkActionBody("fetch", type, bytes), name).toMatchObject({ status: 400, reason: expect.stringMatching(/^(bad-multipart|missing-part)$/) });
    }
  });

  it("refuses a base64-encoded file part, which React does not accept", async () => {
    const body = Buffer.from(
      ["--b", 'Content-Disposition: form-data; name="0"', "", '["$B1"]', "--b", 'Content-Disposition: form-data; name="1"; filename="a"', "Content-Transfer-Encoding: base64", "", "YWJj", "--b--", ""].join("\r\n"),
    );
    expect(await checkActionBody("fetch", "multipart/form-data; boundary=b", body)).toMatchObject({ status: 400, reason: "bad-multipart" });
  });
});

describe("checkActionBody: form posts without JavaScript", () => {
  async function formPost(entries: [string, string][]) {
    const form = new FormData();
    for (const [k, v] of entries) form.append(k, v);
    const { contentType, body } = await multipart(form);
    return checkActionBody("form", contentType, body);
  }

  it("accepts a plain form post and a form bound to arguments", async () => {
    expect(await formPost([["$ACTION_ID_7f00aa", ""], ["username", "edu-editor"]])).toBeNull();
    expect(await formPost([["$ACTION_REF_1", ""], ["$ACTION_1:0", '{"id":"7f00aa","bound":"$@1"}'], ["$ACTION_1:1", "[12]"], ["$ACTION_KEY", "k0"]])).toBeNull();
    // Any other multipart post to a page: Next decides it is not an action.
    expect(await formPost([["q", "教育"]])).toBeNull();
  });

  it("refuses a bound form whose argument parts are broken", async () => {
    expect(await formPost([["$ACTION_REF_1", ""], ["$ACTION_1:0", "garbage"]])).toMatchObject({ status: 400, reason: "not-json" });
    expect(await formPost([["$ACTION_REF_1", ""]])).toMatchObject({ status: 400, reason: "missing-part" });
    expect(await formPost([["$ACTION_REF_1", ""], ["$ACTION_1:0", '{"id":"7f00aa","bound":"$@1"}']])).toMatchObject({ reason: "bad-reference" });
    expect(await formPost([["$ACTION_REF_1", ""], ["$ACTION_1:0", '["not","an","action"]']])).toMatchObject({ reason: "not-args" });
  });

  it("refuses a broken multipart form post", async () => {
    expect(await checkActionBody("form", "multipart/form-data; boundary=b", Buffer.from("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx"))).toMatchObject({
      status: 400,
      reason: "bad-multipart",
    });
  });
});
