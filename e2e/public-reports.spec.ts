import { expect, test, type Locator, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { newSignedInPage, seriousViolations } from "./helpers";

// The public site, signed out (every test starts in a fresh context without a session).

/** The value cell of a row that sits under a column header: matched by position, as a reader's eye does. */
async function cellUnder(row: Locator, header: Locator): Promise<Locator> {
  const h = (await header.boundingBox())!;
  const cells = row.getByRole("cell");
  for (let i = 0; i < (await cells.count()); i++) {
    const box = (await cells.nth(i).boundingBox())!;
    const centre = box.x + box.width / 2;
    if (centre > h.x && centre < h.x + h.width) return cells.nth(i);
  }
  throw new Error("no cell under that column header");
}

async function expectNoSeriousA11yViolations(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}

test("the public finds a unit's report by name, reads its values and downloads every format", async ({ page }) => {
  await page.goto("/reports");
  await expect(page).toHaveTitle("政府信息公开工作年度报告");
  await expect(page.getByRole("heading", { level: 1, name: "政府信息公开工作年度报告" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "2020年度" })).toBeVisible();
  // Each year is one step away from the top, with how many reports it has.
  await page.getByRole("navigation", { name: "按年度查看" }).getByRole("link", { name: /^2019年度（\d+ 份）$/ }).click();
  await expect(page).toHaveURL(/\/reports#year-2019$/);

  // Search by keyboard: the GET form filters on the server.
  await page.getByLabel("单位名称").fill("教育");
  await page.getByLabel("单位名称").press("Enter");
  await expect(page).toHaveURL(/\/reports\?q=%E6%95%99%E8%82%B2/);
  const year2020 = page.getByRole("region", { name: "2020年度" });
  await expect(year2020.getByRole("link", { name: "区教育局" })).toBeVisible();
  await expect(page.getByRole("link", { name: "新碶街道" })).toHaveCount(0);
  await year2020.getByRole("link", { name: "区教育局" }).click();

  await expect(page).toHaveURL(/\/reports\/2020\/edu$/);
  await expect(page.getByRole("heading", { level: 1, name: "宁波市北仑区教育局2020年政府信息公开工作年度报告" })).toBeVisible();
  await expect(page.getByText("编制说明：", { exact: true })).toBeVisible();
  for (const heading of ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }

  // Values found under their row and column labels.
  const t3 = page.getByRole("region", { name: "表格：三、收到和处理政府信息公开申请情况" }).getByRole("table");
  const received = t3.getByRole("row", { name: /^一、本年新收政府信息公开申请数量/ });
  const receivedTotal = await cellUnder(received, t3.getByRole("columnheader", { name: "总计", exact: true }));
  await expect(receivedTotal).toHaveText("1");
  await expect(await cellUnder(received, t3.getByRole("columnheader", { name: "自然人", exact: true }))).toHaveText("1");
  const tableA = page.getByRole("region", { name: "表格：不同渠道方式主动公开及回应解读总体情况" }).getByRole("table");
  const disclosed = tableA.getByRole("row", { name: /^（一）主动公开政府信息数/ });
  await expect(await cellUnder(disclosed, tableA.getByRole("columnheader", { name: "统计数", exact: true }))).toHaveText("2528");
  await expect(page.getByRole("row", { name: /^政府集中采购/ })).toContainText("86.5277 万元");

  // Downloads: Word, Excel and JSON of this version, with their own file names.
  const downloads = page.getByRole("navigation", { name: "下载" });
  for (const [name, ext] of [[/Word/, "docx"], [/Excel/, "xlsx"], [/JSON|开放数据/, "json"]] as const) {
    const [download] = await Promise.all([page.waitForEvent("download"), downloads.getByRole("link", { name }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${ext}$`));
    const file = await download.path();
    if (ext === "json") {
      const data = JSON.parse(readFileSync(file, "utf8"));
      expect(data.year).toBe(2020);
      expect(data.organisation).toBe("宁波市北仑区教育局");
      expect(data.values["t3.received.total"]).toBe(Number(await receivedTotal.textContent()));
    } else {
      expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
    }
  }

  // The print view: the same report without the site's frame.
  await downloads.getByRole("link", { name: /打印/ }).click();
  await expect(page).toHaveURL(/\/reports\/2020\/edu\/v\/1\/print$/);
  await expect(page.getByRole("heading", { level: 1, name: "宁波市北仑区教育局2020年政府信息公开工作年度报告" })).toBeVisible();
  await expect(page.getByRole("button", { name: "打印" })).toBeVisible();
  await expect(page.getByRole("banner")).toHaveCount(0);
});

test("the consolidated report shows the district's figures, its charts and the year-on-year table", async ({ page }) => {
  await page.goto("/reports");
  await page.getByRole("region", { name: "2020年度" }).getByRole("link", { name: "宁波市北仑区人民政府2020年政府信息公开工作年度报告" }).click();
  await expect(page).toHaveURL(/\/reports\/2020\/bengji$/);
  await expect(page.getByRole("heading", { level: 1, name: "宁波市北仑区人民政府2020年政府信息公开工作年度报告" })).toBeVisible();
  await expect(page.getByRole("row", { name: /^（一）主动公开政府信息数/ }).getByRole("cell").last()).toHaveText("70182");

  for (const caption of [/申请办理结果/, /不同渠道主动公开政府信息数/, /行政复议、提起行政诉讼的结果/]) {
    const figure = page.getByRole("figure", { name: caption });
    await expect(figure).toBeVisible();
    await expect(figure.locator("svg rect").first()).toBeVisible();
    await expect(figure.getByRole("table")).toHaveCount(1);
  }
  await expect(page.getByRole("figure", { name: /申请办理结果/ }).getByRole("row", { name: /予以公开/ })).toContainText("135");

  const yoy = page.getByRole("region", { name: "表格：历年主要数据对比" });
  await expect(yoy.getByRole("columnheader", { name: "2020年", exact: true })).toBeVisible();
  await expect(yoy.getByRole("row", { name: /^主动公开政府信息数/ })).toContainText("70182");
  await expect(yoy.getByRole("row", { name: /^本年新收政府信息公开申请数量/ })).toContainText("204");
});

test("a report that was never published, an unknown unit or version is not found", async ({ page }) => {
  for (const path of ["/reports/2020/no-such-unit", "/reports/2021/edu", "/reports/2020/edu/v/9", "/reports/2020/edu/v/0", "/reports/2020/edu/v/abc", "/reports/1999/bengji", "/reports/2020/edu/v/9/print"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await expect(page.getByRole("heading", { level: 1, name: "未找到该报告" })).toBeVisible();
  const ok = await page.goto("/reports/2020/edu/v/1");
  expect(ok?.status()).toBe(200);
});

test("on a phone the page does not overflow: wide tables scroll sideways in a focusable region", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto("/reports/2020/edu");
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  const region = page.getByRole("region", { name: "表格：三、收到和处理政府信息公开申请情况" });
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await region.focus();
  await expect(region).toBeFocused();
  await context.close();
});

test("public pages pass axe with no serious or critical violations", async ({ page }) => {
  for (const path of ["/reports", "/reports?q=%E8%A1%97%E9%81%93&year=2020", "/reports/2020/edu", "/reports/2020/bengji", "/reports/2020/edu/v/1/print"]) {
    await page.goto(path);
    await expectNoSeriousA11yViolations(page);
  }
});

test("on a phone (390 px) no public page is wider than the screen: wide tables and charts scroll or shrink inside", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "zh-CN" });
  const page = await context.newPage();
  for (const path of ["/reports", "/reports?q=%E8%A1%97%E9%81%93&year=2020", "/reports/2020/bengji", "/reports/2020/edu", "/reports/2019/edu", "/reports/2020/edu/v/1", "/reports/2020/edu/v/1/print"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} is ${overflow}px wider than the screen`).toBeLessThanOrEqual(0);
  }
  await context.close();
});

test("no page can be framed by another site, cached public pages included", async ({ request }) => {
  for (const path of ["/login", "/reports", "/reports/2020/bengji", "/reports/2020/bengji"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()["x-frame-options"], path).toBe("DENY");
    expect(res.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(res.headers()["x-content-type-options"], path).toBe("nosniff");
  }
});

test("search engines are pointed at every published report and kept out of the workspace", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /workspace");
  expect(robots).toMatch(/Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml/);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toMatch(/<loc>http:\/\/127\.0\.0\.1:\d+\/reports\/2020\/bengji<\/loc>/);
  expect(sitemap).toContain("/reports/2019/edu</loc>");
  expect(sitemap).not.toContain("/reports/2021/edu</loc>");
});

test("a unit's report compares its published years", async ({ page }) => {
  await page.goto("/reports/2020/edu");
  const region = page.getByRole("region", { name: "表格：历年主要数据对比" });
  await expect(page.getByRole("heading", { level: 2, name: "历年主要数据对比" })).toBeVisible();
  await expect(region.getByRole("columnheader", { name: "2019年", exact: true })).toBeVisible();
  await expect(region.getByRole("columnheader", { name: "2020年", exact: true })).toBeVisible();
  await expect(region.getByRole("columnheader", { name: "2020年较2019年增减" })).toBeVisible();
  // Each year's column links to that year's report.
  await region.getByRole("link", { name: "2019年", exact: true }).click();
  await expect(page).toHaveURL(/\/reports\/2019\/edu$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("2019年政府信息公开工作年度报告");
});

test("a year's published reports download as one CSV of open data", async ({ page }) => {
  await page.goto("/reports");
  const link = page.getByRole("region", { name: "2020年度" }).getByRole("link", { name: /下载本年度全部报告数据/ });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("2020年度政府信息公开工作年度报告数据.csv");
  const lines = readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "").trim().split("\r\n");
  const header = lines[0].split(",");
  expect(lines).toHaveLength(1 + 77 + 1);
  const district = lines.find((l) => l.startsWith("宁波市北仑区人民政府,consolidated,2020,"))!.split(",");
  expect(district[header.indexOf("a.total")]).toBe("70182");
  expect(district[header.indexOf("t3.received.total")]).toBe("204");
  expect((await page.request.get("/reports/2031/data.csv")).status()).toBe(404);
});

test("a government site's frame: its name in the banner, its 主办单位, 网站标识码 and 备案号 in the footer once the administrator sets them, units grouped as the government lists them", async ({ page, browser }) => {
  await page.goto("/reports");
  await expect(page.getByRole("banner")).toContainText("宁波市北仑区人民政府");
  // Nothing set yet: no empty labels in the footer.
  await expect(page.getByTestId("site-footer")).not.toContainText("网站标识码");
  const year = page.getByRole("region", { name: "2020年度" });
  await expect(year.getByRole("heading", { name: /^政府部门（\d+ 份）$/ })).toBeVisible();
  await expect(year.getByRole("heading", { name: "街道（10 份）" })).toBeVisible();

  const admin = await newSignedInPage(browser, "admin");
  await admin.goto("/workspace/admin");
  await admin.getByLabel("主办单位").fill("宁波市北仑区人民政府办公室");
  await admin.getByLabel("网站标识码").fill("12345");
  await admin.getByRole("button", { name: "保存" }).nth(1).click();
  await expect(admin.getByText("网站标识码为 10 位数字")).toBeVisible();
  await admin.getByLabel("网站标识码").fill("3302060001");
  await admin.getByLabel("ICP 备案号").fill("浙ICP备00000000号");
  await admin.getByRole("button", { name: "保存" }).nth(1).click();
  await expect(admin.getByRole("status").filter({ hasText: "已保存，公开页面已更新。" })).toBeVisible();

  await page.reload();
  const footer = page.getByTestId("site-footer");
  await expect(footer).toContainText("主办单位：宁波市北仑区人民政府办公室");
  await expect(footer).toContainText("网站标识码：3302060001");
  await expect(footer).toContainText("浙ICP备00000000号");
  await expect(footer).not.toContainText("联系方式");
  await page.goto("/reports/2020/edu");
  await expect(page.getByTestId("site-footer")).toContainText("网站标识码：3302060001");
});
