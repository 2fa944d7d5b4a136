import { expect, test, type Page } from "@playwright/test";
import { expectSaved, newSignedInPage, openOwnReport, closeSignOff, signOff } from "./helpers";

const CELL = "行政强制 · 本年处理决定数量";

async function submitAsApprover(page: Page) {
  await page.getByRole("button", { name: /^检查与签发提交/ }).click();
  await signOff(page);
  await expect(page.getByTestId("signed-off")).toBeVisible();
}

/**
 * A district department reports a 规章 (which it cannot make: T2-RULES-LEVEL, a warning), explains it and
 * submits. Gives the report's id and the two cells with their values before.
 */
async function submitAnExplainedRule(unit: Page, explanation: string) {
  const reportId = await openOwnReport(unit, 2021, "二、主动公开");
  const issued = unit.getByLabel("规章 · 本年制发件数", { exact: true });
  const inForce = unit.getByLabel("规章 · 现行有效件数", { exact: true });
  const before = [await issued.inputValue(), await inForce.inputValue()] as const;
  await issued.fill(String(Number(before[0]) + 1));
  await inForce.fill(String(Number(before[1]) + 1));
  await expectSaved(unit);
  await unit.getByRole("button", { name: /^检查与签发提交/ }).click();
  const warning = unit.getByTestId("finding").filter({ hasText: "T2-RULES-LEVEL" });
  await warning.getByRole("textbox").fill(explanation);
  await warning.getByRole("button", { name: "保存说明" }).click();
  await expect(warning).toContainText("情况说明（已填写）");
  await submitAsApprover(unit);
  return { reportId, issued, inForce, before };
}

/** The reviewer does not accept the explanation (with a note) and returns the report with a reason. */
async function rejectAndReturn(reviewer: Page, reportId: number, note: string, reason: string) {
  await reviewer.goto(`/workspace/review/${reportId}`);
  const finding = reviewer.getByTestId("review-finding").filter({ hasText: "T2-RULES-LEVEL" });
  await finding.getByRole("textbox", { name: "审核意见" }).fill(note);
  await finding.getByRole("button", { name: "不认可" }).click();
  await expect(finding).toContainText("不认可");
  await reviewer.getByLabel("退回理由（退回修改时必填）").fill(reason);
  await reviewer.getByRole("button", { name: "退回修改" }).click();
  await reviewer.getByRole("button", { name: "确认退回修改" }).click();
  await expect(reviewer.getByText("已退回", { exact: true })).toBeVisible();
}

