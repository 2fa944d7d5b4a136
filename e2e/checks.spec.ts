import { expect, test } from "@playwright/test";
import { setReportState } from "./db";
import { expectSaved, newSignedInPage, openOwnReport, seriousViolations, signIn, closeSignOff, signOff } from "./helpers";

const PRESS = "1.参加或举办新闻发布会总次数";
const PRESS_LEADER = "其中：主要负责同志参加新闻发布会次数";

test("a 其中 larger than its whole is flagged at the cell while typing, and the flag goes when fixed", async ({ page }) => {
  // 区教育局's published 2020 report is back with the unit for a correction: table A (a local table of 2020) is editable again.
  setReportState("edu", 2020, "returned");
  await signIn(page, "edu-editor");
  await openOwnReport(page, 2020, "二、主动公开");
  const whole = Number(await page.getByLabel(PRESS, { exact: true }).inputValue());
  const part = page.getByLabel(PRESS_LEADER, { exact: true });
  const original = await part.inputValue();

  await part.fill(String(whole + 3));
  await expect(part).toBeFocused();
  const note = page.locator("#cell-a-pressConfLeader-finding").getByTestId("cell-finding").filter({ hasText: "TA-PART-LE-WHOLE" });
  // At the cell: one short line, the check's title; the full message is read out with the cell and listed
  // in the section's panel.
  await expect(note).toContainText("✖ “其中”项大于所属总项（TA-PART-LE-WHOLE）");
  await expect(note).toBeVisible();
  expect((await note.boundingBox())!.height).toBeLessThan(24);
  const message = `${PRESS_LEADER}（${whole + 3}）大于参加或举办新闻发布会总次数（${whole}）`;
  await expect(part).toHaveAccessibleDescription(new RegExp(`^“其中”项大于所属总项（TA-PART-LE-WHOLE）\\s*：${message.replace(/[()（）]/g, "\\$&")}`));
  await expect(part).toHaveAttribute("aria-invalid", "true");
  // The whole it exceeds is marked too, pointing to the same check.
  await expect(page.locator("#cell-a-pressConf-finding")).toHaveText("✖ 错误：见 TA-PART-LE-WHOLE");
  const panel = page.getByRole("region", { name: "本部分检查结果" });
  await expect(panel).toContainText(`TA-PART-LE-WHOLE ${message}`);
  // The panel comes after the tables; above them a one-line summary says how many there are.
  await expect(page.getByTestId("findings-summary")).toContainText("1 个错误");

  // Clicking the finding takes the person to the cell.
  await page.getByLabel(PRESS, { exact: true }).focus();
  await panel.getByRole("button", { name: /TA-PART-LE-WHOLE/ }).click();
  await expect(part).toBeFocused();

  // Fixed by restoring the unit's own figure: the 2020 consolidation keeps adding up to the reference.
  await part.fill(original);
  await expect(note).toHaveCount(0);
  await expect(page.locator("#cell-a-pressConf-finding")).toHaveCount(0);
  await expect(part).not.toHaveAttribute("aria-invalid", "true");
  await expectSaved(page);
});

// The 2020 report goes back to approved whatever happened above: the consolidation specs count on it.
test.afterAll(() => setReportState("edu", 2020, "published"));

test("a report with errors cannot be submitted, neither by the button nor by a direct request", async ({ browser }) => {
  const approver = await newSignedInPage(browser, "xinqi-approver");
  const reportId = await openOwnReport(approver, 2021, "检查与签发提交");
  const submitted = approver.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await signOff(approver);
  const request = await submitted;
  const refusal = approver.getByRole("alert").filter({ hasText: "暂不能提交" });
  await expect(refusal).toContainText("VAL-BLANK");

  // The editor replays the sign-off request: refused for their role.
  const editor = await newSignedInPage(browser, "xinqi-editor");
  const replay = await editor.request.post(request.url(), { headers: request.headers(), data: request.postData()! });
  expect(await replay.text()).toContain("只有本单位的审核签发人可以签发提交报告");

  await editor.goto(`/workspace/reports/${reportId}`);
  await expect(editor.getByText("填报中")).toBeVisible();
  await expect(editor.getByTestId("signed-off")).toHaveCount(0);
});

test("a warning needs an explanation; then the approver submits and the report is locked for the unit", async ({ page }) => {
  await signIn(page, "mzj-approver");
  await openOwnReport(page, 2021, "检查与签发提交");
  await expect(page.getByTestId("finding")).toHaveCount(0);

  // A carry-over that does not match last year's carry-forward is a warning (T3-CARRY-YOY).
  await page.getByRole("button", { name: /^三、收到和处理/ }).click();
  const carried = page.getByLabel("二、上年结转政府信息公开申请数量 · 自然人", { exact: true });
  const before = Number(await carried.inputValue());
  await carried.fill(String(before + 1));
  await expect(page.getByTestId("cell-finding").filter({ hasText: "T3-CARRY-YOY" })).toBeVisible();
  // Keep the table balanced so only the warning remains.
  const forward = page.getByLabel("四、结转下年度继续办理 · 自然人", { exact: true });
  await forward.fill(String(Number(await forward.inputValue()) + 1));
  await expectSaved(page);

  await page.getByRole("button", { name: /^检查与签发提交/ }).click();
  await signOff(page);
  await expect(page.getByRole("alert").filter({ hasText: "暂不能提交" })).toContainText("未填写情况说明");
  await closeSignOff(page);

  // The changed figure also no longer matches the narrative (TXT-VS-TABLE): both warnings need explaining.
  const items = page.getByTestId("finding");
  // A finding by its own check id (another finding may name it, offering one explanation for both).
  const finding = (id: string) => items.filter({ has: page.locator("code", { hasText: new RegExp(`^${id}$`) }) });
  await expect(finding("TXT-VS-TABLE")).toHaveCount(1);
  // One changed cell raised both: one explanation covers the two, offered because they concern the same cells.
  const carry = finding("T3-CARRY-YOY");
  await carry.getByRole("textbox").fill("上年末有1件申请在本年初补录，已与上年报告核对。");
  await carry.getByLabel(/^同一说明也用于涉及相同单元格的 1 条提示（TXT-VS-TABLE）/).check();
  await carry.getByRole("button", { name: "保存说明" }).click();
  for (const id of ["T3-CARRY-YOY", "TXT-VS-TABLE"]) await expect(finding(id)).toContainText("情况说明（已填写）");
  await expect(finding("TXT-VS-TABLE").getByRole("textbox")).toHaveValue("上年末有1件申请在本年初补录，已与上年报告核对。");

  await signOff(page);
  await expect(page.getByTestId("signed-off")).toContainText("区民政局审核签发人");
  await expect(page.getByText("已提交", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: /^三、收到和处理/ }).click();
  await expect(page.getByLabel("二、上年结转政府信息公开申请数量 · 自然人", { exact: true })).toHaveAttribute("readonly", "");
  await expect(page.getByText("报告已提交备案，不能再修改")).toBeVisible();
});

test("every check's rule can be read, grouped by what it means for submitting", async ({ page }) => {
  await signIn(page, "xinqi-editor");
  await openOwnReport(page, 2021);
  await page.getByRole("link", { name: "检查规则" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "检查规则" })).toBeVisible();
  const errors = page.getByRole("region", { name: /^错误/ });
  await expect(errors.getByTestId("check-rule").filter({ hasText: "T3-BALANCE" })).toContainText("本年新收申请数 + 上年结转数 = 办理结果总计 + 结转下年度继续办理数");
  await expect(page.getByRole("region", { name: /^提示/ }).getByTestId("check-rule").filter({ hasText: "TXT-SEC5-COPY" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
