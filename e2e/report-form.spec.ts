import { expect, test } from "@playwright/test";
import { expectSaved, openOwnReport, seriousViolations, signIn } from "./helpers";

const RECEIVED = "一、本年新收政府信息公开申请数量";
const GRANTED = "（一）予以公开";

test.describe("a unit fills in its report", () => {
  test("cells in 三 by their names, totals as typed, values kept after reload", async ({ page }) => {
    await signIn(page, "edu-editor");
    await openOwnReport(page, 2021, "三、收到和处理");
    const progress = page.getByTestId("progress-three");
    const filledBefore = Number(/^(\d+)\//.exec((await progress.textContent()) ?? "")![1]);

    await page.getByLabel(`${RECEIVED} · 自然人`, { exact: true }).fill("12");
    await page.getByLabel(`${RECEIVED} · 商业企业`, { exact: true }).fill("3");
    await page.getByLabel(`${RECEIVED} · 其他`, { exact: true }).fill("1");
    // The derived 总计 column updates while typing, before any save.
    await expect(page.getByLabel(`${RECEIVED} · 总计`, { exact: true })).toHaveValue("16");
    await page.getByLabel(`${GRANTED} · 自然人`, { exact: true }).fill("9");
    await page.getByLabel("1.本机关不掌握相关政府信息 · 自然人", { exact: true }).fill("2");
    await expect(page.getByLabel("（七）总计 · 自然人", { exact: true })).toHaveValue("11");
    await expect(page.getByLabel("（七）总计 · 总计", { exact: true })).toHaveValue("11");
    await expectSaved(page);
    await expect(progress).toHaveText(new RegExp(`^${filledBefore + 5}/144 格`));

    await page.reload();
    await page.getByRole("button", { name: /^三、收到和处理/ }).click();
    await expect(page.getByLabel(`${RECEIVED} · 自然人`, { exact: true })).toHaveValue("12");
    await expect(page.getByLabel(`${RECEIVED} · 总计`, { exact: true })).toHaveValue("16");
    await expect(page.getByLabel(`${GRANTED} · 自然人`, { exact: true })).toHaveValue("9");

    // Every change is in the history, with who and old → new.
    await page.getByRole("link", { name: "修改记录" }).click();
    const row = page.getByRole("row").filter({ hasText: `${RECEIVED} · 自然人` }).first();
    await expect(row).toContainText("区教育局填报员");
    await expect(row).toContainText("12");
  });

  test("bad input gets a Chinese message at the cell and is never saved", async ({ page }) => {
    await signIn(page, "edu-editor");
    await openOwnReport(page, 2021, "三、收到和处理");
    const cell = page.getByLabel("二、上年结转政府信息公开申请数量 · 科研机构", { exact: true });

    await cell.fill("4");
    await expectSaved(page);
    await cell.fill("-3");
    await expect(cell).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("请输入非负整数")).toBeVisible();
    await cell.fill("2.5");
    await expect(page.getByText("请输入非负整数")).toBeVisible();
    await expect(page.getByText("有输入不正确的单元格，未保存")).toBeVisible();
    // Give a mistaken autosave every chance to happen.
    await page.waitForTimeout(2000);

    await page.reload();
    await page.getByRole("button", { name: /^三、收到和处理/ }).click();
    await expect(page.getByLabel("二、上年结转政府信息公开申请数量 · 科研机构", { exact: true })).toHaveValue("4");
  });

  test("narrative sections are plain text and survive a reload", async ({ page }) => {
    await signIn(page, "edu-editor");
    await openOwnReport(page, 2021, "五、存在的主要问题");
    const text = "（一）存在的主要问题\n政策解读形式较为单一。\n（二）改进措施\n2022年将增加图解和视频解读。";
    const box = page.getByLabel("五、存在的主要问题及改进情况 正文");
    await box.fill(text);
    await expectSaved(page);
    await page.reload();
    await page.getByRole("button", { name: /^五、存在的主要问题/ }).click();
    await expect(page.getByLabel("五、存在的主要问题及改进情况 正文")).toHaveValue(text);

    await page.getByLabel("五、存在的主要问题及改进情况 正文").fill("<p>加粗</p>");
    await expect(page.getByTestId("save-status")).toContainText("不能包含 HTML");
    await page.reload();
    await page.getByRole("button", { name: /^五、存在的主要问题/ }).click();
    await expect(page.getByLabel("五、存在的主要问题及改进情况 正文")).toHaveValue(text);
  });
});

