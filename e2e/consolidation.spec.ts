import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { newSignedInPage, signIn } from "./helpers";

const BASE = "/workspace/office/2020/consolidated";

test("the reviewer reads the 2020 consolidated report and traces a number to the units", async ({ page }) => {
  await signIn(page, "reviewer");
  await page.goto(BASE);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("2020年度本级政府信息公开工作年度报告");
  await expect(page.getByTestId("included-count")).toHaveText("77");
  await expect(page.getByRole("heading", { name: "宁波市北仑区人民政府2020年政府信息公开工作年度报告" })).toBeVisible();

  // The district's figures, as the reference report prints them.
  const disclosed = page.getByRole("link", { name: /^（一）主动公开政府信息数.*：70182$/ });
  await expect(disclosed).toHaveText("70182");
  await expect(page.getByRole("link", { name: "一、本年新收政府信息公开申请数量 · 总计：204", exact: true })).toHaveText("204");
  await expect(page.getByRole("link", { name: /采购总金额：6376\.8025 万元（已调整）$/ })).toBeVisible();
  // The override is listed with its difference from the sum; the reference's own slip (7 > 5) is found.
  await expect(page.getByTestId("consolidated-finding").filter({ hasText: "AGG-SUM" })).toContainText("差额 +3.8496 万元");
  await expect(page.getByTestId("consolidated-finding").filter({ hasText: "TA-PART-LE-WHOLE" })).toBeVisible();
  await expect(page.getByText("全年通过各种渠道公开政府信息70182条", { exact: false })).toBeVisible();

  // Every unit's numbers in one sheet: 77 units, the office, the plain sum and the adjusted number.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载各单位数据（Excel）" }).click()]);
  expect(download.suggestedFilename()).toBe("2020年度各单位数据.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const sheet = wb.worksheets[0];
  const keys = sheet.getRow(4).values as unknown[];
  const col = keys.indexOf("b9.procurement.amount");
  const rows = Array.from({ length: sheet.rowCount - 4 }, (_, i) => sheet.getRow(i + 5));
  expect(rows.filter((r) => r.getCell(2).value === "是")).toHaveLength(78);
  expect(rows.find((r) => r.getCell(1).value === "合计")!.getCell(col).value).toBe(6372.9529);
  expect(rows.at(-1)!.getCell(1).value).toBe("汇总报告采用数（含 1 处调整）");
  expect(rows.at(-1)!.getCell(col).value).toBe(6376.8025);

  // Drill down: every unit's contribution, largest first, adding up to the number.
  await disclosed.click();
  await expect(page).toHaveURL(/\/consolidated\/cell\/a\.total$/);
  await expect(page.getByTestId("consolidated-value")).toHaveText("70182");
  await expect(page.getByTestId("drill-total")).toHaveText("70182");
  const values = (await page.getByTestId("contribution-value").allTextContents()).map((t) => Number(t.replace(/（.*$/, ""))).filter((n) => !Number.isNaN(n));
  expect(values.length).toBeGreaterThan(10);
  expect(values.reduce((a, b) => a + b, 0)).toBe(70182);
  expect(values).toEqual([...values].sort((a, b) => b - a));
  await expect(page.getByTestId("contribution").first().getByRole("link", { name: "查看报告" })).toHaveAttribute("href", /^\/workspace\/review\/\d+$/);
});

test("a unit person can neither open the consolidation nor change it by a crafted request", async ({ browser }) => {
  const edu = await newSignedInPage(browser, "edu-editor");
  for (const path of [BASE, `${BASE}/cell/a.total`, `${BASE}/entries`, `${BASE}/narrative/one`]) {
    const response = await edu.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(edu.getByText("70182")).toHaveCount(0);
  }
  for (const file of ["units.xlsx", "draft/report.xlsx"]) {
    expect((await edu.request.get(`${BASE}/${file}`)).status(), file).toBe(404);
  }

  // The reviewer overrides a 2019 number (then undoes it); the unit replays the request with its own session.
  const reviewer = await newSignedInPage(browser, "reviewer");
  await reviewer.goto("/workspace/office/2019/consolidated/cell/t4.review.upheld");
  const sum = (await reviewer.getByTestId("drill-total").textContent())!.trim();
  await reviewer.getByLabel(/^调整后的数/).fill("12345");
  await reviewer.getByLabel("调整理由（必填）").fill("端到端测试");
  const saveRequest = reviewer.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await reviewer.getByRole("button", { name: "保存调整" }).click();
  const request = await saveRequest;
  await expect(reviewer.getByTestId("override-difference")).toBeVisible();
  await reviewer.getByRole("button", { name: "撤销调整" }).click();
  await expect(reviewer.getByTestId("override-difference")).toHaveCount(0);

  const headers = Object.fromEntries(Object.entries(request.headers()).filter(([k]) => k.toLowerCase() !== "cookie"));
  const forged = request.postData()!.replace('"12345"', '"999"');
  const answer = await edu.request.post(request.url(), { headers, data: forged });
  expect(await answer.text()).toContain("未找到该年度的汇总报告，或您无权访问");
  await reviewer.reload();
  await expect(reviewer.getByTestId("consolidated-value")).toHaveText(sum);
  await expect(reviewer.getByTestId("override-difference")).toHaveCount(0);
});
