import { expect, test, type Page } from "@playwright/test";
import JSZip from "jszip";
import { writeFileSync } from "node:fs";
import { demoFormat, demoValues } from "../db/seed/demo-values";
import { demoNarratives } from "../db/seed/demo-narratives";
import { demoUnit } from "../db/seed/units";
import { fixtureFromValues, renderGovSitePage, renderReportDocx, renderReportHtml, renderReportText } from "../lib/testing/published-fixtures";
import { emptyReport, forgetReport } from "./db";
import { expectSaved, openOwnReport, seriousViolations, signIn } from "./helpers";

/**
 * Reports published outside the application, read in: the office's bulk import of past years, a unit's
 * Word draft into this year's report, and an imported year as the previous year of the cross-year checks.
 * The files are printed here from demo data the way government sites and Word print them.
 */

/** A unit's report of a year as its published file, with the title's full official name. */
function published(code: string, year: number, tweak: Record<string, string> = {}) {
  const values = demoValues(code, year);
  for (const [key, value] of Object.entries(tweak)) values[key] = { value };
  return fixtureFromValues(demoFormat(year), `宁波市北仑${demoUnit(code).name}`, year, values, demoNarratives(code, year));
}

async function goToImport(page: Page) {
  await page.getByRole("link", { name: "导入往年报告" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "导入往年报告" })).toBeVisible();
}

