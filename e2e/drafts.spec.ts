import { expect, test, type Download } from "@playwright/test";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { newSignedInPage, openOwnReport } from "./helpers";

/** The running text of a downloaded .docx. */
async function docxText(download: Download): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(await download.path()));
  const xml = await zip.file("word/document.xml")!.async("string");
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
}

test("a unit downloads its report as a Word 送审稿 for internal sign-off; another unit cannot", async ({ browser }) => {
  const edu = await newSignedInPage(browser, "edu-editor");
  const id = await openOwnReport(edu, 2021);
  const [download] = await Promise.all([edu.waitForEvent("download"), edu.getByRole("link", { name: "下载 Word 送审稿" }).click()]);
  expect(download.suggestedFilename()).toBe("宁波市北仑区教育局2021年政府信息公开工作年度报告（送审稿）.docx");
  const text = await docxText(download);
  expect(text).toContain("2021年政府信息公开工作年度报告（送审稿，未发布）");
  expect(text).toContain("一、总体情况");

  const xinqi = await newSignedInPage(browser, "xinqi-editor");
  expect((await xinqi.request.get(`/workspace/reports/${id}/draft/report.docx`)).status()).toBe(404);
  expect((await edu.request.get(`/workspace/reports/${id}/draft/report.pdf`)).status()).toBe(404);
  expect((await edu.request.get("/workspace/office/2021/consolidated/draft/report.docx")).status()).toBe(404);
});

test("the office downloads the consolidated report before publishing it, for the leaders' sign-off", async ({ browser }) => {
  const reviewer = await newSignedInPage(browser, "reviewer");
  await reviewer.goto("/workspace/office/2020/consolidated");
  const [word] = await Promise.all([reviewer.waitForEvent("download"), reviewer.getByRole("link", { name: "下载送审稿（Word）" }).click()]);
  expect(word.suggestedFilename()).toBe("宁波市北仑区人民政府2020年政府信息公开工作年度报告（送审稿）.docx");
  expect(await docxText(word)).toContain("（送审稿，未发布）");

  const [excel] = await Promise.all([reviewer.waitForEvent("download"), reviewer.getByRole("link", { name: "下载送审稿（Excel）" }).click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await excel.path());
  expect(wb.getWorksheet("报告信息")!.getCell("B1").value).toBe("宁波市北仑区人民政府2020年政府信息公开工作年度报告");
  expect(wb.getWorksheet("报告信息")!.getCell("B7").value).toBe("未发布的工作稿");
});