test("submit, comment and return, fix and resubmit, see the change, approve", async ({ browser }) => {
  // 区公安分局's 2021 report is complete and clean: its approver submits it.
  const unit = await newSignedInPage(browser, "police-approver");
  const reportId = await openOwnReport(unit, 2021);
  await submitAsApprover(unit);

  const reviewer = await newSignedInPage(browser, "reviewer");
  await reviewer.goto(`/workspace/review/${reportId}`);
  await expect(reviewer.getByRole("heading", { level: 1, name: "宁波市北仑区公安分局2021年政府信息公开工作年度报告" })).toBeVisible();
  const before = Number(await reviewer.getByTestId("value-b6.enforcement.decisions").textContent());
  await reviewer.getByRole("button", { name: `批注：${CELL}` }).click();
  await reviewer.getByRole("textbox", { name: `批注：${CELL}` }).fill("行政强制决定数与执法系统统计不一致，请核实。");
  await reviewer.getByRole("button", { name: "添加批注" }).click();
  await expect(reviewer.getByRole("complementary")).toContainText("行政强制决定数与执法系统统计不一致");
  await reviewer.getByLabel("退回理由（退回修改时必填）").fill("请按批注核实行政强制数据。");
  await reviewer.getByRole("button", { name: "退回修改" }).click();
  await reviewer.getByRole("button", { name: "确认退回修改" }).click();
  await expect(reviewer.getByText("已退回", { exact: true })).toBeVisible();

  // The unit sees the reason, and the comment at its cell.
  await unit.reload();
  await expect(unit.getByTestId("return-reason")).toContainText("请按批注核实行政强制数据。");
  await unit.getByRole("button", { name: /^二、主动公开/ }).click();
  const cell = unit.getByLabel(CELL, { exact: true });
  await expect(unit.locator("#cell-b6-enforcement-decisions-comment")).toContainText("行政强制决定数与执法系统统计不一致");
  await cell.fill(String(before + 2));
  await expectSaved(unit);
  // The unit also adds a sentence to 五.
  await unit.getByRole("button", { name: /^五、存在的主要问题/ }).click();
  const five = unit.getByLabel("五、存在的主要问题及改进情况 正文");
  await five.fill(`${await five.inputValue()}\n行政强制数据已与执法系统逐条核对。`);
  await expectSaved(unit);
  await submitAsApprover(unit);

  // The reviewer sees exactly what changed, and approves.
  await reviewer.reload();
  await expect(reviewer.getByTestId("changes-since-submission")).toContainText(`“${CELL}”：${before} → ${before + 2}`);
  // The narrative's change is shown as a text diff: the inserted sentence marked as an insertion.
  const diff = reviewer.getByRole("region", { name: "“存在的主要问题及改进情况”正文的修改" });
  await expect(diff.locator("ins")).toContainText("行政强制数据已与执法系统逐条核对。");
  // The consolidated number before and after approval: it grows by exactly the unit's value.
  const consolidated = await newSignedInPage(browser, "reviewer");
  const drill = "/workspace/office/2021/consolidated/cell/b6.enforcement.decisions";
  await consolidated.goto(drill);
  // No 2021 report is approved yet in the demo: the number is blank ("—") until one is.
  const shown = (await consolidated.getByTestId("consolidated-value").textContent()) ?? "";
  const sumBefore = /^\d+$/.test(shown) ? Number(shown) : 0;

  await reviewer.getByRole("button", { name: "审核通过" }).click();
  await reviewer.getByRole("button", { name: "确认审核通过" }).click();
  await expect(reviewer.getByText("审核通过", { exact: true }).first()).toBeVisible();
  await expect(reviewer.getByRole("button", { name: "重新打开" })).toBeVisible();

  await consolidated.goto(drill);
  await expect(consolidated.getByTestId("consolidated-value")).toHaveText(String(sumBefore + before + 2));
  await expect(consolidated.getByTestId("contribution").filter({ hasText: "区公安分局" })).toContainText(String(before + 2));

  await unit.reload();
  await expect(unit.getByText("报告已审核通过，不能再修改。")).toBeVisible();
});

test("a unit person can neither open the review page nor act on a report by a direct request", async ({ browser }) => {
  const unit = await newSignedInPage(browser, "xinqi-editor");
  const ownId = await openOwnReport(unit, 2021);
  expect((await unit.goto(`/workspace/review/${ownId}`))?.status()).toBe(404);

  // 区医疗保障局 submits; the reviewer's comment request is captured and replayed by 新碶街道's editor.
  const ybj = await newSignedInPage(browser, "ybj-approver");
  const ybjId = await openOwnReport(ybj, 2021);
  await submitAsApprover(ybj);
  expect((await unit.goto(`/workspace/review/${ybjId}`))?.status()).toBe(404);

  const reviewer = await newSignedInPage(browser, "reviewer");
  await reviewer.goto(`/workspace/review/${ybjId}`);
  const captured = reviewer.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await reviewer.getByRole("button", { name: /^批注本部分/ }).first().click();
  await reviewer.getByRole("textbox", { name: /^批注：/ }).fill("请补充说明。");
  await reviewer.getByRole("button", { name: "添加批注" }).click();
  const request = await captured;
  await expect(reviewer.getByRole("complementary")).toContainText("请补充说明。");
  const replay = await unit.request.post(request.url(), { headers: request.headers(), data: request.postData()!.replace("请补充说明。", "伪造的批注") });
  expect(await replay.text()).toContain("未找到该报告，或您无权访问");
  await reviewer.reload();
  await expect(reviewer.getByRole("complementary")).not.toContainText("伪造的批注");
});

