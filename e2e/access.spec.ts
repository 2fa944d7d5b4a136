import { expect, test } from "@playwright/test";
import { expectSaved, newSignedInPage, openOwnReport } from "./helpers";

test("another unit can neither read nor write 区教育局's report, by page or by crafted request", async ({ browser }) => {
  const edu = await newSignedInPage(browser, "edu-editor");
  const eduReportId = await openOwnReport(edu, 2021, "三、收到和处理");
  const target = "四、结转下年度继续办理 · 法律服务机构";
  await edu.getByLabel(target, { exact: true }).fill("1");
  await expectSaved(edu);

  const xinqi = await newSignedInPage(browser, "xinqi-editor");
  const xinqiReportId = await openOwnReport(xinqi, 2021, "三、收到和处理");
  expect(xinqiReportId).not.toBe(eduReportId);

  // The page: not found, and nothing of the report shown.
  const response = await xinqi.goto(`/workspace/reports/${eduReportId}`);
  expect(response?.status()).toBe(404);
  await expect(xinqi.getByText("区教育局")).toHaveCount(0);
  const history = await xinqi.goto(`/workspace/reports/${eduReportId}/history`);
  expect(history?.status()).toBe(404);

  // A crafted request: replay xinqi's own save action with 区教育局's report id.
  await openOwnReport(xinqi, 2021, "三、收到和处理");
  const saveRequest = xinqi.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await xinqi.getByLabel(target, { exact: true }).fill("2");
  const request = await saveRequest;
  await expectSaved(xinqi);
  const body = request.postData()!;
  expect(body).toContain(`"reportId":${xinqiReportId}`);
  const forged = body.replace(`"reportId":${xinqiReportId}`, `"reportId":${eduReportId}`).replace(/"value":"2"/, '"value":"999"');
  const answer = await xinqi.request.post(request.url(), { headers: request.headers(), data: forged });
  expect(await answer.text()).toContain("未找到该报告，或您无权访问");

  // 区教育局's value is untouched.
  await edu.reload();
  await edu.getByRole("button", { name: /^三、收到和处理/ }).click();
  await expect(edu.getByLabel(target, { exact: true })).toHaveValue("1");
});

test("signed-out visitors are sent to the login page", async ({ page }) => {
  await page.goto("/workspace");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fworkspace/);
  await expect(page.getByRole("button", { name: "登录" })).toBeVisible();
});
