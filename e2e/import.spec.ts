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
  expect(download.suggestedFilename()).toBe("区财政局2021年政府信息公开工作年度报告（填报稿）.xlsx");

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  expect(wb.getWorksheet("报告信息")!.getCell("B2").value).toBe("区财政局");
  const granted = cellOf(wb, "t3.granted.natural");
  const before = Number(granted.value ?? 0);
  granted.value = before + 7;
  cellOf(wb, "t3.received.natural").value = "十二";
  const filled = testInfo.outputPath("filled.xlsx");
  await wb.xlsx.writeFile(filled);

  await page.getByLabel("导入文件（本系统导出的 Excel .xlsx，或开放数据 .json）").setInputFiles(filled);
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
  const input = page.getByLabel("导入文件（本系统导出的 Excel .xlsx，或开放数据 .json）");

  const notes = testInfo.outputPath("notes.txt");
  writeFileSync(notes, "这不是报告");
  await input.setInputFiles(notes);
  await page.getByRole("button", { name: "读取文件" }).click();
  await expect(page.getByRole("status").filter({ hasText: "只能导入本系统导出的 Excel（.xlsx）或开放数据（.json）文件" })).toBeVisible();

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
  await expect(page.getByLabel("导入文件（本系统导出的 Excel .xlsx，或开放数据 .json）")).toHaveCount(0);
});

test("a file over 5 MB is refused in the browser with the server's reason, without sending it", async ({ page }) => {
  await signIn(page, "czj-editor");
  await openOwnReport(page, 2021);
  await page.getByRole("button", { name: "Excel 填报与导入" }).click();
  const actions: string[] = [];
  page.on("request", (req) => {
    if (req.method() === "POST" && req.headers()["next-action"]) actions.push(req.url());
  });
  await page.getByLabel("导入文件（本系统导出的 Excel .xlsx，或开放数据 .json）").setInputFiles({
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
  const input = page.getByLabel("导入文件（本系统导出的 Excel .xlsx，或开放数据 .json）");
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

