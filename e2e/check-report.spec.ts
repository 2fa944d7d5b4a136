import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { seriousViolations, signIn } from "./helpers";

/**
 * 检查一份报告 in the production build: the published-report readers run in their worker there (built by
 * Turbopack as an entry of its own, pdf.js and mammoth loaded from node_modules), a PDF and a GBK web page of
 * the same reference report read alike, and a file that is no report is refused.
 */

const FIXTURES = path.join(process.cwd(), "lib", "import", "published", "fixtures");

async function check(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel("报告文件").setInputFiles(file);
  const started = Date.now();
  await page.getByRole("button", { name: "开始检查" }).click();
  await expect(page.getByRole("button", { name: "开始检查" })).toBeEnabled({ timeout: 30_000 });
  return Date.now() - started;
}

const summaryOf = (page: Page, file: string) => page.getByRole("region", { name: `“${file}”的读取结果` });

test("a published report is checked from its PDF and its GBK web page alike, and a file that is no report is refused", async ({ page }) => {
  await signIn(page, "edu-editor");
  await page.getByRole("link", { name: "检查一份报告" }).click();
  await expect(page).toHaveURL(/\/workspace\/check$/);
  await expect(page.getByRole("heading", { level: 1, name: "检查一份报告" })).toBeVisible();

  const pdfMs = await check(page, path.join(FIXTURES, "report-2020.pdf"));
  const pdfSummary = summaryOf(page, "report-2020.pdf");
  await expect(pdfSummary).toBeVisible();
  const counts = pdfSummary.getByTestId("check-cell-counts");
  await expect(counts).toContainText("未能读取 0 个");
  await expect(pdfSummary.locator("dt", { hasText: "表格格式" }).locator("xpath=following-sibling::dd[1]")).toHaveText(/^2019年版（试行）/);
  await expect(pdfSummary.locator("dt", { hasText: "文件类型" }).locator("xpath=following-sibling::dd[1]")).toHaveText("PDF 文件");
  // The reference report's own error: a 其中 row larger than its whole.
  await expect(page.getByRole("region", { name: "检查结果", exact: true }).getByRole("listitem").filter({ hasText: "TA-PART-LE-WHOLE" }).first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  const pdfCounts = await counts.textContent();

  const htmlMs = await check(page, path.join(FIXTURES, "gov-site-2020.gbk.html"));
  const htmlSummary = summaryOf(page, "gov-site-2020.gbk.html");
  await expect(htmlSummary).toBeVisible();
  await expect(htmlSummary.locator("dt", { hasText: "文件类型" }).locator("xpath=following-sibling::dd[1]")).toHaveText("网页");
  await expect(htmlSummary.getByTestId("check-cell-counts")).toHaveText(pdfCounts!);

  await check(page, { name: "不是报告.txt", mimeType: "text/plain", buffer: Buffer.from("这不是报告\n", "utf8") });
  await expect(page.getByRole("status")).toContainText("文件中没有找到年度报告的表格或各部分标题");
  await expect(htmlSummary).toBeHidden();
  expect(await seriousViolations(page)).toEqual([]);
  console.log(`check-report: PDF read and checked in ${pdfMs} ms, web page in ${htmlMs} ms (${pdfCounts})`);
});

test("on a phone, the check and import pages fit the screen: wide tables scroll inside their own frames", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "reviewer");
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await page.goto("/workspace/check");
  await check(page, path.join(FIXTURES, "report-2020.docx"));
  await expect(summaryOf(page, "report-2020.docx")).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.goto("/workspace/import");
  await page.getByLabel(/^报告文件/).setInputFiles(path.join(FIXTURES, "report-2021.docx"));
  await page.getByRole("button", { name: "读取文件" }).click();
  await expect(page.getByRole("region", { name: "读取结果" }).getByRole("row", { name: /report-2021\.docx/ })).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
});

test("a report's text pasted into the page is checked like a file", async ({ page }) => {
  await signIn(page, "xinqi-editor");
  await page.goto("/workspace/check");
  const text = readFileSync(path.join(FIXTURES, "report-2021.txt"), "utf8");
  await page.getByLabel("或粘贴报告全文（从网页或 Word 中复制，表格按原样粘贴）").fill(text);
  await page.getByRole("button", { name: "开始检查" }).click();
  const summary = summaryOf(page, "粘贴的文本.txt");
  await expect(summary).toBeVisible({ timeout: 30_000 });
  await expect(summary.getByTestId("check-cell-counts")).toContainText("未能读取 0 个");
  await expect(summary.locator("dt", { hasText: "表格格式" }).locator("xpath=following-sibling::dd[1]")).toHaveText(/^2021年版/);
});
