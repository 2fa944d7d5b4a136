import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { newSignedInPage, signIn, signInFirstTime } from "./helpers";

// Unique per run, so the spec also passes against a database it has already run on.
const tag = Date.now().toString(36);
// Meets the password rule (10+ characters, three kinds, not common, not the username).
const INITIAL_PASSWORD = "Lantern-Start-26";

test.afterAll(() => {
  // The year this spec opens would become every unit's latest year: remove it so later specs see the demo's years.
  const db = new Database("data/e2e.db");
  try {
    db.pragma("foreign_keys = ON");
    db.transaction(() => {
      db.prepare("delete from reports where year = 2022").run();
      db.prepare("delete from report_year_units where year = 2022").run();
      db.prepare("delete from report_years where year = 2022").run();
    })();
  } finally {
    db.close();
  }
});

/** Adds a unit through the administration's form. */
async function addUnit(page: Page, code: string, name: string) {
  await page.goto("/workspace/admin/units");
  const add = page.getByRole("form", { name: "添加单位" });
  await add.getByLabel("单位代码").fill(code);
  await add.getByLabel("单位名称").fill(name);
  await add.getByLabel("单位类型").selectOption({ label: "区级部门" });
  await add.getByRole("button", { name: "添加单位" }).click();
  await expect(add.getByRole("status")).toContainText(`已添加单位“${name}”`);
}

/** Creates an editor for a unit, with the initial password INITIAL_PASSWORD. */
async function addEditor(page: Page, username: string, displayName: string, unitName: string) {
  await page.goto("/workspace/admin/accounts/new");
  const main = page.getByRole("main");
  await main.getByLabel("用户名").fill(username);
  await main.getByLabel("姓名或称呼").fill(displayName);
  await main.getByLabel("所属单位").selectOption({ label: unitName });
  await main.getByLabel("角色").selectOption({ label: "填报员" });
  await main.getByLabel("初始密码").fill(INITIAL_PASSWORD);
  await main.getByRole("button", { name: "创建账户" }).click();
  await expect(main.getByRole("status")).toContainText(`已创建账户 ${username}`);
}

test("the administrator adds a unit and an editor for it, who then signs in to it", async ({ page, browser }) => {
  const code = `e2e-${tag}`;
  const name = `区测试管理局${tag}`;
  await signIn(page, "admin");

  await addUnit(page, code, name);
  await expect(page.getByRole("link", { name })).toBeVisible();
  await addEditor(page, `${code}-editor`, "测试填报员", name);

  // The account is listed with its unit and role.
  await page.goto(`/workspace/admin/accounts?q=${code}`);
  const row = page.getByRole("row", { name: new RegExp(`${code}-editor`) });
  await expect(row).toContainText(name);
  await expect(row).toContainText("填报员");

  // The new person, in a browser of their own.
  const context = await browser.newContext();
  try {
    const editor = await context.newPage();
    await signInFirstTime(editor, `${code}-editor`, INITIAL_PASSWORD, "MyOwnPass2026");
    await expect(editor.getByText(name).first()).toBeVisible();
  } finally {
    await context.close();
  }
});

