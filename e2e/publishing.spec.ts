import { expect, test } from "@playwright/test";
import { setReportState, setUnitsPublish } from "./db";
import { newSignedInPage, openOwnReport, seriousViolations, signOff } from "./helpers";

test.afterAll(() => setUnitsPublish(2021, false));

test("publish a report, read it signed out, correct it, and find version 1 and version 2 at their URLs", async ({ browser }) => {
  // 区经济和信息化局's 2021 report was submitted in the demo: the office approves and publishes it.
  const unit = await newSignedInPage(browser, "jxj-approver");
  const reportId = await openOwnReport(unit, 2021);
  const reviewer = await newSignedInPage(browser, "reviewer");
  await reviewer.goto(`/workspace/review/${reportId}`);
  await reviewer.getByRole("button", { name: "审核通过" }).click();
  await reviewer.getByRole("button", { name: "确认审核通过" }).click();
  await reviewer.getByRole("button", { name: "发布", exact: true }).click();
  await reviewer.getByRole("button", { name: "确认发布第 1 版" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "已发布第 1 版" })).toBeVisible();

  const pub = await browser.newContext();
  const page = await pub.newPage();
  await page.goto("/reports/2021/jxj");
  await expect(page.getByRole("heading", { level: 1, name: "宁波市北仑区经济和信息化局2021年政府信息公开工作年度报告" })).toBeVisible();
  const firstLicensing = (await page.getByTestId("value-b5.licensing.decisions").textContent())!.trim();

  // 更正: back to the unit, corrected, resubmitted, approved, republished with a note.
  await reviewer.reload();
  await reviewer.getByLabel("更正理由").fill("行政许可处理决定数量统计口径有误。");
  await reviewer.getByRole("button", { name: "更正（重新打开报告）" }).click();
  await reviewer.getByRole("button", { name: "确认重新打开" }).click();
  await expect(reviewer.getByText("已退回", { exact: true })).toBeVisible();

  await unit.reload();
  await unit.getByRole("button", { name: /^二、主动公开/ }).click();
  const cell = unit.getByLabel("行政许可 · 本年处理决定数量", { exact: true });
  await cell.fill(String(Number(firstLicensing) + 5));
  await expect(unit.getByTestId("save-status")).toHaveText(/^已保存/, { timeout: 15_000 });
  // The narrative quotes the old figure: explain the warning, then sign off.
  await unit.getByRole("button", { name: /^检查与签发提交/ }).click();
  const unexplained = unit.getByTestId("finding").filter({ hasText: "提交前必须填写" });
  await expect(unexplained.first()).toBeVisible();
  for (let left = await unexplained.count(); left > 0; left--) {
    const item = unexplained.first();
    await item.getByRole("textbox").fill("按统计口径更正，正文将在下一版同步修改。");
    await item.getByRole("button", { name: "保存说明" }).click();
    await expect(unexplained).toHaveCount(left - 1);
  }
  await signOff(unit);
  await expect(unit.getByTestId("signed-off")).toBeVisible();

  await reviewer.reload();
  await reviewer.getByRole("button", { name: "审核通过" }).click();
  await reviewer.getByRole("button", { name: "确认审核通过" }).click();
  await reviewer.getByLabel(/^更正说明/).fill("更正行政许可处理决定数量。");
  await reviewer.getByRole("button", { name: "发布更正版本（第 2 版）" }).click();
  // Before confirming, the reviewer previews the public page as version 2 will show it: the corrected figure.
  const [preview] = await Promise.all([reviewer.waitForEvent("popup"), reviewer.getByRole("link", { name: /^预览公开页面（第 2 版/ }).click()]);
  await expect(preview.getByRole("note")).toContainText("发布预览（尚未发布）");
  await expect(preview.getByRole("note")).toContainText("作为第 2 版");
  await expect(preview.getByRole("heading", { level: 1, name: "宁波市北仑区经济和信息化局2021年政府信息公开工作年度报告" })).toBeVisible();
  await expect(preview.getByTestId("value-b5.licensing.decisions")).toHaveText(String(Number(firstLicensing) + 5));
  expect(await seriousViolations(preview)).toEqual([]);
  await preview.close();
  await reviewer.getByRole("button", { name: "确认发布第 2 版" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "已发布第 2 版" })).toBeVisible();

  await page.goto("/reports/2021/jxj");
  await expect(page.getByTestId("value-b5.licensing.decisions")).toHaveText(String(Number(firstLicensing) + 5));
  await expect(page.getByText("更正行政许可处理决定数量。")).toBeVisible();
  await page.goto("/reports/2021/jxj/v/1");
  await expect(page.getByTestId("value-b5.licensing.decisions")).toHaveText(firstLicensing);
  await page.goto("/reports/2021/jxj/v/2");
  await expect(page.getByTestId("value-b5.licensing.decisions")).toHaveText(String(Number(firstLicensing) + 5));
});

test("a report that was never published is not found by the public", async ({ page }) => {
  expect((await page.goto("/reports/2021/edu"))?.status()).toBe(404);
  expect((await page.goto("/reports/2021/edu/v/1"))?.status()).toBe(404);
  expect((await page.goto("/reports/2031/bengji"))?.status()).toBe(404);
});

test("where the year allows it, a unit's approver publishes the unit's own approved report; correcting stays with the office", async ({ browser }) => {
  const admin = await newSignedInPage(browser, "admin");
  await admin.goto("/workspace/admin/years/2021");
  await admin.getByLabel("允许各单位审核签发人自行发布审核通过的报告").check();
  await admin.getByRole("button", { name: "保存", exact: true }).click();
  await expect(admin.getByText("已保存年度设置。")).toBeVisible();

  // 区大数据发展管理局's 2021 report, approved by the office.
  setReportState("dsj", 2021, "approved");
  const editor = await newSignedInPage(browser, "dsj-editor");
  const dsjReport = await openOwnReport(editor, 2021);
  await expect(editor.getByRole("button", { name: "发布", exact: true })).toHaveCount(0);
  // Nor may the editor open the publish preview directly: it is for whoever may publish.
  expect((await editor.goto(`/workspace/publishing/preview?report=${dsjReport}`))?.status()).toBe(404);

  const approver = await newSignedInPage(browser, "dsj-approver");
  await openOwnReport(approver, 2021);
  await approver.getByRole("button", { name: "发布", exact: true }).click();
  await approver.getByRole("button", { name: "确认发布第 1 版" }).click();
  await expect(approver.getByRole("status").filter({ hasText: "已发布第 1 版" })).toBeVisible();
  await expect(approver.getByRole("link", { name: "/reports/2021/dsj" })).toBeVisible();
  await expect(approver.getByRole("button", { name: /更正/ })).toHaveCount(0);

  const page = await browser.newPage();
  await page.goto("/reports/2021/dsj");
  await expect(page.getByRole("heading", { level: 1, name: "宁波市北仑区大数据发展管理局2021年政府信息公开工作年度报告" })).toBeVisible();
});
