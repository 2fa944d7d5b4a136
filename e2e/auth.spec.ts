import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, newSignedInPage, signIn } from "./helpers";

test("a unit editor signs in, sees their unit, and signs out", async ({ page }) => {
  await signIn(page, "edu-editor");
  await expect(page.getByRole("heading", { name: "区教育局 · 年度报告" })).toBeVisible();
  await expect(page.getByRole("link", { name: "2021年政府信息公开工作年度报告" })).toBeVisible();
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/workspace");
  await expect(page).toHaveURL(/\/login/);
});

test("five wrong passwords lock the account, even against the right password", async ({ page }) => {
  const form = page.locator("form");
  await page.goto("/login");
  for (let i = 1; i <= 4; i++) {
    await page.getByLabel("用户名").fill("kjj-approver");
    await page.getByLabel("密码").fill(`wrong-${i}`);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(form.getByRole("alert")).toHaveText("用户名或密码错误。");
  }
  await page.getByLabel("密码").fill("wrong-5");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(form.getByRole("alert")).toContainText("账户已锁定 15 分钟");

  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(form.getByRole("alert")).toContainText("账户已锁定");
  await expect(page).toHaveURL(/\/login/);
});

test("a person changes their own password and signs in with the new one", async ({ page }) => {
  await signIn(page, "jtj-editor");
  await page.getByRole("link", { name: "修改密码" }).click();
  await page.getByLabel("当前密码").fill(DEMO_PASSWORD);
  const newPassword = page.getByLabel("新密码", { exact: true });
  // The rule is stated beside the field, and each part of it is enforced.
  await expect(page.getByText("至少 10 位，包含大写字母、小写字母、数字、符号中的至少三类，不能与用户名相同或过于常见")).toBeVisible();
  for (const [weak, why] of [
    ["aaaaaaa1", "新密码至少 10 位"],
    ["trafficjam2027", "新密码须包含大写字母、小写字母、数字、符号中的至少三类"],
    ["Password2027", "新密码过于常见，容易被猜中，请换一个"],
    ["JTJ-Editor-2027", "新密码不能包含用户名"],
  ]) {
    await newPassword.fill(weak);
    await page.getByLabel("确认新密码").fill(weak);
    await page.getByRole("button", { name: "修改密码" }).click();
    await expect(page.getByText(why), weak).toBeVisible();
  }

  await newPassword.fill("Traffic2027");
  await page.getByLabel("确认新密码").fill("Traffic2027");
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page.getByRole("status")).toContainText("密码已修改");

  await page.context().clearCookies();
  await page.goto("/login");
  await page.getByLabel("用户名").fill("jtj-editor");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("用户名或密码错误。");
  await signIn(page, "jtj-editor", "Traffic2027");
});

test("a sign-in link whose callbackUrl names another site lands on this one, signing in and when signed in already", async ({ page, baseURL }) => {
  const elsewhere: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(baseURL!)) elsewhere.push(r.url());
  });
  await page.context().route((url) => !url.href.startsWith(baseURL!), (route) => route.abort());

  // A tab the browser drops turns "/\t/evil.example/phish" into "//evil.example/phish", another site.
  await page.goto("/login?callbackUrl=%2F%09%2Fevil.example%2Fphish");
  await page.getByLabel("用户名").fill("sfj-editor");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(`${baseURL}/workspace`);

  for (const callbackUrl of ["%2F%09%2Fevil.example%2Fphish", "%2F%0a%2Fevil.example", "%2F%0d%2Fevil.example", "%2F%5c%2Fevil.example", "%2F%5cevil.example", "https%3A%2F%2Fevil.example%2F"]) {
    await page.goto(`/login?callbackUrl=${callbackUrl}`);
    await expect(page, callbackUrl).toHaveURL(`${baseURL}/workspace`);
  }
  // A path on this site is still honoured.
  await page.goto(`/login?callbackUrl=${encodeURIComponent("/account/password")}`);
  await expect(page).toHaveURL(`${baseURL}/account/password`);
  expect(elsewhere).toEqual([]);
});

test("signing out through Auth.js's own /api/auth/signout ends the session: a copy of the old cookie no longer works", async ({ page, browser }) => {
  await signIn(page, "rsj-editor");
  const cookies = await page.context().cookies();
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  const out = await page.request.post("/api/auth/signout", { form: { csrfToken, callbackUrl: "/login" }, maxRedirects: 0 });
  expect(out.status()).toBeLessThan(400);

  // Someone who kept the cookie from before.
  const replay = await browser.newContext();
  try {
    await replay.addCookies(cookies);
    const again = await replay.newPage();
    await again.goto("/workspace");
    await expect(again).toHaveURL(/\/login/);
  } finally {
    await replay.close();
  }
});

test("another unit's report and a wrong current password are refused and appear in the security audit, with the connection's address", async ({ page, browser }) => {
  const db = new Database("data/e2e.db", { readonly: true });
  const { id } = db.prepare("select r.id from reports r join units u on u.id = r.unit_id where u.code = 'edu' and r.year = 2021").get() as { id: number };
  db.close();

  await signIn(page, "nyj-editor");
  expect((await page.goto(`/workspace/reports/${id}`))?.status()).toBe(404);
  await page.goto("/account/password");
  await page.getByLabel("当前密码").fill("Not-my-password-1");
  await page.getByLabel("新密码", { exact: true }).fill("Harbour-7315x");
  await page.getByLabel("确认新密码").fill("Harbour-7315x");
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("当前密码不正确。");

  const admin = await newSignedInPage(browser, "admin");
  try {
    await admin.goto("/workspace/admin/audit?group=refusals&q=nyj-editor");
    const rows = admin.getByTestId("audit-row");
    const refusal = rows.filter({ hasText: "拒绝访问" });
    await expect(refusal).toHaveCount(1);
    await expect(refusal).toContainText(`报告 #${id}（区教育局 2021年度）`);
    await expect(refusal).toContainText("127.0.0.1");
    const guess = rows.filter({ hasText: "修改密码时当前密码错误" });
    await expect(guess).toHaveCount(1);
    await expect(guess).toContainText("当前密码错误");
    await expect(guess).toContainText("127.0.0.1");
  } finally {
    await admin.context().close();
  }
});

test("a sign-in sent before the page's script has run never puts the password in the address", async ({ browser }) => {
  // As on a slow connection: the person types and presses 登录 before the form's script has loaded.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("用户名").fill("edu-editor");
  await page.getByLabel("密码").fill("Demo2026");
  const [response] = await Promise.all([page.waitForEvent("response", (r) => r.request().isNavigationRequest()), page.getByRole("button", { name: "登录" }).click()]);
  expect(response.request().method()).toBe("POST");
  expect(response.status()).toBeLessThan(500);
  expect(page.url()).not.toContain("Demo2026");
  expect(page.url()).not.toContain("password");
  await context.close();
});
