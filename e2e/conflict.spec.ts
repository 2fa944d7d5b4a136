import { expect, test } from "@playwright/test";
import { expectSaved, newSignedInPage, openOwnReport } from "./helpers";

test("two people editing the same cell: the later save gets a conflict, never a silent overwrite", async ({ browser }) => {
  const cell = "（二）部分公开（区分处理的，只计这一情形，不计其他情形） · 自然人";
  const editor = await newSignedInPage(browser, "xinqi-editor");
  const approver = await newSignedInPage(browser, "xinqi-approver");
  await openOwnReport(editor, 2021, "三、收到和处理");
  await openOwnReport(approver, 2021, "三、收到和处理");

  await editor.getByLabel(cell, { exact: true }).fill("11");
  await expectSaved(editor);

  // The approver's page still shows the cell blank; their value must not replace the editor's.
  await approver.getByLabel(cell, { exact: true }).fill("22");
  const alert = approver.getByRole("alert", { name: "保存冲突" });
  await expect(alert).toContainText("已被新碶街道填报员");
  await expect(alert).toContainText("11");

  await editor.reload();
  await editor.getByRole("button", { name: /^三、收到和处理/ }).click();
  await expect(editor.getByLabel(cell, { exact: true })).toHaveValue("11");

  // Keeping theirs is a deliberate choice, and then it saves.
  await alert.getByRole("button", { name: "保留我的值" }).click();
  await expectSaved(approver);
  await editor.reload();
  await editor.getByRole("button", { name: /^三、收到和处理/ }).click();
  await expect(editor.getByLabel(cell, { exact: true })).toHaveValue("22");

  // Edits to different cells by the two people both land.
  await editor.getByLabel("（一）予以公开 · 商业企业", { exact: true }).fill("5");
  await approver.getByLabel("（一）予以公开 · 科研机构", { exact: true }).fill("6");
  await expectSaved(editor);
  await expectSaved(approver);
  await editor.reload();
  await editor.getByRole("button", { name: /^三、收到和处理/ }).click();
  await expect(editor.getByLabel("（一）予以公开 · 科研机构", { exact: true })).toHaveValue("6");
  await expect(editor.getByLabel("（一）予以公开 · 商业企业", { exact: true })).toHaveValue("5");
});
