import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

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
  await page.getByLabel("新密码（至少 8 位，含字母和数字）").fill("short");
  await page.getByLabel("确认新密码").fill("short");
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page.getByText("新密码至少 8 位")).toBeVisible();

  await page.getByLabel("新密码（至少 8 位，含字母和数字）").fill("Traffic2027");
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
