import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { newSignedInPage } from "./helpers";

const STATES = ["not_started", "draft", "submitted", "returned", "approved", "published"];
const REMINDER_TITLE = "催报提醒：2021年政府信息公开工作年度报告";

async function countOf(page: Page, testId: string): Promise<number> {
  return Number(await page.getByTestId(testId).locator("strong").textContent());
}

/** The unread count the bell announces, e.g. "通知（3 条未读）" → 3. */
async function unreadOnBell(page: Page): Promise<number> {
  const label = (await page.getByTestId("notification-bell").getAttribute("aria-label")) ?? "";
  const m = /^通知（(\d+) 条未读）$/.exec(label);
  return m ? Number(m[1]) : 0;
}

test("the reviewer follows the 2021 year, reminds 新碶街道, and the reminder reaches its bell; a unit person is refused", async ({ browser }) => {
  const reviewer = await newSignedInPage(browser, "reviewer");
  await reviewer.getByRole("link", { name: "2021年", exact: true }).click();
  await expect(reviewer).toHaveURL(/\/workspace\/office\/2021$/);
  await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText("2021年度 各单位报送进度");

  // Counts by state add up to the expected units, one row each; the demo's 2021 deadline is long past.
  const expected = await countOf(reviewer, "count-expected");
  expect(expected).toBeGreaterThanOrEqual(77);
  let sum = 0;
  for (const s of STATES) sum += await countOf(reviewer, `count-${s}`);
  expect(sum).toBe(expected);
  await expect(reviewer.getByTestId("dashboard-row")).toHaveCount(expected);
  expect(await countOf(reviewer, "count-late")).toBeGreaterThan(0);
  await expect(reviewer.getByTestId("dashboard-row").filter({ hasText: /已逾期 \d+ 天/ }).first()).toBeVisible();
  // A handed-in report opens for review; a unit's draft is its own (no link).
  expect(await countOf(reviewer, "count-submitted")).toBeGreaterThan(0);
  const submittedRow = reviewer.getByTestId("dashboard-row").filter({ hasText: "已提交" }).first();
  await expect(submittedRow.getByRole("link")).toHaveAttribute("href", /^\/workspace\/review\/\d+$/);

  // Only the subdistricts.
  await reviewer.getByLabel("单位类型").selectOption("subdistrict");
  await reviewer.getByRole("button", { name: "筛选", exact: true }).click();
  await expect(reviewer).toHaveURL(/kind=subdistrict/);
  const rows = reviewer.getByTestId("dashboard-row");
  await expect(rows.filter({ hasText: "区教育局" })).toHaveCount(0);
  await expect(rows.first()).toBeVisible();
  expect(new Set(await rows.locator("td:nth-child(3)").allTextContents())).toEqual(new Set(["街道"]));
  await expect(rows.filter({ hasText: "新碶街道" })).toHaveCount(1);

  // The filtered list as Excel: the same units, in the same order, with their states.
  const onScreen = await rows.locator("th").allTextContents();
  const [download] = await Promise.all([reviewer.waitForEvent("download"), reviewer.getByRole("link", { name: /^导出 Excel/ }).click()]);
  expect(download.suggestedFilename()).toBe("2021年度各单位报送进度.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const sheet = wb.worksheets[0];
  const listed = Array.from({ length: sheet.rowCount - 3 }, (_, i) => sheet.getRow(i + 4));
  expect(listed.map((r) => String(r.getCell(2).value))).toEqual(onScreen.map((t) => t.trim()));
  expect(new Set(listed.map((r) => r.getCell(3).value))).toEqual(new Set(["街道"]));
  expect(String(sheet.getCell("A2").value)).toContain("筛选：街道");

  // Remind 新碶街道: its editor and approver.
  await reviewer.getByRole("checkbox", { name: "选择新碶街道" }).check();
  const sent = reviewer.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await reviewer.getByRole("button", { name: "向所选单位发送催报提醒" }).click();
  const request = await sent;
  await expect(reviewer.getByText("已向 1 个单位的 2 人发送催报提醒。")).toBeVisible();
  await expect(reviewer.getByRole("checkbox", { name: "选择新碶街道" })).not.toBeChecked();

  // 新碶街道's editor: the bell announces the unread reminder, listed on the notices page.
  const unit = await newSignedInPage(browser, "xinqi-editor");
  const bell = unit.getByTestId("notification-bell");
  await expect(bell).toHaveAttribute("aria-label", /^通知（\d+ 条未读）$/);
  const unread = await unreadOnBell(unit);
  expect(unread).toBeGreaterThanOrEqual(1);
  await bell.click();
  await expect(unit).toHaveURL(/\/workspace\/notifications$/);
  const notice = unit.getByTestId("notification").filter({ hasText: REMINDER_TITLE }).first();
  await expect(notice).toContainText("未读");
  await expect(notice).toContainText("新碶街道2021年度报告");
  await expect(unit.getByTestId("mail-status")).toContainText("邮件通知未启用");

  // A unit person cannot open the dashboard …
  const page = await unit.goto("/workspace/office/2021");
  expect(page?.status()).toBe(404);
  await expect(unit.getByText("各单位报送进度")).toHaveCount(0);
  expect((await unit.request.get("/workspace/office/2021/progress.xlsx")).status()).toBe(404);

  // … nor send a reminder by replaying the reviewer's request with their own session.
  const answer = await unit.request.post(request.url(), { headers: request.headers(), data: request.postDataBuffer()! });
  expect(await answer.text()).toContain("只有政务公开办公室的审核员和管理员可以发送催报提醒");
  await unit.goto("/workspace");
  expect(await unreadOnBell(unit)).toBe(unread);

  // Opening the reminder marks it read and leads to the unit's own report.
  await unit.getByTestId("notification-bell").click();
  await unit.getByTestId("notification").filter({ hasText: REMINDER_TITLE }).first().getByRole("button", { name: /^查看/ }).click();
  await expect(unit).toHaveURL(/\/workspace\/reports\/\d+$/);
  await unit.reload();
  await expect(unit.getByTestId("notification-bell")).toHaveAttribute("aria-label", unread > 1 ? `通知（${unread - 1} 条未读）` : "通知（无未读）");
});

test("the office approves several clean submitted reports at once: exactly the chosen ones, with a result for each", async ({ browser }) => {
  const reviewer = await newSignedInPage(browser, "reviewer");
  await reviewer.goto("/workspace/office/2021");
  const batch = reviewer.getByRole("region", { name: "批量审核通过" });
  const boxes = batch.getByRole("checkbox");
  await expect(boxes.first()).toBeVisible();
  // Other tests read these units' submitted reports: they stay as they are.
  const keep = ["区应急管理局", "区经济和信息化局", "区农业农村局", "区住房和城乡建设局", "区行政审批服务管理局"];
  const names: string[] = [];
  for (let i = 0; i < (await boxes.count()); i++) {
    const box = boxes.nth(i);
    const name = ((await box.locator("xpath=..").textContent()) ?? "").replace(/（.*$/, "").trim();
    await expect(box).not.toBeChecked();
    if (names.length < 2 && !keep.includes(name)) {
      names.push(name);
      await box.check();
    }
  }
  expect(names).toHaveLength(2);
  await batch.getByRole("button", { name: "审核通过所选 2 份报告" }).click();
  const confirm = batch.getByRole("group", { name: "确认批量审核通过" });
  await expect(confirm).toContainText(`${names[0]}、${names[1]}`);
  await confirm.getByRole("button", { name: "确认审核通过 2 份报告" }).click();
  const results = batch.getByRole("list", { name: "批量审核结果" });
  for (const name of names) await expect(results).toContainText(`${name}：已审核通过`);
  await expect(results.getByRole("listitem")).toHaveCount(2);

  await reviewer.reload();
  const row = (name: string) => reviewer.getByRole("row", { name: new RegExp(`^选择${name} `) });
  for (const name of names) await expect(row(name)).toContainText("审核通过");
  await expect(row("区应急管理局")).toContainText("已提交");
  // A draft's row says how far it is, section by section, without opening it.
  await expect(reviewer.getByTestId("section-progress").first()).toHaveText(/^二 \d+\/\d+ · 三 \d+\/\d+ · 四 \d+\/\d+$/);
});
