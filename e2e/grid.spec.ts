import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectSaved, openOwnReport, signIn } from "./helpers";

// Units whose 2021 report is not started and that no other spec uses: every cell of 三 starts blank.
const SECTION = "三、收到和处理";
const RECEIVED = "一、本年新收政府信息公开申请数量";
const CARRIED = "二、上年结转政府信息公开申请数量";
const FORWARD = "四、结转下年度继续办理";
const COLUMNS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"];
const ROWS = [
  ["3", "1", "0", "0", "0", "0"],
  ["2", "0", "1", "0", "0", "4"],
];

const cell = (page: Page, row: string, col: string) => page.getByLabel(`${row} · ${col}`, { exact: true });

/** Puts a block on a paste event as Excel does: text/plain (tabs, CRLF, trailing newline) and an HTML table. */
async function pasteBlock(target: Locator, rows: string[][]) {
  await target.focus();
  const plain = rows.map((r) => r.join("\t")).join("\r\n") + "\r\n";
  const html = `<html><body><!--StartFragment--><table>${rows.map((r) => `<tr>${r.map((v) => `<td x:num>${v}</td>`).join("")}</tr>`).join("")}</table><!--EndFragment--></body></html>`;
  await target.evaluate(
    (el, data) => {
      const dt = new DataTransfer();
      dt.setData("text/plain", data.plain);
      dt.setData("text/html", data.html);
      el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
    },
    { plain, html },
  );
}

async function expectBlock(page: Page, rows: string[][]) {
  for (const [i, row] of [RECEIVED, CARRIED].entries()) {
    for (const [j, col] of COLUMNS.entries()) await expect(cell(page, row, col)).toHaveValue(rows[i][j]);
  }
}

const BLANK = ROWS.map((r) => r.map(() => ""));

test("a 2×6 block pasted at 本年新收 · 自然人 is previewed, saved as one step on confirming, and undone in one step", async ({ page }) => {
  await signIn(page, "tjj-editor");
  await openOwnReport(page, 2021, SECTION);
  await pasteBlock(cell(page, RECEIVED, "自然人"), ROWS);

  const preview = page.getByRole("dialog", { name: /粘贴预览/ });
  await expect(preview).toContainText("将修改 12 个单元格");
  await expect(preview.getByTestId("paste-change")).toHaveCount(12);
  await expect(preview.getByTestId("paste-change").first()).toHaveText(`${RECEIVED} · 自然人：（空） → 3`);
  // Nothing changes before confirming.
  await expectBlock(page, BLANK);

  await preview.getByRole("button", { name: "确认粘贴" }).click();
  await expect(preview).toHaveCount(0);
  await expectBlock(page, ROWS);
  await expect(cell(page, RECEIVED, "总计")).toHaveValue("4");
  await expect(cell(page, RECEIVED, "自然人")).toBeFocused();
  await expectSaved(page);

  // One Ctrl+Z puts the whole block back (and Ctrl+Y brings it again).
  await cell(page, CARRIED, "其他").focus();
  await page.keyboard.press("Control+z");
  await expectBlock(page, BLANK);
  await expect(cell(page, CARRIED, "其他")).toBeFocused();
  await page.keyboard.press("Control+y");
  await expectBlock(page, ROWS);
  await page.keyboard.press("Control+z");
  await expectBlock(page, BLANK);
  await expectSaved(page);
  await page.reload();
  await page.getByRole("button", { name: new RegExp(`^${SECTION}`) }).waitFor();
  await expectBlock(page, BLANK);

  // The paste and its undo are both in the history, through the normal save path.
  await page.getByRole("link", { name: "修改记录" }).click();
  // Paste, undo, redo, undo: four saves of the cell, each old → new.
  await expect(page.getByRole("row").filter({ hasText: `${RECEIVED} · 自然人` })).toHaveCount(4);
});

