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
