import { expect, test, type Page } from "@playwright/test";
import { openOwnReport, seriousViolations, signIn } from "./helpers";

/**
 * Issue 10, items 6, 8 and 10: help on every row (ⓘ and the cell's description), an honest status line and
 * counts, and wide tables that keep their labels in view. Read-only: it types nothing into the units' reports.
 */
const PARTIAL = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）";
const RECEIVED = "一、本年新收政府信息公开申请数量";
// Set GRID_HELP_SHOTS=<dir> to keep screenshots of the layouts for a look.
const SHOTS = process.env.GRID_HELP_SHOTS;
const shot = (page: Page, name: string) => (SHOTS ? page.screenshot({ path: `${SHOTS}/${name}.png` }) : Promise.resolve());

test.describe("help on every row", () => {
  test("the ⓘ beside a label shows its help by mouse, keyboard and touch, and Esc closes it", async ({ page }) => {
    await signIn(page, "wjj-editor");
    await openOwnReport(page, 2021, "三、收到和处理");
    const tip = page.getByRole("button", { name: `说明：${PARTIAL}` });
    await expect(tip).toHaveAttribute("aria-expanded", "false");
    const text = page.locator(`[id="${await tip.getAttribute("aria-controls")}"]`);
    await expect(text).toBeHidden();

    await tip.click();
    await expect(tip).toHaveAttribute("aria-expanded", "true");
    await expect(text).toBeVisible();
    await expect(text).toContainText("只计入本行");
    await shot(page, `help-open`);

    await page.keyboard.press("Escape");
    await expect(text).toBeHidden();
    await expect(tip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(text).toBeVisible();
    // A tap elsewhere closes it.
    await page.getByRole("heading", { level: 2 }).click();
    await expect(text).toBeHidden();

    // Column help, and 四's columns carry their group's name.
    await page.getByRole("button", { name: "说明：自然人" }).click();
    await expect(page.getByTestId("help-text").filter({ visible: true })).toContainText("以个人名义");
    await page.getByRole("button", { name: /^四、政府信息公开行政复议/ }).click();
    await page.getByRole("button", { name: "说明：复议后起诉 · 尚未审结" }).click();
    await expect(page.getByTestId("help-text").filter({ visible: true })).toContainText("尚未作出复议决定");
  });

  test("a cell's accessible description carries its row's and its column's help", async ({ page }) => {
    await signIn(page, "wjj-editor");
    await openOwnReport(page, 2021, "三、收到和处理");
    await expect(page.getByLabel(`${PARTIAL} · 自然人`, { exact: true })).toHaveAccessibleDescription(/只计入本行.*以个人名义/);
    await page.getByRole("button", { name: /^二、主动公开/ }).click();
    await expect(page.getByLabel("行政规范性文件 · 现行有效件数", { exact: true })).toHaveAccessibleDescription(/截至本年底仍然有效/);
  });
});

test.describe("honest status", () => {
  test("a report nobody has touched says 尚未填写, not 已保存", async ({ page }) => {
    await signIn(page, "tyjr-editor");
    await openOwnReport(page, 2021, "三、收到和处理");
    await expect(page.getByTestId("save-status")).toHaveText("尚未填写");
    await expect(page.getByTestId("save-status")).not.toContainText("已保存");
  });

  // Before: the sidebar said 0 个错误 while 检查 listed 4.
  test("the sidebar's error and warning counts are the 检查 page's", async ({ page }) => {
    await signIn(page, "wjj-editor");
    await openOwnReport(page, 2021);
    const progress = (await page.getByTestId("progress-checks").textContent()) ?? "";
    const [, errors, warnings] = /(\d+) 个错误 · (\d+) 个提示/.exec(progress)!.map(Number);
    await page.getByRole("button", { name: /^检查与签发提交/ }).click();
    const findings = page.getByRole("region", { name: "全文检查结果" }).getByTestId("finding");
    const bySeverity = (label: string) => findings.filter({ has: page.locator("button > span.font-medium", { hasText: new RegExp(`^${label}$`) }) });
    await expect(bySeverity("错误")).not.toHaveCount(0);
    await expect(bySeverity("错误")).toHaveCount(errors);
    await expect(bySeverity("提示")).toHaveCount(warnings);
    await expect(page.getByRole("region", { name: "签发提交" })).toContainText(`尚有 ${errors} 个错误`);
  });
});

async function openAt(page: Page, width: number, section: string) {
  await page.setViewportSize({ width, height: 800 });
  await signIn(page, "wjj-editor");
  await openOwnReport(page, 2021, section);
}

test.describe("wide tables", () => {
  const cases = [
    { width: 1280, section: "四、政府信息公开行政复议", first: /^件数/, header: "结果维持", spanning: "行政诉讼" },
    { width: 390, section: "三、收到和处理", first: new RegExp(`^${RECEIVED}`), header: "自然人", spanning: "申请人情况" },
    { width: 390, section: "四、政府信息公开行政复议", first: /^件数/, header: "结果维持", spanning: "行政诉讼" },
  ];
  for (const { width, section, first, header, spanning } of cases) {
    test(`${section} at ${width} px: the first column stays while the table scrolls, with a hint`, async ({ page }) => {
      await openAt(page, width, section);
      const frame = page.getByTestId("table-scroll").first();
      await expect(page.getByTestId("table-scroll-hint").first()).toBeVisible();
      await expect(page.getByTestId("table-scroll-hint").first()).toHaveText(/左右滑动查看全部列/);
      await frame.scrollIntoViewIfNeeded();
      await shot(page, `${width}-${section.slice(0, 1)}-before`);

      const label = frame.getByRole("rowheader", { name: first }).first();
      const before = (await label.boundingBox())!;
      const lastInput = frame.getByRole("textbox").last();
      const inputBefore = (await lastInput.boundingBox())!;
      const scrolled = await frame.evaluate((el) => {
        el.scrollLeft = el.scrollWidth;
        return el.scrollLeft;
      });
      expect(scrolled).toBeGreaterThan(50);
      await expect.poll(async () => (await lastInput.boundingBox())!.x).toBeLessThan(inputBefore.x - 40);
      const after = (await label.boundingBox())!;
      expect(Math.abs(after.x - before.x)).toBeLessThan(1);
      expect(Math.abs(after.y - before.y)).toBeLessThan(1);
      // A header spanning several columns (the one over the columns now in view) keeps its words in sight, just
      // right of the frozen column.
      const words = await frame.getByRole("columnheader", { name: new RegExp(`^${spanning}`) }).first().evaluate((th, text) => {
        // Where the words themselves are drawn, whatever element holds them.
        const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
        let node: Node | null;
        while ((node = walker.nextNode()) && !node.textContent?.includes(text));
        const range = document.createRange();
        range.selectNodeContents(node!);
        const r = range.getBoundingClientRect();
        return { x: r.x, width: r.width };
      }, spanning);
      const frameBox = (await frame.boundingBox())!;
      expect(words.x).toBeGreaterThanOrEqual(after.x + after.width - 1);
      expect(words.x + words.width).toBeLessThanOrEqual(frameBox.x + frameBox.width);
      await shot(page, `${width}-${section.slice(0, 1)}-scrolled`);

      // The header rows stay on top while the table scrolls down (where it is taller than its box).
      const head = frame.getByRole("columnheader", { name: new RegExp(`^${header}`) }).first();
      const headBefore = (await head.boundingBox())!;
      const down = await frame.evaluate((el) => {
        el.scrollTop = 300;
        return el.scrollTop;
      });
      if (down > 0) {
        const headAfter = (await head.boundingBox())!;
        expect(Math.abs(headAfter.y - headBefore.y)).toBeLessThan(1);
        await shot(page, `${width}-${section.slice(0, 1)}-down`);
      }
    });
  }

  test("on a phone, the help of a column at the right edge opens where it can be read", async ({ page }) => {
    await openAt(page, 390, "三、收到和处理");
    const frame = page.getByTestId("table-scroll").first();
    await frame.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    await page.getByRole("button", { name: "说明：总计" }).click();
    const help = page.getByTestId("help-text").filter({ visible: true });
    await expect(help).toContainText("自动计算");
    const box = (await help.boundingBox())!;
    const frameBox = (await frame.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(frameBox.x + frameBox.width + 1);
  });

  test("a table that fits shows no hint, and the phone layout has no serious accessibility issue", async ({ page }) => {
    await openAt(page, 1280, "二、主动公开");
    await expect(page.getByTestId("table-scroll").first()).toBeVisible();
    await expect(page.getByTestId("table-scroll-hint")).toHaveCount(0);
    await page.setViewportSize({ width: 390, height: 800 });
    await page.getByRole("button", { name: /^三、收到和处理/ }).click();
    await expect(page.getByTestId("table-scroll-hint").first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