test("the administrator opens report year 2022 from 2021 and sees it listed", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/workspace/admin/years");
  await page.getByRole("button", { name: "创建2022年度…" }).click();
  await page.getByRole("button", { name: "确认创建2022年度" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("已创建2022年度，并为 77 个单位建立了年度报告");

  const row = page.getByRole("row", { name: /2022年度/ });
  await expect(row).toContainText("2021年版");
  await expect(row).toContainText("2023年1月31日");
  await expect(row).toContainText("77");

  await row.getByRole("link", { name: "2022年度" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("2022年度设置");
  await expect(page.getByRole("heading", { name: "应报单位（77）" })).toBeVisible();
});

test("a reviewer can neither open the administration nor use its actions", async ({ page, browser }) => {
  const reviewer = await newSignedInPage(browser, "reviewer");
  for (const path of ["/workspace/admin", "/workspace/admin/units", "/workspace/admin/accounts", "/workspace/admin/years/2021", "/workspace/admin/audit"]) {
    const response = await reviewer.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await reviewer.goto("/workspace");
  await expect(reviewer.getByRole("link", { name: "系统管理" })).toHaveCount(0);

  // A crafted request: the administrator's own add-unit action, replayed with the reviewer's session.
  await signIn(page, "admin");
  await page.goto("/workspace/admin/units");
  const add = page.getByRole("form", { name: "添加单位" });
  await add.getByLabel("单位代码").fill(`ok-${tag}`);
  await add.getByLabel("单位名称").fill(`区正常添加局${tag}`);
  const actionRequest = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await add.getByRole("button", { name: "添加单位" }).click();
  const request = await actionRequest;
  await expect(add.getByRole("status")).toContainText("已添加单位");
  const body = request.postData()!;
  expect(body).toContain(`ok-${tag}`);
  const forged = body.replace(`ok-${tag}`, `forged-${tag}`).replace(`区正常添加局${tag}`, `区伪造局${tag}`);
  const answer = await reviewer.request.post(request.url(), { headers: request.headers(), data: forged });
  expect(await answer.text()).toContain("仅管理员可以进行此操作");

  await page.goto(`/workspace/admin/units?status=all&q=${tag}`);
  await expect(page.getByRole("link", { name: `区正常添加局${tag}` })).toBeVisible();
  await expect(page.getByText(`区伪造局${tag}`)).toHaveCount(0);
  await reviewer.context().close();
});

test("a failed sign-in appears in the security audit, with the address it came from", async ({ page, browser }) => {
  const stranger = await browser.newPage();
  await stranger.goto("/login");
  await stranger.getByLabel("用户名").fill("kjj-editor");
  await stranger.getByLabel("密码").fill("not-the-password");
  await stranger.getByRole("button", { name: "登录" }).click();
  await expect(stranger.locator("form").getByRole("alert")).toHaveText("用户名或密码错误。");
  await stranger.close();

  await signIn(page, "admin");
  await page.goto("/workspace/admin");
  await page.getByRole("navigation", { name: "系统管理" }).getByRole("link", { name: "安全审计" }).click();
  await page.getByLabel("类别").selectOption({ label: "登录" });
  await page.getByLabel("用户名或对象").fill("kjj-editor");
  await page.getByRole("button", { name: "筛选" }).click();
  const row = page.getByTestId("audit-row").first();
  await expect(row).toContainText("登录失败");
  await expect(row).toContainText("密码错误");
  await expect(row).toContainText("127.0.0.1");
  // The administrator's own sign-in is there too.
  await page.getByLabel("用户名或对象").fill("admin");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page.getByTestId("audit-row").filter({ hasText: "登录" }).first()).toBeVisible();
});

test("机构改革: the administrator merges one unit into another; its people move and it is retired", async ({ page, browser }) => {
  await signIn(page, "admin");
  const oldName = `区旧局${tag}`;
  const newName = `区新局${tag}`;
  await addUnit(page, `old-${tag}`, oldName);
  await addUnit(page, `new-${tag}`, newName);
  await addEditor(page, `old-${tag}-editor`, "旧局填报员", oldName);

  await page.goto("/workspace/admin/units");
  await page.getByRole("link", { name: oldName }).click();
  await expect(page).toHaveURL(/\/workspace\/admin\/units\/\d+$/);
  const oldUnitUrl = page.url();
  await page.getByLabel("并入").selectOption({ label: newName });
  await page.getByRole("button", { name: "合并…" }).click();
  await page.getByRole("button", { name: `确认并入${newName}` }).click();
  // On to the unit it joined: the person is listed there now, and the old unit is retired.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(newName);
  await expect(page.getByRole("status").filter({ hasText: `“${oldName}”已并入本单位并撤销` })).toBeVisible();
  await expect(page.getByRole("link", { name: `old-${tag}-editor` })).toBeVisible();
  await page.goto(oldUnitUrl);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("已撤销");
  await expect(page.getByText("本单位暂无账户。")).toBeVisible();
  await expect(page.getByRole("link", { name: newName })).toBeVisible();

  // The person now works for the new unit.
  const person = await browser.newPage();
  await signInFirstTime(person, `old-${tag}-editor`, INITIAL_PASSWORD, "MyOwnPass2026");
  await expect(person.getByText(newName).first()).toBeVisible();
});

test("the administrator sets a unit's 全称 and 机构序列; a 机构序列 that is not a whole number is refused", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/workspace/admin/units?q=zsb");
  await page.getByRole("link", { name: "区房屋征收管理办公室" }).click();
  await expect(page).toHaveURL(/\/workspace\/admin\/units\/\d+$/);
  const form = page.getByRole("form", { name: "名称和类型" });
  const fullName = form.getByLabel("单位全称（用于报告标题）");
  const sortOrder = form.getByLabel("机构序列");
  await expect(fullName).toHaveAccessibleDescription("如：宁波市北仑区教育局；不填则用单位名称");
  const was = { fullName: await fullName.inputValue(), sortOrder: Number(await sortOrder.inputValue()) };
  // One more than its own place: the demo's units are ten apart, so no list changes order.
  const moved = was.sortOrder + 1;

  await fullName.fill("宁波市北仑区房屋征收管理办公室");
  await sortOrder.fill(String(moved));
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.getByRole("status")).toHaveText("已保存。");
  await page.reload();
  await expect(fullName).toHaveValue("宁波市北仑区房屋征收管理办公室");
  await expect(sortOrder).toHaveValue(String(moved));

  for (const bad of ["-1", "1.5"]) {
    await page.reload();
    await sortOrder.fill(bad);
    await form.getByRole("button", { name: "保存" }).click();
    await expect(form.getByText("机构序列应为 0 至 99999 的整数"), bad).toBeVisible();
    await expect(sortOrder).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByRole("status")).toHaveCount(0);
  }
  await page.reload();
  await expect(sortOrder).toHaveValue(String(moved));

  // The list shows both.
  await page.goto("/workspace/admin/units?q=zsb");
  const row = page.getByRole("row", { name: /区房屋征收管理办公室/ });
  await expect(row).toContainText("宁波市北仑区房屋征收管理办公室");
  await expect(row.getByRole("cell", { name: String(moved), exact: true })).toBeVisible();

  // Put back as it was, for the specs after this one.
  await row.getByRole("link", { name: "区房屋征收管理办公室" }).click();
  await fullName.fill(was.fullName);
  await sortOrder.fill(String(was.sortOrder));
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.getByRole("status")).toHaveText("已保存。");
});
