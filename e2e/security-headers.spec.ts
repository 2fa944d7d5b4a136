import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { request as httpRequest } from "node:http";
import { openOwnReport, signIn } from "./helpers";

// What the browser is told about scripts (CSP), where the site is (Host trust), and what the server
// answers to action bodies it cannot decode.

/** Collects CSP violations and script errors on a page: the browser reports a blocked script as both. */
function watchForBlockedScripts(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" && /Content Security Policy|CSP violation/i.test(msg.text())) problems.push(msg.text());
  });
  page.on("pageerror", (err) => problems.push(`pageerror: ${err.message}`));
  void page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return problems;
}

const directive = (csp: string, name: string) => csp.split(";").map((d) => d.trim()).find((d) => d.split(" ")[0] === name) ?? "";

function expectScriptsLockedDown(csp: string) {
  const scripts = directive(csp, "script-src");
  expect(scripts).toMatch(/^script-src 'self'/);
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(directive(csp, "object-src")).toBe("object-src 'none'");
  expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'none'");
}

test("cached public pages run their scripts under a policy of hashes, with no nonce anyone could reuse", async ({ page }) => {
  const problems = watchForBlockedScripts(page);
  for (const path of ["/reports/2020/edu", "/reports/2020/edu/v/1/print"]) {
    await page.goto(path);
    const second = (await page.goto(path))!;
    expect(second.headers()["x-page-cache"], path).toBe("hit");
    const csp = second.headers()["content-security-policy"];
    expectScriptsLockedDown(csp);
    expect(directive(csp, "script-src"), path).toMatch(/'sha256-[A-Za-z0-9+/]{43}='/);
    expect(csp, path).not.toContain("'nonce-");
  }
  // The print view is hydrated from the cached copy: its button runs React's click handler.
  await page.evaluate(() => (window.print = () => document.body.setAttribute("data-printed", "yes")));
  // Clicked again until hydration has attached the handler.
  await expect(async () => {
    await page.getByRole("button", { name: "打印" }).click();
    await expect(page.locator("body")).toHaveAttribute("data-printed", "yes", { timeout: 500 });
  }).toPass();
  expect(problems).toEqual([]);
});

test("the login page and the workspace run their scripts under this request's nonce", async ({ page, request }) => {
  const problems = watchForBlockedScripts(page);
  const nonces = [];
  for (let i = 0; i < 2; i++) {
    const res = await request.get("/login");
    const csp = res.headers()["content-security-policy"];
    expectScriptsLockedDown(csp);
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(directive(csp, "script-src"))?.[1];
    expect(nonce).toBeTruthy();
    // Next puts the nonce on every script it renders.
    const html = await res.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    nonces.push(nonce);
  }
  expect(nonces[0]).not.toBe(nonces[1]);

  // Hydrated: the client-side check answers an empty form before anything is sent.
  await page.goto("/login");
  await expect(async () => {
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByText("请输入用户名")).toBeVisible({ timeout: 500 });
  }).toPass();
  await signIn(page, "edu-editor");
  const workspace = (await page.reload())!;
  expectScriptsLockedDown(workspace.headers()["content-security-policy"]);
  expect(directive(workspace.headers()["content-security-policy"], "script-src")).toMatch(/'nonce-/);
  await openOwnReport(page, 2021, "三、收到和处理");
  await expect(page.getByLabel("一、本年新收政府信息公开申请数量 · 自然人", { exact: true })).toBeVisible();
  expect(problems).toEqual([]);
});

test("no page breaks the policy: public pages, the login page and every part of the workspace", async ({ browser }) => {
  const visit = async (username: string | null, paths: string[]) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watchForBlockedScripts(page);
    if (username) await signIn(page, username);
    for (const path of paths) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
    }
    await context.close();
    return problems;
  };
  expect(await visit(null, ["/", "/reports", "/reports?q=%E6%95%99%E8%82%B2", "/reports/2020/bengji", "/reports/2020/bengji", "/reports/2020/bengji/v/1/print", "/login", "/reports/2020/nope"])).toEqual([]);
  expect(
    await visit("admin", ["/workspace", "/workspace/admin", "/workspace/admin/accounts", "/workspace/admin/accounts/new", "/workspace/admin/units", "/workspace/admin/years", "/workspace/admin/audit", "/workspace/notifications", "/workspace/help/checks", "/account/password"]),
  ).toEqual([]);
  expect(await visit("reviewer", ["/workspace", "/workspace/office", "/workspace/office/2021", "/workspace/office/2021/consolidated", "/workspace/office/2020/consolidated"])).toEqual([]);
});

test("signed-out visitors are still sent to the login page", async ({ page }) => {
  await page.goto("/workspace/notifications");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fworkspace%2Fnotifications$/);
  await page.goto("/account/password");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount%2Fpassword$/);
});