test("a failed save keeps the input on screen and is retried until it lands", async ({ page }) => {
  await signIn(page, "xinqi-editor");
  await openOwnReport(page, 2021, "四、政府信息公开行政复议");
  // The network drops every save for a while.
  const failSaves = (route: import("@playwright/test").Route) =>
    route.request().headers()["next-action"] ? route.abort("connectionreset") : route.continue();
  await page.route("**/workspace/reports/**", failSaves);
  const cell = page.getByLabel("行政复议 · 结果维持", { exact: true });
  await cell.fill("3");
  await expect(page.getByTestId("save-status")).toContainText("保存失败");
  await expect(cell).toHaveValue("3");
  await expect(page.getByLabel("行政复议 · 总计", { exact: true })).toHaveValue("3");

  await page.unroute("**/workspace/reports/**", failSaves);
  await expectSaved(page);
  await page.reload();
  await page.getByRole("button", { name: /^四、政府信息公开行政复议/ }).click();
  await expect(page.getByLabel("行政复议 · 结果维持", { exact: true })).toHaveValue("3");
});

test("a save whose answer is lost to a connection reset after the server stored it is retried, and lands without a conflict", async ({ page }) => {
  await signIn(page, "xinqi-editor");
  await openOwnReport(page, 2021, "四、政府信息公开行政复议");
  // The first save reaches the server and is stored, but the connection resets before the answer arrives.
  let resets = 0;
  const resetAfterStoring = async (route: import("@playwright/test").Route) => {
    if (!route.request().headers()["next-action"] || resets > 0) return route.continue();
    resets++;
    await route.fetch();
    await route.abort("connectionreset");
  };
  await page.route("**/workspace/reports/**", resetAfterStoring);
  const cell = page.getByLabel("行政复议 · 结果纠正", { exact: true });
  await cell.fill("2");
  await expectSaved(page);
  expect(resets).toBe(1);
  await expect(page.getByRole("alert", { name: "保存冲突" })).toHaveCount(0);
  await page.unroute("**/workspace/reports/**", resetAfterStoring);
  await page.reload();
  await page.getByRole("button", { name: /^四、政府信息公开行政复议/ }).click();
  await expect(page.getByLabel("行政复议 · 结果纠正", { exact: true })).toHaveValue("2");
});

test("the previous year's value of a cell shows while it has focus, and is read out with it", async ({ page }) => {
  await signIn(page, "xinqi-editor");
  await openOwnReport(page, 2021, "四、政府信息公开行政复议");
  const cell = page.getByLabel("行政复议 · 结果维持", { exact: true });
  const hint = page.getByTestId("cell-previous").first();
  await expect(hint).toBeHidden();
  await cell.focus();
  await expect(page.locator(":focus-within > [data-testid=cell-previous]").first()).toBeVisible();
  await expect(cell).toHaveAccessibleDescription(/上年 (\d+|未填)/);
});

test("last year's text of a section is at hand, folded, with a warning where copying it is a fault", async ({ page }) => {
  await signIn(page, "xinqi-editor");
  await openOwnReport(page, 2021, "五、存在的主要问题");
  await page.getByText("参考：2020年度报告的这一部分").click();
  const previous = page.getByRole("region", { name: "2020年度正文" });
  await expect(previous).toBeVisible();
  expect((await previous.textContent())!.length).toBeGreaterThan(20);
  await expect(page.getByText("与上年内容雷同会被检查提示")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