test("a pasted block that runs past the table is refused, saying how far; a cancelled preview changes nothing", async ({ page }) => {
  await signIn(page, "slj-editor");
  await openOwnReport(page, 2021, SECTION);
  await pasteBlock(cell(page, FORWARD, "自然人"), ROWS);
  await expect(page.getByRole("alert").filter({ hasText: "向下超出表格 1 行" })).toBeVisible();
  await expect(page.getByRole("dialog", { name: /粘贴预览/ })).toHaveCount(0);
  await expect(cell(page, FORWARD, "自然人")).toHaveValue("");

  await pasteBlock(cell(page, RECEIVED, "法律服务机构"), [["1", "2", "3", "4"]]);
  await expect(page.getByRole("alert").filter({ hasText: "向右超出表格 1 列" })).toBeVisible();

  await pasteBlock(cell(page, RECEIVED, "自然人"), [["5", "x"]]);
  const preview = page.getByRole("dialog", { name: /粘贴预览/ });
  await expect(preview.getByTestId("paste-invalid")).toContainText("“x”");
  await preview.getByRole("button", { name: "取消" }).click();
  await expect(preview).toHaveCount(0);
  await expect(cell(page, RECEIVED, "自然人")).toHaveValue("");
  await expect(cell(page, RECEIVED, "自然人")).toBeFocused();
});

test("a cell's message never covers another cell, the cell below takes the click, and rows stay put as findings come and go", async ({ page }) => {
  await signIn(page, "slj-editor");
  await openOwnReport(page, 2021, SECTION);
  const top = cell(page, RECEIVED, "商业企业");
  const rowTop = async () => (await cell(page, FORWARD, "自然人").boundingBox())!.y;
  const before = await rowTop();
  await top.fill("-1");
  const message = page.locator("#cell-t3-received-commercial-error");
  await expect(message).toBeVisible();
  const box = (await message.boundingBox())!;
  for (const input of await page.locator("input[data-cell]").all()) {
    const b = await input.boundingBox();
    if (!b) continue;
    const overlaps = b.x < box.x + box.width && box.x < b.x + b.width && b.y < box.y + box.height && box.y < b.y + b.height;
    expect(overlaps, `${await input.getAttribute("aria-label")} is under the message`).toBe(false);
  }
  const below = cell(page, CARRIED, "商业企业");
  await below.click();
  await expect(below).toBeFocused();

  // A value that breaks 三's balance: the finding is marked at the cell and counted above the table, the
  // panel with the full message is after the section, and no row has moved.
  await top.fill("5");
  await expect(page.getByTestId("findings-summary")).toContainText("错误");
  await expect(page.getByRole("region", { name: "本部分检查结果" })).toContainText("T3-BALANCE");
  expect(await rowTop()).toBe(before);
  await top.fill("");
  await expect(page.getByTestId("findings-summary")).toContainText("未发现问题");
  expect(await rowTop()).toBe(before);
});