test("sitemap and robots ignore a forwarded host sent by a client that is not a trusted proxy", async ({ request }) => {
  const forged = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
  const robots = await (await request.get("/robots.txt", { headers: forged })).text();
  expect(robots).not.toContain("evil.example");
  expect(robots).toMatch(/Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml/);
  const sitemap = await (await request.get("/sitemap.xml", { headers: forged })).text();
  expect(sitemap).not.toContain("evil.example");
  expect(sitemap).toMatch(/<loc>http:\/\/127\.0\.0\.1:\d+\/reports\/2020\/bengji<\/loc>/);
});

test("HSTS is not sent over plain http, whatever a client claims", async ({ request }) => {
  const res = await request.get("/login", { headers: { "x-forwarded-proto": "https" } });
  expect(res.headers()["strict-transport-security"]).toBeUndefined();
});

test("idle connections are kept open longer than common proxies keep theirs", async ({ baseURL }) => {
  const keepAlive = await new Promise<string | undefined>((resolve, reject) => {
    const req = httpRequest(`${baseURL}/robots.txt`, { headers: { connection: "keep-alive" } }, (res) => {
      res.resume();
      resolve(res.headers["keep-alive"] as string | undefined);
    });
    req.on("error", reject);
    req.end();
  });
  expect(keepAlive).toBe("timeout=65");
});

/** The id of the login form's server action, read from the request the browser would send (stopped before it leaves). */
async function loginActionId(page: Page): Promise<string> {
  let id = "";
  await page.route("**/login*", (route) => {
    const action = route.request().headers()["next-action"];
    if (!action) return route.continue();
    id = action;
    return route.abort();
  });
  await page.goto("/login");
  await page.getByLabel("用户名").fill("nobody");
  await page.getByLabel("密码").fill("x");
  await page.getByRole("button", { name: "登录" }).click();
  await expect.poll(() => id).not.toBe("");
  await page.unroute("**/login*");
  return id;
}

async function postAction(request: APIRequestContext, id: string, body: string | Buffer, contentType = "text/plain;charset=UTF-8") {
  const res = await request.post("/login", { headers: { "next-action": id, "content-type": contentType }, data: body });
  return { status: res.status(), type: res.headers()["content-type"], text: await res.text() };
}

test("action bodies the server cannot decode get a short Chinese 400, not a 500", async ({ page, request }) => {
  const id = await loginActionId(page);
  const cases: [string, string | Buffer, string?][] = [
    ["not JSON", "username=admin&password=x"],
    ["deep nesting", "[".repeat(100_000) + "]".repeat(100_000)],
    ["an unescaped Flight reference", '[{"username":"edu-editor","password":"x","callbackUrl":"$1"}]'],
    ["a promise to nothing", '["$@7"]'],
    ["broken multipart", '--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]', "multipart/form-data; boundary=x"],
    ["multipart without a boundary", "garbage", "multipart/form-data"],
  ];
  for (const [name, body, type] of cases) {
    const res = await postAction(request, id, body, type);
    expect(res.status, name).toBe(400);
    expect(res.type, name).toBe("text/plain");
    expect(res.text, name).toMatch(/^提交的数据格式不正确（.+），未做任何修改。$/);
  }
  // A form posted without JavaScript, broken the same way.
  const form = await request.post("/login", { headers: { "content-type": "multipart/form-data; boundary=x" }, data: "--x\r\nContent-Disposition: form-data; name=\"$ACTION_ID_1\"\r\n\r\n" });
  expect(form.status()).toBe(400);

  // A well-formed call still reaches the action and gets its own answer.
  await page.goto("/login");
  await page.getByLabel("用户名").fill("nobody-here");
  await page.getByLabel("密码").fill("wrong-password");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
});

test("an action body over the size limit gets 413 with a Chinese message, not a 500", async ({ page, request }) => {
  const id = await loginActionId(page);
  const big = Buffer.alloc(7 * 1024 * 1024, 0x61);
  const multipart = Buffer.concat([Buffer.from('--x\r\nContent-Disposition: form-data; name="_1_file"; filename="a.xlsx"\r\n\r\n'), big, Buffer.from('\r\n--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--x--\r\n')]);
  const res = await postAction(request, id, multipart, "multipart/form-data; boundary=x");
  expect(res.status).toBe(413);
  expect(res.text).toMatch(/超过 6 MB/);
  // A browser still sending the body reads the answer, not a connection reset.
  await page.goto("/login");
  const inBrowser = await page.evaluate(async (actionId) => {
    const r = await fetch("/login", { method: "POST", headers: { "next-action": actionId }, body: new Blob([new Uint8Array(7 * 1024 * 1024)]) });
    return { status: r.status, text: await r.text() };
  }, id);
  expect(inBrowser.status).toBe(413);
  expect(inBrowser.text).toMatch(/超过 6 MB/);
});
