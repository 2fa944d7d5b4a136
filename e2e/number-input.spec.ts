import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectSaved, openOwnReport, signIn } from "./helpers";

// 区商务局: a 2021 draft no other spec uses, so these cells are this file's own.
const EDITOR = "swj-editor";
const SECTION = "三、收到和处理";
const CARRIED = "二、上年结转政府信息公开申请数量";

async function openSection(page: Page) {
  await openOwnReport(page, 2021, SECTION);
}

async function reopenSection(page: Page) {
  await page.reload();
  await page.getByRole("button", { name: new RegExp(`^${SECTION}`) }).click();
}

/** The text box's whole value is on screen: nothing scrolled out of view or cut off. */
async function expectShowsWhole(box: Locator) {
  const { scroll, client } = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(scroll, `${await box.getAttribute("aria-label")}: scrollWidth ${scroll} > clientWidth ${client}`).toBeLessThanOrEqual(client);
}

test("a comma that is not a thousands separator is refused at the cell and never saved; 1,234 is saved as 1234", async ({ page }) => {
  await signIn(page, EDITOR);
  await openSection(page);
  const cell = page.getByLabel(`${CARRIED} · 法律服务机构`, { exact: true });
  const before = await cell.inputValue();

  await cell.fill("1,5");
  await expect(cell).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("“1,5”不是有效的数字：逗号只能用作千位分隔符")).toBeVisible();
  await expect(cell).toHaveAccessibleDescription(/逗号只能用作千位分隔符/);
  await expect(page.getByText("有输入不正确的单元格，未保存")).toBeVisible();
  // Give a mistaken autosave every chance to happen.
  await page.waitForTimeout(2000);
  await reopenSection(page);
  await expect(page.getByLabel(`${CARRIED} · 法律服务机构`, { exact: true })).toHaveValue(before);

  // A row pasted from a spreadsheet is several numbers, not 310.
  const other = page.getByLabel(`${CARRIED} · 其他`, { exact: true });
  const otherBefore = await other.inputValue();
  await other.fill("3\t1\t0");
  await expect(other).toHaveAccessibleDescription(/一个单元格只能填一个数字/);
  await page.waitForTimeout(2000);
  await reopenSection(page);
  await expect(page.getByLabel(`${CARRIED} · 其他`, { exact: true })).toHaveValue(otherBefore);

  // A column copied from a spreadsheet arrives line by line: it is a block paste, previewed before anything changes.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  const research = page.getByLabel(`${CARRIED} · 科研机构`, { exact: true });
  const researchBefore = await research.inputValue();
  await page.evaluate(() => navigator.clipboard.writeText("3\r\n1\r\n0\r\n"));
  await research.focus();
  await research.press("Control+A");
  await research.press("Control+V");
  const preview = page.getByRole("dialog", { name: /粘贴预览：从“二、上年结转政府信息公开申请数量 · 科研机构”起 3 行 1 列/ });
  await expect(preview).toBeVisible();
  await preview.getByRole("button", { name: "取消" }).click();
  await expect(research).toHaveValue(researchBefore);
  await page.waitForTimeout(2000);
  await reopenSection(page);
  await expect(page.getByLabel(`${CARRIED} · 科研机构`, { exact: true })).toHaveValue(researchBefore);

  const again = page.getByLabel(`${CARRIED} · 法律服务机构`, { exact: true });
  await again.fill("1,234");
  // Accepted as typed (the checks may still flag the report's totals: that is not an input error).
  await expect(page.getByText("逗号只能用作千位分隔符")).toHaveCount(0);
  await expect(again).not.toHaveAttribute("aria-describedby", /-error/);
  await expectSaved(page);
  await reopenSection(page);
  await expect(page.getByLabel(`${CARRIED} · 法律服务机构`, { exact: true })).toHaveValue("1234");
});

test("the 总计 of big values shows every digit, and so does every typed cell", async ({ page }) => {
  await signIn(page, EDITOR);
  await openSection(page);
  const parts = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"];
  for (const p of parts) await page.getByLabel(`${CARRIED} · ${p}`, { exact: true }).fill("310000");
  const total = page.getByLabel(`${CARRIED} · 总计`, { exact: true });
  await expect(total).toHaveValue("1860000");
  await expectShowsWhole(total);
  for (const p of parts) await expectShowsWhole(page.getByLabel(`${CARRIED} · ${p}`, { exact: true }));

  // The widest value a cell can hold, typed with separators.
  const natural = page.getByLabel(`${CARRIED} · 自然人`, { exact: true });
  await natural.fill("1,000,000,000");
  await expect(total).toHaveValue("1001550000");
  await expectShowsWhole(natural);
  await expectShowsWhole(total);
  await expectSaved(page);

  // After a reload, from the stored values.
  await reopenSection(page);
  await expect(page.getByLabel(`${CARRIED} · 总计`, { exact: true })).toHaveValue("1001550000");
  await expectShowsWhole(page.getByLabel(`${CARRIED} · 总计`, { exact: true }));
});
