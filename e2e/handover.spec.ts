import { expect, test } from "@playwright/test";
import { expectSaved, newSignedInPage, openOwnReport, seriousViolations, signIn } from "./helpers";

/** 送签发 inside a unit, as its two people do it: the editor hands over, the approver finds it and sends it back with a note. */
test("the editor hands over to the approver, who finds it under 待您签发 and sends it back with a note the editor reads", async ({ page, browser }) => {
  await signIn(page, "wxb-editor");
  await openOwnReport(page, 2021, "三、收到和处理");
  await page.getByLabel("一、本年新收政府信息公开申请数量 · 自然人", { exact: true }).fill("2");
  await expectSaved(page);
  await page.getByRole("button", { name: "填写完成，送签发" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已送签发，已通知本单位审核签发人" })).toContainText(/当前检查结果：\d+ 个错误、\d+ 个提示/);
  await expect(page.getByTestId("handover-note")).toContainText("填写完成并送签发");
  await expect(page.getByRole("button", { name: "填写完成，送签发" })).toHaveCount(0);

  const approver = await newSignedInPage(browser, "wxb-approver");
  const waiting = approver.getByRole("region", { name: /^待您签发/ });
  await expect(waiting).toContainText("2021年政府信息公开工作年度报告");
  await waiting.getByRole("link").click();
  await expect(approver.getByTestId("handover-note")).toBeVisible();
  expect(await seriousViolations(approver)).toEqual([]);
  await approver.getByRole("button", { name: "退回填报员" }).click();
  // A note is required.
  await approver.getByRole("button", { name: "确认退回" }).click();
  await expect(approver.getByRole("status").filter({ hasText: "请写明退回的原因" })).toBeVisible();
  await approver.getByLabel("退回说明（填报员将在报告顶部看到）").fill("表三只填了一格，请填完整后再送签发。");
  await approver.getByRole("button", { name: "确认退回" }).click();
  await expect(approver.getByRole("status").filter({ hasText: "已退回填报员" })).toBeVisible();
  await approver.goto("/workspace");
  await expect(approver.getByRole("region", { name: /^待您签发/ })).toHaveCount(0);
  await approver.close();

  await page.reload();
  await expect(page.getByTestId("handback-note")).toContainText("表三只填了一格，请填完整后再送签发。");
  await expect(page.getByRole("button", { name: "填写完成，送签发" })).toBeVisible();
  await page.goto("/workspace/notifications");
  await expect(page.getByText("表三只填了一格，请填完整后再送签发。")).toBeVisible();
});

test("签发 is a step of its own: the whole report previewed, a declaration, a confirmation that can be cancelled, and a change after the preview voids it", async ({ browser }) => {
  const approver = await newSignedInPage(browser, "qwb-approver");
  await openOwnReport(approver, 2021, "检查与签发提交");
  await approver.getByRole("button", { name: "预览并签发" }).click();
  const dialog = approver.getByRole("dialog", { name: /^签发预览：中共宁波市北仑区委办公室2021年政府信息公开工作年度报告/ });
  await expect(dialog.getByRole("region", { name: "将要提交的报告全文" }).getByRole("heading", { level: 2, name: /^三、收到和处理政府信息公开申请情况/ })).toBeVisible();
  await expect(dialog).toContainText("签发人：区委办公室审核签发人");
  expect(await seriousViolations(approver)).toEqual([]);
  // Nothing is signed before the declaration, and the confirmation can be cancelled.
  await expect(dialog.getByRole("button", { name: "签发并提交" })).toBeDisabled();
  await dialog.getByLabel(/本人已审核本报告内容，确认数据真实、准确/).check();
  await dialog.getByRole("button", { name: "签发并提交" }).click();
  await expect(dialog.getByRole("group", { name: "确认签发" })).toContainText("提交后本单位不能再修改");
  await dialog.getByRole("button", { name: "返回" }).click();
  await expect(dialog.getByRole("group", { name: "确认签发" })).toHaveCount(0);

  // Meanwhile the editor changes a cell: what the approver read is no longer what would be submitted.
  const editor = await newSignedInPage(browser, "qwb-editor");
  await openOwnReport(editor, 2021, "四、政府信息公开行政复议");
  const cell = editor.getByRole("textbox").first();
  await cell.fill(String(Number((await cell.inputValue()) || "0") + 1));
  await expectSaved(editor);

  await dialog.getByRole("button", { name: "签发并提交" }).click();
  await dialog.getByRole("button", { name: "确认提交" }).click();
  await expect(dialog.getByRole("alert")).toContainText("签发预览打开后报告又有修改");
  await expect(approver.getByTestId("signed-off")).toHaveCount(0);
});
