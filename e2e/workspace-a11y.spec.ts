import { expect, test } from "@playwright/test";
import { setReportState } from "./db";
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

test("every confirmation the office meets passes axe, and cancelling it changes nothing", async ({ page }) => {
  // 区住房和城乡建设局's 2021 report was submitted in the demo; 区行政审批服务管理局's is made approved here.
  setReportState("xzsp", 2021, "approved");
  await signIn(page, "reviewer");
  await page.goto("/workspace/office/2021");

  const batch = page.getByRole("region", { name: "批量审核通过" });
  await batch.getByRole("checkbox", { name: "区住房和城乡建设局" }).check();
  await batch.getByRole("button", { name: "审核通过所选 1 份报告" }).click();
  await expect(batch.getByRole("group", { name: "确认批量审核通过" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await batch.getByRole("button", { name: "取消" }).click();

  await page.getByRole("link", { name: "区住房和城乡建设局" }).click();
  await expect(page).toHaveURL(/\/workspace\/review\/\d+/);
  const bar = page.getByTestId("decision-bar");
  await bar.getByLabel(/^退回理由/).fill("请核对表三数据。");
  for (const decision of ["退回修改", "审核通过"]) {
    await bar.getByRole("button", { name: decision, exact: true }).click();
    await expect(bar.getByRole("group", { name: `确认${decision}` })).toBeVisible();
    expect(await seriousViolations(page), decision).toEqual([]);
    await bar.getByRole("button", { name: "取消" }).click();
  }
  await page.reload();
  await expect(page.getByText("已提交", { exact: true }).first()).toBeVisible();

  await page.goto("/workspace/office/2021");
  await page.getByRole("link", { name: "区行政审批服务管理局" }).click();
  await page.getByRole("button", { name: "发布", exact: true }).click();
  await expect(page.getByRole("group", { name: "确认发布" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("group", { name: "确认发布" }).getByRole("button", { name: "取消" }).click();
  await bar.getByLabel(/^重新打开理由/).fill("复核。");
  await bar.getByRole("button", { name: "重新打开", exact: true }).click();
  await expect(bar.getByRole("group", { name: "确认重新打开" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await bar.getByRole("button", { name: "取消" }).click();
  await page.reload();
  await expect(page.getByRole("button", { name: "发布", exact: true })).toBeVisible();
});
