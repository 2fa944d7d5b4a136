import { expect, test } from "@playwright/test";
import { setUnitDeadline } from "./db";
import { newSignedInPage, openOwnReport, signIn } from "./helpers";

/** A date `days` from today in Beijing, YYYY-MM-DD. */
function beijingDay(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

// The demo is seeded as on a pinned day; the days left are counted from the real today, so the test
// places the deadline itself and puts the demo's back afterwards.
test.afterEach(() => setUnitDeadline(2021, "2022-01-31"));

test("the unit sees the days left on its home and its report, in the dashboard's words, and 已逾期 once passed", async ({ page, browser }) => {
  setUnitDeadline(2021, beijingDay(12));
  await signIn(page, "edu-editor");
  const item = page.getByRole("listitem").filter({ hasText: "2021年政府信息公开工作年度报告" });
  await expect(item.getByTestId("deadline-status")).toHaveText("（还剩 12 天）");
  await openOwnReport(page, 2021);
  await expect(page.getByTestId("deadline-status")).toHaveText("（还剩 12 天）");

  setUnitDeadline(2021, beijingDay(-3));
  await page.goto("/workspace");
  await expect(item.getByTestId("deadline-status")).toHaveText("（已逾期 3 天）");
  const reviewer = await newSignedInPage(browser, "reviewer");
  await reviewer.goto("/workspace/office/2021");
  await expect(reviewer.getByTestId("dashboard-row").filter({ hasText: "区教育局" }).first()).toContainText("已逾期 3 天");
  await expect(reviewer.getByText(/单位报送截止 .*（已逾期 3 天）/)).toBeVisible();
});

test("a report already handed in shows no countdown", async ({ page }) => {
  setUnitDeadline(2021, beijingDay(-3));
  await signIn(page, "sthj-editor");
  const item = page.getByRole("listitem").filter({ hasText: "2021年政府信息公开工作年度报告" });
  await expect(item).toContainText("已提交");
  await expect(item.getByTestId("deadline-status")).toHaveCount(0);
  await expect(page.getByRole("listitem").filter({ hasText: "2020年政府信息公开工作年度报告" }).getByTestId("deadline-status")).toHaveCount(0);
});
