import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { expectSaved, openOwnReport, signIn } from "./helpers";

/**
 * The grid as a new user meets it (issue 10's "done means"): a unit whose 2021 report is not started copies
 * table 三 from its 2020 report's downloaded Excel, pastes it into 2021's form in one step, corrects two
 * cells, fills the rest with zeros and undoes a slip, without the mouse after the first click.
 * 区公路与运输管理中心 (gly) is used by no other spec.
 */
const RECEIVED = "一、本年新收政府信息公开申请数量";
const CARRIED = "二、上年结转政府信息公开申请数量";
const GRANTED = "（一）予以公开";
const COLUMNS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"];
// 2019's 三 (the format 2020 reports use) and 2021's agree down to （五）不予处理; 2021 splits （六）其他处理 in three.
const FIRST_ROW = "t3.received.natural";
const LAST_ROW = "t3.refused.confirm.natural";

const cell = (page: Page, row: string, col: string) => page.getByLabel(`${row} · ${col}`, { exact: true });
const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent ?? "");

/** Rows 一 … （五）5 of the 2020 填报稿's 三, columns 自然人 … 总计, as a person selects them in Excel. */
async function copiedFromExcel(path: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const sheet = wb.getWorksheet("三、收到和处理政府信息公开申请情况")!;
  // The input cells carry their accessible name as the validation prompt: find the block's corners by it.
  let first = 0;
  let last = 0;
  let left = 0;
  sheet.eachRow((row, r) =>
    row.eachCell((c, col) => {
      const prompt = c.dataValidation?.prompt;
      if (prompt === `${RECEIVED} · 自然人`) [first, left] = [r, col];
      if (prompt === "5.要求行政机关确认或重新出具已获取信息 · 自然人") last = r;
    }),
  );
  expect(first * last * left, `${FIRST_ROW} … ${LAST_ROW} found in the sheet`).toBeGreaterThan(0);
  const rows: string[][] = [];
  for (let r = first; r <= last; r++) {
    const values = COLUMNS.map((_, j) => Number(sheet.getCell(r, left + j).value ?? 0));
    // Excel copies a formula's value: 总计 is the row's sum.
    rows.push([...values.map(String), String(values.reduce((a, b) => a + b, 0))]);
  }
  return rows;
}

test("a unit copies 2020's 三 from its Excel into 2021, corrects it and fills the rest, by keyboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signIn(page, "gly-editor");

  // Last year's report, downloaded as Excel.
  await openOwnReport(page, 2020);
  await page.getByRole("button", { name: "Excel 填报与导入" }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载本报告的 Excel 填报稿" }).click()]);
  const block = await copiedFromExcel(await download.path());
  expect(block).toHaveLength(20);

  // Copied in Excel: on the clipboard as tab-separated text and as an HTML table.
  await openOwnReport(page, 2021, "三、收到和处理");
  await page.evaluate(async (rows) => {
    const plain = rows.map((r) => r.join("\t")).join("\r\n") + "\r\n";
    const html = `<table>${rows.map((r) => `<tr>${r.map((v) => `<td>${v}</td>`).join("")}</tr>`).join("")}</table>`;
    await navigator.clipboard.write([new ClipboardItem({ "text/plain": new Blob([plain], { type: "text/plain" }), "text/html": new Blob([html], { type: "text/html" }) })]);
  }, block);

  // The one click; from here on, the keyboard.
  await cell(page, RECEIVED, "自然人").click();
  await page.keyboard.press("Control+v");
  const preview = page.getByRole("dialog", { name: /粘贴预览/ });
  const filled = block.flatMap((r) => r.slice(0, 6)).length;
  await expect(preview).toContainText(`20 行 7 列，将修改 ${filled} 个单元格`);
  // Each row's 总计 as copied lands on a total the form computes: counted, not listed cell by cell.
  await expect(preview.getByTestId("paste-derived")).toHaveText("总计由系统自动计算，粘贴内容中落在总计格的 20 个值不会填入（如 一、本年新收政府信息公开申请数量 · 总计、二、上年结转政府信息公开申请数量 · 总计 等）");
  await expect(preview.getByRole("button", { name: "确认粘贴" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(preview).toHaveCount(0);
  await expect(cell(page, RECEIVED, "自然人")).toBeFocused();
  await expect(cell(page, RECEIVED, "总计")).toHaveValue(block[0][6]);
  await expect(cell(page, GRANTED, "其他")).toHaveValue(block[2][5]);

  // Two corrections: 2021's carried-over applications, then 予以公开 · 商业企业.
  await page.keyboard.press("ArrowDown");
  await expect(cell(page, CARRIED, "自然人")).toBeFocused();
  await page.keyboard.type("3");
  await page.keyboard.press("Enter");
  await expect(cell(page, GRANTED, "自然人")).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.type("12");
  await page.keyboard.press("Enter");
  await expect(cell(page, CARRIED, "自然人")).toHaveValue("3");
  await expect(cell(page, GRANTED, "商业企业")).toHaveValue("12");

  // The rest of 三 (2021's three 其他处理 rows and 结转下年度) with 0: back from the table to its fill button.
  for (let i = 0; i < 40 && !/^本表空白格填 0/.test(await focusedName(page)); i++) await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("button", { name: "本表空白格填 0（24 格）" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alertdialog")).toContainText("将把本表 24 个空白格填为 0");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("progress-three")).toHaveText(/^144\/144 格/);
  const firstFilled = cell(page, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "自然人");
  await expect(firstFilled).toBeFocused();

  // A slip, undone.
  await page.keyboard.type("9");
  await expect(firstFilled).toHaveValue("9");
  await page.keyboard.press("Control+z");
  await expect(firstFilled).toHaveValue("0");
  await expectSaved(page);

  // All of it was saved.
  await page.reload();
  await page.getByRole("button", { name: /^三、收到和处理/ }).waitFor();
  await expect(cell(page, CARRIED, "自然人")).toHaveValue("3");
  await expect(cell(page, GRANTED, "商业企业")).toHaveValue("12");
  await expect(cell(page, "5.要求行政机关确认或重新出具已获取信息", "其他")).toHaveValue(block[19][5]);
  await expect(firstFilled).toHaveValue("0");
  await expect(page.getByTestId("progress-three")).toHaveText(/^144\/144 格/);
});