test("a rejected explanation whose warning the unit then fixed no longer blocks approval", async ({ browser }) => {
  // 区机关事务管理局's 2021 report is complete and clean. Its approver reports a 规章 (a district department
  // cannot make one: T2-RULES-LEVEL, a warning), explains it and submits.
  const unit = await newSignedInPage(browser, "jgsw-approver");
  const { reportId, issued, inForce, before } = await submitAnExplainedRule(unit, "本单位受委托起草规章一件。");
  const [issuedBefore, inForceBefore] = before;

  // The reviewer rejects the explanation and returns the report.
  const reviewer = await newSignedInPage(browser, "reviewer");
  await rejectAndReturn(reviewer, reportId, "区级部门不制定规章，请核实。", "规章数有误。");

  // The unit corrects the numbers: the warning is gone, and it resubmits.
  await unit.reload();
  await unit.getByRole("button", { name: /^二、主动公开/ }).click();
  await issued.fill(issuedBefore);
  await inForce.fill(inForceBefore);
  await expectSaved(unit);
  await submitAsApprover(unit);

  // Approval goes through; the rejected explanation is still on record, marked as lapsed.
  await reviewer.reload();
  await expect(reviewer.getByTestId("review-finding").filter({ hasText: "T2-RULES-LEVEL" })).toHaveCount(0);
  await reviewer.getByRole("button", { name: "审核通过" }).click();
  await reviewer.getByRole("button", { name: "确认审核通过" }).click();
  await expect(reviewer.getByRole("button", { name: "重新打开" })).toBeVisible();
  await expect(reviewer.getByTestId("lapsed-explanation")).toContainText("本单位受委托起草规章一件。");
  await expect(reviewer.getByTestId("lapsed-explanation")).toContainText("不认可 · 已失效");
  await unit.reload();
  await expect(unit.getByText("报告已审核通过，不能再修改。")).toBeVisible();
});

test("a rejected explanation reaches the unit: 不认可 and the note at the finding, and resubmission waits until it is rewritten", async ({ browser }) => {
  // 区档案馆 (a district department, which cannot make 规章) reports one, explains it and submits.
  const unit = await newSignedInPage(browser, "dag-approver");
  const { reportId } = await submitAnExplainedRule(unit, "本单位制定规章一件。");
  const reviewer = await newSignedInPage(browser, "reviewer");
  await rejectAndReturn(reviewer, reportId, "区级部门没有规章制定权，请说明所指文件的性质。", "规章情况说明不成立。");

  // The unit sees the verdict and the note where it explains, and cannot resubmit as it is.
  await unit.reload();
  await unit.getByRole("button", { name: /^检查与签发提交/ }).click();
  const rejected = unit.getByTestId("finding").filter({ hasText: "T2-RULES-LEVEL" });
  await expect(rejected.getByTestId("explanation-rejected")).toContainText("不认可");
  await expect(rejected.getByTestId("explanation-rejected")).toContainText("区级部门没有规章制定权，请说明所指文件的性质。");
  await expect(rejected).toContainText("情况说明（未被认可，须修改）");
  await expect(unit.getByText(/1 条情况说明未被认可，处理后方可提交/)).toBeVisible();
  await signOff(unit);
  await expect(unit.getByRole("alert").filter({ hasText: "暂不能提交" })).toContainText("（情况说明未被认可）");
  await closeSignOff(unit);

  // Rewritten, it goes to the office again.
  await rejected.getByRole("textbox").fill("所指文件为区政府规章的起草稿，由本单位受托起草，已更正为规范性文件口径以外的说明。");
  await rejected.getByRole("button", { name: "保存说明" }).click();
  await expect(rejected.getByTestId("explanation-rejected")).toHaveCount(0);
  await submitAsApprover(unit);
});

test("decisions ask first: a cancelled confirmation changes nothing, and the decision bar stays in view", async ({ browser }) => {
  // 区应急管理局's 2021 report is submitted in the demo.
  const reviewer = await newSignedInPage(browser, "reviewer");
  await reviewer.goto("/workspace/office/2021");
  await reviewer.getByRole("link", { name: "区应急管理局" }).click();
  await expect(reviewer).toHaveURL(/\/workspace\/review\/\d+$/);
  // The bar is on screen at the top of a long page, without scrolling to its end.
  const bar = reviewer.getByTestId("decision-bar");
  await expect(bar).toBeInViewport();
  await reviewer.getByRole("button", { name: "审核通过" }).click();
  const confirm = reviewer.getByRole("group", { name: "确认审核通过" });
  await expect(confirm).toContainText("确认审核通过：区应急管理局2021年度报告");
  await expect(confirm).toContainText(/检查结果：\d+ 个错误、\d+ 个提示/);
  await expect(confirm).toContainText(/情况说明：认可 \d+ 条、不认可 \d+ 条、未审核 \d+ 条/);
  await confirm.getByRole("button", { name: "取消" }).click();
  await expect(confirm).toHaveCount(0);
  await reviewer.reload();
  await expect(reviewer.getByText("已提交", { exact: true }).first()).toBeVisible();
  await expect(reviewer.getByRole("button", { name: "审核通过" })).toBeVisible();
});
