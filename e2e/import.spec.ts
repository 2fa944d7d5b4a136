import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import { whitespaceBomb } from "../lib/import/xlsx-test-files";
import { placeCells, tableSheetPlans } from "../lib/publishing/export-xlsx";
import { buildSnapshot } from "../lib/publishing/snapshot";
import { resolveFormat } from "../lib/report-format";
import { expectSaved, openOwnReport, seriousViolations, signIn } from "./helpers";

const GRANTED_NATURAL = "（一）予以公开 · 自然人";
const RECEIVED_NATURAL = "一、本年新收政府信息公开申请数量 · 自然人";

/** The workbook cell of a format key, by the export's own layout plan. */
function cellOf(wb: ExcelJS.Workbook, key: string): ExcelJS.Cell {
  const empty = buildSnapshot({ kind: "unit", year: 0, organisation: "", format: resolveFormat("2021", []), values: {}, narratives: {}, publishedAt: 0 });
  for (const plan of tableSheetPlans(empty)) {
    const at = placeCells(plan.model, plan.top).find((p) => p.spec.key === key);
    if (at) return wb.getWorksheet(plan.name)!.getCell(at.row, at.col);
  }
  throw new Error(`${key} not in the workbook`);
}

test("a unit downloads its report as Excel, fills it in offline and imports it after checking the changes", async ({ page }, testInfo) => {
  await signIn(page, "czj-editor");
  await openOwnReport(page, 2021);
  await page.getByRole("button", { name: "Excel 填报与导入" }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载本报告的 Excel 填报稿" }).click()]);
  expect(download.suggestedFilename()).toBe("宁波市北仑区财政局2021年政府信息公开工作年度报告（填报稿）.xlsx");

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  expect(wb.getWorksheet("报告信息")!.getCell("B2").value).toBe("宁波市北仑区财政局");
  const granted = cellOf(wb, "t3.granted.natural");
  const before = Number(granted.value ?? 0);
  granted.value = before + 7;
  cellOf(wb, "t3.received.natural").value = "十二";
  const filled = testInfo.outputPath("filled.xlsx");
  await wb.xlsx.writeFile(filled);

  await page.getByLabel(/^导入文件/).setInputFiles(filled);
  await page.getByRole("button", { name: "读取文件" }).click();
  const preview = page.getByTestId("import-preview");
  await expect(preview.getByRole("row", { name: new RegExp(`^${GRANTED_NATURAL}`) })).toContainText(String(before + 7));
  await expect(preview).toContainText("共 1 个单元格将被修改");
  // The value that is not a number is named with its cell and left out.
  await expect(preview.getByRole("listitem").filter({ hasText: RECEIVED_NATURAL })).toContainText("该格未导入");
  expect(await seriousViolations(page)).toEqual([]);
  await preview.getByRole("button", { name: "导入这 1 处修改" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已导入 1 处修改" })).toBeVisible();
  await expectSaved(page);

  await page.reload();
  await page.getByRole("button", { name: /^三、收到和处理/ }).click();
  await expect(page.getByLabel(GRANTED_NATURAL, { exact: true })).toHaveValue(String(before + 7));
  await page.getByRole("link", { name: "修改记录" }).click();
  const row = page.getByRole("row").filter({ hasText: GRANTED_NATURAL }).first();
  await expect(row).toContainText("区财政局填报员");
  await expect(row).toContainText(String(before + 7));
});

test("a file that is not a report is refused with a reason, and an unchanged file changes nothing", async ({ page }, testInfo) => {
  await signIn(page, "czj-editor");
  await openOwnReport(page, 2021);
  await page.getByRole("button", { name: "Excel 填报与导入" }).click();
  const input = page.getByLabel(/^导入文件/);

  const notes = testInfo.outputPath("notes.txt");
  writeFileSync(notes, "这不是报告");
  await input.setInputFiles(notes);
  await page.getByRole("button", { name: "读取文件" }).click();
  await expect(page.getByRole("status").filter({ hasText: "文件中没有找到年度报告的表格或各部分标题" })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载本报告的 Excel 填报稿" }).click()]);
  await input.setInputFiles(await download.path());
  await page.getByRole("button", { name: "读取文件" }).click();
  await expect(page.getByTestId("import-preview")).toContainText("文件中的数据与报告当前内容相同，无需导入。");
  await expect(page.getByRole("button", { name: /^导入这/ })).toHaveCount(0);
});

test("a published report offers its Excel copy but no import", async ({ page }) => {
  await signIn(page, "edu-editor");
  await openOwnReport(page, 2019);
  await page.getByRole("button", { name: "Excel 填报与导入" }).click();
  await expect(page.getByText("报告当前不能修改，不能导入。")).toBeVisible();
  await expect(page.getByLabel(/^导入文件/)).toHaveCount(0);
});

test("a file over 5 MB is refused in the browser with the server's reason, without sending it", async ({ page }) => {
  await signIn(page, "czj-editor");
  await openOwnReport(page, 2021);
  await page.getByRole("button", { name: "Excel 填报与导入" }).click();
  const actions: string[] = [];
  page.on("request", (req) => {
    if (req.method() === "POST" && req.headers()["next-action"]) actions.push(req.url());
  });
  await page.getByLabel(/^导入文件/).setInputFiles({
    name: "大文件.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.alloc(7 * 1024 * 1024, 0x50),
  });
  await page.getByRole("button", { name: "读取文件" }).click();
  await expect(page.getByRole("status").filter({ hasText: "文件超过 5 MB，不是本系统导出的报告文件。" })).toBeVisible();
  await expect(page.getByText("网络或服务器出错")).toHaveCount(0);
  expect(actions).toEqual([]);
});

test("a workbook that unpacks to gigabytes is refused with a reason, and the page stays usable", async ({ page }, testInfo) => {
  await signIn(page, "czj-editor");
  await openOwnReport(page, 2021);
  await page.getByRole("button", { name: "Excel 填报与导入" }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载本报告的 Excel 填报稿" }).click()]);
  const input = page.getByLabel(/^导入文件/);
  // 2 GB of whitespace in about 2 MB, once declared honestly and once declaring 4 KB.
  for (const [declared, reason] of [
    [undefined, "该文件解压后超过 10 MB"],
    [4096, "该文件已损坏：其中的部件解压后比文件声明的大小更大"],
  ] as const) {
    const bomb = testInfo.outputPath(`bomb-${declared ?? "honest"}.xlsx`);
    writeFileSync(bomb, await whitespaceBomb(new Uint8Array(readFileSync(await download.path())), 2048, declared));
    await input.setInputFiles(bomb);
    await page.getByRole("button", { name: "读取文件" }).click();
    await expect(page.getByRole("status").filter({ hasText: reason })).toBeVisible();
    await expect(page.getByText("网络或服务器出错")).toHaveCount(0);
  }
  // The same session imports its own file right after.
  await input.setInputFiles(await download.path());
  await page.getByRole("button", { name: "读取文件" }).click();
  await expect(page.getByTestId("import-preview")).toContainText("文件中的数据与报告当前内容相同，无需导入。");
});


test("the downloaded 填报稿 is a workbook to fill in, and its values and narratives import with a text diff", async ({ page }, testInfo) => {
  const COMMERCIAL = "一、本年新收政府信息公开申请数量 · 商业企业";
  const FIVE = "五、存在的主要问题及改进情况";
  await signIn(page, "czj-editor");
  await openOwnReport(page, 2021);
  await page.getByRole("button", { name: "Excel 填报与导入" }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载本报告的 Excel 填报稿" }).click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());

  // 总计 are SUM formulas over their row; labels locked, inputs unlocked and validated; the sheet protected.
  const total = cellOf(wb, "t3.received.total").value as ExcelJS.CellFormulaValue;
  const row = cellOf(wb, "t3.received.total").row;
  expect(total.formula).toBe(`SUM(D${row}:I${row})`);
  const t3 = wb.getWorksheet("三、收到和处理政府信息公开申请情况")!;
  expect((t3 as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
  const label = t3.getCell(cellOf(wb, "t3.received.natural").row, 1);
  expect(label.value).toBe("一、本年新收政府信息公开申请数量");
  expect(label.protection?.locked).not.toBe(false);
  const commercial = cellOf(wb, "t3.received.commercial");
  expect(commercial.protection?.locked).toBe(false);
  expect(commercial.dataValidation).toMatchObject({ type: "whole", operator: "between", formulae: [0, 1_000_000_000], errorTitle: "应为非负整数", prompt: COMMERCIAL });
  expect(cellOf(wb, "t3.received.total").dataValidation).toBeFalsy();
  const text = wb.getWorksheet("正文")!;
  expect([text.getCell("A2").value, text.getCell("A3").value]).toEqual(["编制说明", "一、总体情况"]);

  // Filled in offline: a value and a narrative.
  const fiveRow = [...Array(10).keys()].map((i) => i + 2).find((r) => text.getCell(r, 1).value === FIVE)!;
  const oldFive = String(text.getCell(fiveRow, 2).value ?? "");
  const newFive = `离线填写测试：增加图解解读。${oldFive ? `\n${oldFive}` : ""}`;
  text.getCell(fiveRow, 2).value = newFive;
  const before = Number(commercial.value ?? 0);
  commercial.value = before + 4;
  const filled = testInfo.outputPath("filled-in.xlsx");
  await wb.xlsx.writeFile(filled);

  await page.getByLabel(/^导入文件/).setInputFiles(filled);
  await page.getByRole("button", { name: "读取文件" }).click();
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("共 1 个单元格、1 部分正文将被修改");
  await expect(preview.getByRole("row", { name: new RegExp(`^${COMMERCIAL}`) })).toContainText(String(before + 4));
  const diff = preview.getByRole("region", { name: `${FIVE}的修改` });
  const inserted = diff.locator("ins").filter({ hasText: "离线填写测试" });
  await expect(inserted).toHaveCount(1);
  await expect(inserted).toContainText(/^插入：/);
  await expect(inserted.locator(".sr-only")).toHaveText("插入：");
  expect(await seriousViolations(page)).toEqual([]);
  await preview.getByRole("button", { name: "导入这 2 处修改" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已导入 2 处修改" })).toBeVisible();
  await expectSaved(page);

  await page.reload();
  await page.getByRole("button", { name: /^三、收到和处理/ }).click();
  await expect(page.getByLabel(COMMERCIAL, { exact: true })).toHaveValue(String(before + 4));
  await page.getByRole("button", { name: /^五、存在的主要问题/ }).click();
  await expect(page.getByLabel(`${FIVE} 正文`)).toHaveValue(newFive);

  // Downloaded again, the file imports unchanged.
  await page.getByRole("button", { name: "Excel 填报与导入" }).click();
  const [again] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载本报告的 Excel 填报稿" }).click()]);
  await page.getByLabel(/^导入文件/).setInputFiles(await again.path());
  await page.getByRole("button", { name: "读取文件" }).click();
  await expect(page.getByTestId("import-preview")).toContainText("文件中的数据与报告当前内容相同，无需导入。");
});
