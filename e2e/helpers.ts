import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Demo2026";

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/workspace/);
}

/**
 * A first sign-in with the password an administrator chose: the person is sent to choose their own
 * before anything else, and then goes on to the workspace.
 */
export async function signInFirstTime(page: Page, username: string, initialPassword: string, ownPassword: string) {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(initialPassword);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(page.getByRole("note")).toContainText("请先设置只有您自己知道的新密码");
  // The workspace stays closed until then.
  await page.goto("/workspace");
  await expect(page).toHaveURL(/\/account\/password$/);
  await page.getByLabel("当前密码").fill(initialPassword);
  await expect(page.getByText("至少 10 位，包含大写字母、小写字母、数字、符号中的至少三类")).toBeVisible();
  await page.getByLabel("新密码", { exact: true }).fill(ownPassword);
  await page.getByLabel("确认新密码").fill(ownPassword);
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page).toHaveURL(/\/workspace$/);
}

export async function newSignedInPage(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, username);
  return page;
}

/** Opens the signed-in unit's report for a year from the workspace list; returns the report's id. */
export async function openOwnReport(page: Page, year: number, section?: string): Promise<number> {
  await page.goto("/workspace");
  await page.getByRole("link", { name: `${year}年政府信息公开工作年度报告` }).click();
  await expect(page).toHaveURL(/\/workspace\/reports\/\d+/);
  const id = Number(/reports\/(\d+)/.exec(page.url())![1]);
  if (section) await page.getByRole("button", { name: new RegExp(`^${section}`) }).click();
  return id;
}

export async function expectSaved(page: Page) {
  await expect(page.getByTestId("save-status")).toHaveText(/^已保存/, { timeout: 15_000 });
}

/** axe's serious and critical findings on the page as it is now, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(" | ")})`);
}

/** 签发提交 as the approver does it: the preview of the whole report, the declaration, the confirmation. */
export async function signOff(page: Page) {
  await page.getByRole("button", { name: "预览并签发" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("region", { name: "将要提交的报告全文" })).toBeVisible();
  await dialog.getByLabel(/本人已审核本报告内容/).check();
  await dialog.getByRole("button", { name: "签发并提交" }).click();
  await dialog.getByRole("button", { name: "确认提交" }).click();
}

/** Closes the sign-off preview (after a refusal), back to the report. */
export async function closeSignOff(page: Page) {
  await page.getByRole("dialog").getByRole("button", { name: "关闭" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
}