test("Enter, arrows, Home/End and Esc move and restore like a spreadsheet, passing over the totals", async ({ page }) => {
  await signIn(page, "slj-editor");
  await openOwnReport(page, 2021, SECTION);
  await cell(page, RECEIVED, "自然人").click();
  await page.keyboard.type("5");
  await page.keyboard.press("Enter");
  await expect(cell(page, CARRIED, "自然人")).toBeFocused();
  await page.keyboard.type("2");
  await page.keyboard.press("ArrowRight");
  await expect(cell(page, CARRIED, "商业企业")).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(cell(page, RECEIVED, "商业企业")).toBeFocused();
  await page.keyboard.press("End");
  await expect(cell(page, RECEIVED, "其他")).toBeFocused();
  await page.keyboard.press("ArrowRight"); // 总计 is computed: focus stays
  await expect(cell(page, RECEIVED, "其他")).toBeFocused();
  await page.keyboard.press("Home");
  await expect(cell(page, RECEIVED, "自然人")).toBeFocused();
  await page.keyboard.press("Shift+Enter");
  await expect(cell(page, RECEIVED, "自然人")).toBeFocused();
  await expect(cell(page, RECEIVED, "自然人")).toHaveValue("5");
  await expect(cell(page, CARRIED, "自然人")).toHaveValue("2");

  // Up from the last row passes over （七）总计.
  await cell(page, FORWARD, "自然人").focus();
  await page.keyboard.press("ArrowUp");
  await expect(cell(page, "3.其他", "自然人")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(cell(page, FORWARD, "自然人")).toBeFocused();

  // Esc puts back the saved value.
  await expectSaved(page);
  await cell(page, RECEIVED, "自然人").focus();
  await page.keyboard.press("Control+a");
  await page.keyboard.type("99");
  await page.keyboard.press("Escape");
  await expect(cell(page, RECEIVED, "自然人")).toHaveValue("5");
  await expect(cell(page, RECEIVED, "自然人")).toBeFocused();
});

test("本表空白格填 0 fills exactly the blank cells after confirming, and is undone in one step", async ({ page }) => {
  await signIn(page, "szs-editor");
  await openOwnReport(page, 2021, SECTION);
  await cell(page, RECEIVED, "自然人").fill("7");
  await cell(page, FORWARD, "其他").fill("1");
  await expectSaved(page);
  const button = page.getByRole("button", { name: "本表空白格填 0（142 格）" });
  await button.click();
  await expect(page.getByRole("alertdialog")).toContainText("将把本表 142 个空白格填为 0");
  await page.getByRole("button", { name: "确认填 0" }).click();
  await expect(cell(page, RECEIVED, "自然人")).toHaveValue("7");
  await expect(cell(page, FORWARD, "其他")).toHaveValue("1");
  await expect(cell(page, RECEIVED, "商业企业")).toHaveValue("0");
  // Focus is not lost: it is on the first cell filled.
  await expect(cell(page, RECEIVED, "商业企业")).toBeFocused();
  await expect(cell(page, "3.其他", "自然人")).toHaveValue("0");
  await expect(page.getByTestId("progress-three")).toHaveText(/^144\/144 格/);
  await expectSaved(page);
  await page.reload();
  await expect(cell(page, CARRIED, "法律服务机构")).toHaveValue("0");

  await page.getByRole("button", { name: "本年度未收到政府信息公开申请（2 格）" }).click();
  await page.getByRole("button", { name: "确认填 0" }).click();
  await expect(cell(page, RECEIVED, "自然人")).toHaveValue("0");
  await expect(cell(page, FORWARD, "其他")).toHaveValue("0");
  const undoButton = page.getByRole("button", { name: "撤销", exact: true });
  await expect(undoButton).toHaveAttribute("title", /^撤销：本年度未收到政府信息公开申请（2 格）/);
  await undoButton.click();
  await expect(cell(page, RECEIVED, "自然人")).toHaveValue("7");
  await expect(cell(page, FORWARD, "其他")).toHaveValue("1");
  await expect(cell(page, CARRIED, "法律服务机构")).toHaveValue("0");
  await expectSaved(page);
});

test("each section is a history entry: Back returns to the previous section, and the title names it", async ({ page }) => {
  await signIn(page, "gxs-editor");
  await openOwnReport(page, 2021, SECTION);
  await expect(page).toHaveURL(/[?&]s=three/);
  await expect(page).toHaveTitle(/^三、收到和处理政府信息公开申请情况/);
  await page.getByRole("button", { name: /^四、政府信息公开行政复议/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^四、/ })).toBeVisible();
  await expect(page).toHaveTitle(/^四、/);
  await page.goBack();
  await expect(page.getByRole("heading", { level: 2, name: /^三、收到和处理/ })).toBeVisible();
  await expect(page).toHaveURL(/[?&]s=three/);
  await expect(page).toHaveTitle(/^三、/);
  await page.goForward();
  await expect(page.getByRole("heading", { level: 2, name: /^四、/ })).toBeVisible();
});

test("each table's fill button sits right above its own table", async ({ page }) => {
  await signIn(page, "zhzf-editor");
  await openOwnReport(page, 2021, "二、主动公开");
  for (const title of ["第二十条第（一）项", "第二十条第（五）项", "第二十条第（八）项"]) {
    const group = page.getByRole("group", { name: `${title}：快速填写` });
    await expect(group).toBeVisible();
    // The next thing after the buttons is the table they fill (its scroll box, holding the caption).
    await expect(group.locator("xpath=following-sibling::*[1]")).toContainText(title);
  }
});

test("the save status never says 已保存 while a typed value waits, even on a slow machine", async ({ page }) => {
  // 区发展和改革局's 2021 draft has saved content (the status starts at 已保存); no other spec uses it.
  await signIn(page, "fgj-editor");
  await openOwnReport(page, 2021, "二、主动公开");
  await expectSaved(page);
  const cell = page.getByLabel("规章 · 本年制发件数", { exact: true });
  await cell.focus();
  // A slow CPU makes the rest of the page catch up late: the status must not wait for it.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 20 });
  await page.keyboard.type("7");
  const shown = await page.evaluate(() => document.querySelector("[data-testid=save-status]")?.textContent ?? "");
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  expect(shown).not.toMatch(/^已保存/);
  await page.keyboard.press("Escape");
  await expectSaved(page);
});
