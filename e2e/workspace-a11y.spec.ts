import { expect, test } from "@playwright/test";
import { openOwnReport, seriousViolations, signIn } from "./helpers";

test("the unit's report editor has no serious accessibility violations", async ({ page }) => {
  await signIn(page, "xinqi-editor");
  await openOwnReport(page, 2021, "三、收到和处理");
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: /^检查与签发提交/ }).click();
  expect(await seriousViolations(page)).toEqual([]);
});

test("the office's dashboard and review page have no serious accessibility violations", async ({ page }) => {
  await signIn(page, "reviewer");
  await page.goto("/workspace/office/2021");
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "区经济和信息化局" }).click();
  await expect(page).toHaveURL(/\/workspace\/review\/\d+/);
  expect(await seriousViolations(page)).toEqual([]);
});