test("the office imports three published 2019 reports at once, and checks a 2020 one without storing it", async ({ page }, testInfo) => {
  // These three units have their 2019 reports only as published files.
  const units = ["xcb", "tzb", "zfw"] as const;
  for (const code of units) forgetReport(code, 2019);
  const files = [
    { path: testInfo.outputPath("宣传部2019年报.docx"), bytes: await renderReportDocx(published("xcb", 2019)) },
    { path: testInfo.outputPath("tzb-2019.html"), bytes: new TextEncoder().encode(renderGovSitePage(renderReportHtml(published("tzb", 2019)), { charset: "utf-8", title: "2019年报告" })) },
    { path: testInfo.outputPath("zfw-2019.txt"), bytes: new TextEncoder().encode(renderReportText(published("zfw", 2019))) },
  ];
  for (const f of files) writeFileSync(f.path, f.bytes);
  // Two files as they are, the third packed in a .zip (opened in the browser).
  const zip = new JSZip();
  zip.file("2019年报告/zfw-2019.txt", files[2].bytes);
  const zipPath = testInfo.outputPath("往年报告.zip");
  writeFileSync(zipPath, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));

  await signIn(page, "reviewer");
  await goToImport(page);
  await page.getByLabel(/^报告文件/).setInputFiles([files[0].path, files[1].path, zipPath]);
  await page.getByRole("button", { name: "读取文件" }).click();
  const results = page.getByRole("region", { name: "读取结果" });
  // Each file is matched to its unit by the name in its title, in 2019 and its format.
  for (const [i, name] of ["区委宣传部", "区委统战部", "区委政法委"].entries()) {
    const file = files[i].path.split("/").pop()!;
    await expect(results.getByLabel(`${file} · 单位`)).toHaveValue(/\d+/);
    await expect(results.getByLabel(`${file} · 单位`).locator("option:checked")).toHaveText(name);
    await expect(results.getByLabel(`${file} · 年度`)).toHaveValue("2019");
    await expect(results.getByRole("row", { name: new RegExp(file.replace(".", "\\.")) })).toContainText("未能读取 0");
  }
  // Each file's whole reading can be opened before anything is stored.
  await results.getByText("查看“tzb-2019.html”的读取详情（原样表格与按官方格式读取的报告）").click();
  await expect(results.getByRole("heading", { name: "按官方格式读取的报告" })).toBeVisible();
  await expect(results.getByRole("heading", { level: 1, name: /宁波市北仑区委统战部\s*2019\s*年政府信息公开工作年度报告/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "导入 3 份报告" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已导入 3 份。" })).toBeVisible({ timeout: 30_000 });

  // The imported report: read-only, marked, its original file downloadable.
  await results.getByRole("row", { name: /宣传部2019年报/ }).getByRole("link", { name: "查看" }).click();
  await expect(page.getByTestId("imported-note")).toContainText("导入：本报告由已发布的原报告读入");
  await expect(page.getByText("已导入", { exact: true })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载原报告文件" }).click()]);
  expect(download.suggestedFilename()).toBe("宣传部2019年报.docx");
  await page.getByRole("button", { name: /^三、收到和处理/ }).click();
  await expect(page.getByLabel("一、本年新收政府信息公开申请数量 · 自然人", { exact: true })).toHaveValue(demoValues("xcb", 2019)["t3.received.natural"].value);

  // The unit's public page compares its published 2020 report with the imported 2019 one.
  await page.goto("/reports/2020/xcb");
  const comparison = page.getByRole("region", { name: "表格：历年主要数据对比" });
  await expect(comparison.getByRole("columnheader", { name: /^2019年\s*（据原发布报告导入）/ })).toBeVisible();
  await expect(comparison.getByRole("link", { name: "2019年" })).toHaveCount(0);
  await expect(comparison.getByRole("link", { name: "2020年", exact: true })).toBeVisible();
  await page.goBack();

  // Importing it again is refused: the unit has its 2019 report now.
  await goToImport(page);
  await page.getByLabel(/^报告文件/).setInputFiles(files[0].path);
  await page.getByRole("button", { name: "读取文件" }).click();
  await expect(results.getByRole("row", { name: /宣传部2019年报/ })).toContainText("该单位已有2019年度报告，不能导入");

  // 检查一份报告: a 2020 report with a total that does not add up, checked and not stored.
  const wrong = published("xcb", 2020);
  wrong.cells["t3.received.total"] = String(Number(wrong.cells["t3.received.total"]) + 1);
  const checkFile = testInfo.outputPath("xcb-2020.docx");
  writeFileSync(checkFile, await renderReportDocx(wrong));
  await page.getByRole("link", { name: "检查一份报告" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "检查一份报告" })).toBeVisible();
  await page.getByLabel("报告文件", { exact: true }).setInputFiles(checkFile);
  await page.getByRole("button", { name: "开始检查" }).click();
  await expect(page.getByTestId("check-cell-counts")).toContainText("未能读取 0 个");
  await expect(page.getByRole("region", { name: "检查结果" })).toContainText("T3-ROW-SUM");
});

test("a unit reads its Word draft into this year's report: a preview of every change, then saved with history", async ({ page }, testInfo) => {
  const draft = published("jrj", 2021);
  const file = testInfo.outputPath("金融局2021年报告（草稿）.docx");
  writeFileSync(file, await renderReportDocx(draft));

  await signIn(page, "jrj-editor");
  await openOwnReport(page, 2021);
  await page.getByRole("button", { name: "Excel 填报与导入" }).click();
  await page.getByLabel(/^导入文件/).setInputFiles(file);
  await page.getByRole("button", { name: "读取文件" }).click();
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("将被修改");
  const changed = preview.getByRole("region", { name: "将被修改的单元格" });
  await expect(changed.getByRole("row", { name: /^一、本年新收政府信息公开申请数量 · 自然人/ })).toContainText(draft.cells["t3.received.natural"]);
  await preview.getByText("查看文件的读取详情（原样表格与按官方格式读取的报告、检查结果）").click();
  await expect(preview.getByRole("heading", { name: "文件中的表格（原样）" })).toBeVisible();
  await preview.getByRole("button", { name: /^导入这 \d+ 处修改$/ }).click();
  await expectSaved(page);

  await page.reload();
  await page.getByRole("button", { name: /^三、收到和处理/ }).click();
  await expect(page.getByLabel("一、本年新收政府信息公开申请数量 · 自然人", { exact: true })).toHaveValue(draft.cells["t3.received.natural"]);
  await page.getByRole("link", { name: "修改记录" }).click();
  await expect(page.getByText("一、本年新收政府信息公开申请数量 · 自然人").first()).toBeVisible();
});

test("an imported past year is the previous year of the cross-year checks: T3-CARRY-YOY speaks in next year's editor", async ({ page, browser }, testInfo) => {
  // 宁波市住房公积金管理中心北仑分中心 has its 2020 report only as a published web page.
  emptyReport("gjj", 2020);
  const lastYear = published("gjj", 2020, { "t3.carriedForward.natural": "3" });
  const file = testInfo.outputPath("gjj-2020.html");
  writeFileSync(file, renderGovSitePage(renderReportHtml(lastYear), { charset: "utf-8", title: "2020年报告" }));

  await signIn(page, "gjj-editor");
  await openOwnReport(page, 2021);
  await page.getByRole("button", { name: /^三、收到和处理/ }).click();
  const carried = page.getByLabel("二、上年结转政府信息公开申请数量 · 自然人", { exact: true });
  await carried.fill("1");
  await expectSaved(page);
  // No previous year yet: nothing to compare with.
  await expect(page.getByTestId("cell-finding").filter({ hasText: "T3-CARRY-YOY" })).toHaveCount(0);

  // The unit imports its own 2020 report.
  const other = await browser.newPage();
  await signIn(other, "gjj-editor");
  await goToImport(other);
  await other.getByLabel(/^报告文件/).setInputFiles(file);
  await other.getByRole("button", { name: "读取文件" }).click();
  await expect(other.getByRole("region", { name: "读取结果" }).getByLabel("gjj-2020.html · 年度")).toHaveValue("2020");
  await other.getByRole("button", { name: "导入 1 份报告" }).click();
  await expect(other.getByRole("status").filter({ hasText: "已导入 1 份。" })).toBeVisible({ timeout: 30_000 });
  await other.close();

  await page.reload();
  await page.getByRole("button", { name: /^三、收到和处理/ }).click();
  await carried.focus();
  await expect(page.getByTestId("cell-finding").filter({ hasText: "T3-CARRY-YOY" })).toBeVisible();
});
